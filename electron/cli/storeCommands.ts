import { readFileSync } from 'node:fs';
import { assessmentLabels, assessTargetTree } from '../format/assessment.ts';
import { parseResultsPaste } from '../format/resultsPaste.ts';
import { parseTargetValue } from '../format/targetValue.ts';
import { writeJsonAtomic } from '../services/jsonFile.ts';
import { ensureDemo } from '../services/demo.ts';
import { prepareNextYear, startNextYear } from '../services/draft.ts';
import { latestDocument, LATEST_VERSION, searchDocuments, targetsWithResults, upsertResults } from '../store/index.ts';
import { EXIT_FAILURE, EXIT_OK, printError, type Io } from './output.ts';
import { pad, withStore } from './store.ts';

export type StoreFlags = { db?: string; org?: string; year?: number; json: boolean };

/** soan-nq db init | db seed-demo */
export function runDb(io: Io, sub: string | undefined, flags: StoreFlags): Promise<number> {
  return withStore(io, flags.db, (store) => {
    if (sub === 'init') {
      const m = store.migration;
      io.out(`Cơ sở dữ liệu: ${store.path} (phiên bản ${LATEST_VERSION}${m.from !== m.to ? `, đã nâng cấp từ ${m.from}` : ''}).`);
      if (m.backupPath) io.out(`Bản sao lưu trước khi nâng cấp: ${m.backupPath}`);
      return EXIT_OK;
    }
    if (sub === 'seed-demo') {
      const seeded = ensureDemo(store.db);
      if (!seeded.ok) return (printError(io, seeded.error), EXIT_FAILURE);
      io.out(
        seeded.value
          ? `Đã nạp dữ liệu mẫu vào ${store.path}: ${seeded.value.organizations} cơ quan, ${seeded.value.documents} nghị quyết, ${seeded.value.results} kết quả thực hiện.`
          : `Cơ sở dữ liệu ${store.path} đã có dữ liệu; không nạp dữ liệu mẫu.`,
      );
      return EXIT_OK;
    }
    io.err('Lỗi: dùng "soan-nq db init" hoặc "soan-nq db seed-demo".');
    return EXIT_FAILURE;
  });
}

/** soan-nq targets --org <org> --year <y> */
export function runTargets(io: Io, flags: StoreFlags & { org: string; year: number }): Promise<number> {
  return withStore(io, flags.db, (store) => {
    const doc = latestDocument(store.db, flags.org, flags.year);
    const rows = targetsWithResults(store.db, flags.org, flags.year);
    if (!doc.ok) return (printError(io, doc.error), EXIT_FAILURE);
    if (!rows.ok) return (printError(io, rows.error), EXIT_FAILURE);
    if (!doc.value || !rows.value) {
      io.err(`Lỗi: ${flags.org} chưa có nghị quyết năm ${flags.year}.`);
      return EXIT_FAILURE;
    }
    const results = new Map(
      rows.value.rows.flatMap((r) =>
        r.result ? [[r.key, { written: r.result.written, parsed: r.result.parsed ?? undefined }] as const] : [],
      ),
    );
    const outcomes = assessTargetTree(doc.value.content.targets, results);
    const table = rows.value.rows.map((r) => ({
      key: r.key,
      depth: r.depth,
      name: r.name,
      unit: r.unit ?? '',
      target: r.target?.written ?? '',
      result: r.result?.written ?? '',
      assessment: outcomes.get(r.key)?.assessment ?? null,
      reason: outcomes.get(r.key)?.reason ?? '',
    }));
    if (flags.json) {
      io.out(JSON.stringify({ org: flags.org, year: flags.year, document: doc.value.id, targets: table }, null, 2));
      return EXIT_OK;
    }
    io.out(`Chỉ tiêu năm ${flags.year} của ${flags.org} (văn bản #${doc.value.id}):`);
    io.out(`${pad('STT', 4)} ${pad('Chỉ tiêu', 52)} ${pad('ĐVT', 12)} ${pad('Kế hoạch', 16)} ${pad('Kết quả', 12)} Đánh giá`);
    let stt = 0;
    for (const r of table) {
      const number = r.depth === 0 ? String(++stt) : '';
      const label = r.assessment && (r.target || r.depth === 0) ? assessmentLabels[r.assessment] : '';
      io.out(
        `${pad(number, 4)} ${pad(`${'  '.repeat(r.depth)}${r.name}`, 52)} ${pad(r.unit, 12)} ${pad(r.target, 16)} ${pad(r.result, 12)} ${label}`,
      );
    }
    return EXIT_OK;
  });
}

/** soan-nq search "<words>" [--org <org>] */
export function runSearch(io: Io, words: string, flags: StoreFlags): Promise<number> {
  return withStore(io, flags.db, (store) => {
    const hits = searchDocuments(store.db, words, flags.org ? { orgId: flags.org } : {});
    if (!hits.ok) return (printError(io, hits.error), EXIT_FAILURE);
    if (flags.json) {
      io.out(
        JSON.stringify(
          hits.value.map((h) => ({
            id: h.document.id,
            org: h.document.orgId,
            year: h.document.planYear,
            title: h.document.title,
            score: h.score,
            passage: h.passage.text,
          })),
          null,
          2,
        ),
      );
      return EXIT_OK;
    }
    if (hits.value.length === 0) io.out(`Không tìm thấy văn bản nào có "${words}".`);
    hits.value.forEach((h, i) => {
      io.out(`${i + 1}. #${h.document.id} ${h.document.orgId} năm ${h.document.planYear} — ${h.document.summary.replace(/\n/g, ' ')}`);
      io.out(`   ${h.passage.text}`);
    });
    return EXIT_OK;
  });
}

/** soan-nq draft next-year --org <org> --year <y> -o draft.json [--carry] [--save] */
export function runDraftNextYear(
  io: Io,
  flags: StoreFlags & { org: string; year: number; out: string; carry: boolean; save: boolean; template?: string },
): Promise<number> {
  return withStore(io, flags.db, async (store) => {
    const input = {
      orgId: flags.org,
      year: flags.year,
      carryValues: flags.carry,
      who: 'soan-nq',
      ...(flags.template ? { templateId: flags.template } : {}),
    };
    const made = flags.save ? startNextYear(store.db, input) : prepareNextYear(store.db, input);
    if (!made.ok) return (printError(io, made.error), EXIT_FAILURE);
    const written = await writeJsonAtomic(flags.out, made.value.content);
    if (!written.ok) return (printError(io, written.error), EXIT_FAILURE);
    io.out(
      `Đã tạo dự thảo nghị quyết năm ${flags.year} của ${flags.org}: ${flags.out}${'id' in made.value ? ` (lưu trong kho: văn bản #${made.value.id})` : ''}.`,
    );
    return EXIT_OK;
  });
}

/** soan-nq results import --org <org> --year <y> <file.tsv|-> : results pasted from a spreadsheet. */
export function runResultsImport(io: Io, file: string, flags: StoreFlags & { org: string; year: number }): Promise<number> {
  return withStore(io, flags.db, (store) => {
    let text: string;
    try {
      text = readFileSync(file === '-' ? 0 : file, 'utf8');
    } catch {
      io.err(`Lỗi: không đọc được "${file}".`);
      return EXIT_FAILURE;
    }
    const doc = latestDocument(store.db, flags.org, flags.year);
    if (!doc.ok) return (printError(io, doc.error), EXIT_FAILURE);
    if (!doc.value) {
      io.err(`Lỗi: ${flags.org} chưa có nghị quyết năm ${flags.year} để nhập kết quả.`);
      return EXIT_FAILURE;
    }
    const pasted = parseResultsPaste(text, doc.value.content.targets);
    for (const p of pasted.problems) io.err(`Dòng ${p.line}: ${p.message}`);
    if (pasted.rows.length === 0) {
      io.err('Lỗi: không có kết quả nào khớp với chỉ tiêu.');
      return EXIT_FAILURE;
    }
    const entries = pasted.rows.map((r) => ({
      key: r.key,
      written: r.written,
      parsed: parseTargetValue(r.written),
      source: 'dan-bang-tinh' as const,
    }));
    const saved = upsertResults(store.db, { orgId: flags.org, year: flags.year, who: 'soan-nq', entries });
    if (!saved.ok) return (printError(io, saved.error), EXIT_FAILURE);
    io.out(
      `Đã lưu ${saved.value} kết quả năm ${flags.year} của ${flags.org}${pasted.problems.length > 0 ? `; ${pasted.problems.length} dòng cần xem lại` : ''}.`,
    );
    return EXIT_OK;
  });
}
