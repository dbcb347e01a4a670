import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  resolutionSchema,
  walkTargets,
  type Block,
  type ParsedValue,
  type Resolution,
  type TargetNode,
  type TargetValue,
} from '../../electron/contract/model/index.ts';
import type { Result } from '../../electron/contract/result.ts';
import { formatNumberVi } from '../../electron/format/numbers.ts';
import {
  LATEST_VERSION,
  openStore,
  saveOrganization,
  upsertResults,
  type Db,
  type ResultEntry,
  type ResultSource,
} from '../../electron/store/index.ts';
import { checkContent, saveDocument } from '../../electron/services/documentSave.ts';
import { organizations, SIGNERS, type Org } from './benchOrgs.ts';
import { between, pick, prng, type Random } from './random.ts';

/**
 * The benchmark's database: 500 organizations (50 huyện ủy, 9 đảng ủy xã under each) x 10
 * plan years x one issued resolution of 60 targets = 5,000 documents, 300,000 target rows;
 * results for ~90% of the valued targets of the first 9 years. Text is drawn from the two
 * fixtures, which hold every paragraph of the seed resolutions (/work/shared/seeds/) as written.
 * Everything goes through the store's own functions (saveOrganization, saveDocument,
 * upsertResults), one transaction per organization. Cached in os.tmpdir(), keyed by
 * GENERATOR_VERSION and the schema version; bump GENERATOR_VERSION when the content changes.
 */
export const GENERATOR_VERSION = 1;
export const FIRST_YEAR = 2016;
export const YEARS = 10;
export const LAST_YEAR = FIRST_YEAR + YEARS - 1;
/** Years whose results are entered (all but the last, the year now running). */
export const LAST_RESULT_YEAR = LAST_YEAR - 1;
export const WHO = 'Văn phòng (dữ liệu thử)';

export type BenchDatabase = {
  path: string;
  orgIds: string[];
  /** Null when the cached file was used. */
  generatedMs: number | null;
};

export function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}\n${(result.error.details ?? []).join('\n')}`);
  return result.value;
}

export type Sources = { base: Resolution; texts: string[]; targets: TargetNode[] };

function plainText(block: Block): string | null {
  if (block.type !== 'paragraph' && block.type !== 'bullet') return null;
  return block.runs
    .map((r) => (r.type === 'text' ? r.text : ''))
    .join('')
    .trim();
}

export function loadSources(): Sources {
  const read = (name: string) =>
    resolutionSchema.parse(JSON.parse(readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), 'utf8')));
  const ducTrong = read('duc-trong-2022-nq04-hu');
  const nhonTrach = read('nhon-trach-2024-nq09-hu');
  const texts = [...ducTrong.body, ...nhonTrach.body].flatMap((b) => {
    const text = plainText(b);
    return text !== null && text.split(/\s+/).length >= 8 ? [text] : [];
  });
  // Đức Trọng's 44 targets and two groups of Nhơn Trạch's (dân vận 7, môi trường 9): 60 rows.
  const extra = nhonTrach.targets.filter((t) => t.key === 'dan-van' || t.key === 'moi-truong');
  const targets = [...ducTrong.targets, ...extra];
  const count = [...walkTargets(targets)].length;
  if (count !== 60) throw new Error(`Cây chỉ tiêu mẫu có ${count} dòng, cần 60`);
  return { base: ducTrong, texts, targets };
}

/** A paragraph of `words` words or more: consecutive seed paragraphs from a random place, names changed. */
function bodyText(random: Random, src: Sources, words: number, district: string): string {
  const parts: string[] = [];
  let count = 0;
  for (let i = Math.floor(random() * src.texts.length); count < words; i = (i + 1) % src.texts.length) {
    const text = src.texts[i] ?? '';
    parts.push(text);
    count += text.split(/\s+/).length;
  }
  return parts.join(' ').replace(/Đức Trọng|Nhơn Trạch/g, district);
}

const paragraph = (text: string, label?: string): Block => ({
  type: 'paragraph',
  ...(label ? { label } : {}),
  runs: [{ type: 'text', text }],
});
const heading = (level: 'part' | 'section', label: string, text: string): Block => ({
  type: 'heading',
  level,
  label,
  runs: [{ type: 'text', text }],
});

export function body(random: Random, src: Sources, org: Org, year: number): Block[] {
  const text = () => bodyText(random, src, Math.round(between(random, 150, 350)), org.district);
  const bullets = Array.from({ length: 4 }, (): Block => ({
    type: 'bullet',
    marker: '-',
    runs: [{ type: 'text', text: bodyText(random, src, 30, org.district) }],
  }));
  return [
    heading('part', 'Phần thứ nhất', `KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NĂM ${year - 1}`),
    heading('section', 'I.', 'Những kết quả đạt được'),
    paragraph(text()),
    paragraph(text(), '1.'),
    paragraph(text(), '2.'),
    heading('section', 'II.', 'Những hạn chế, khuyết điểm'),
    paragraph(text()),
    heading('part', 'Phần thứ hai', `MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP NĂM ${year}`),
    heading('section', 'I.', 'Mục tiêu tổng quát'),
    paragraph(text()),
    heading('section', 'II.', 'Các chỉ tiêu chủ yếu'),
    { type: 'targets' },
    heading('section', 'III.', 'Nhiệm vụ, giải pháp'),
    paragraph(text(), '1.'),
    ...bullets,
    paragraph(text(), '2.'),
  ];
}

/** A target value moved by `factor` (absolute figures) — percentages and bounds stay as written. */
function scaled(value: TargetValue, unit: string | undefined, factor: number): TargetValue {
  if (value.parsed.kind !== 'exact' || unit === '%') return value;
  const v = Math.round(value.parsed.value * factor * 10) / 10;
  return { written: formatNumberVi(v, 1), parsed: { ...value.parsed, value: v } };
}

function targetsFor(nodes: readonly TargetNode[], factor: number): TargetNode[] {
  return nodes.map((node) => ({
    ...node,
    ...(node.value ? { value: scaled(node.value, node.unit, factor) } : {}),
    children: targetsFor(node.children, factor),
  }));
}

export function documentFor(random: Random, src: Sources, org: Org, year: number, orgFactor: number): Resolution {
  const factor = orgFactor * 1.06 ** (year - FIRST_YEAR);
  const seq = 1 + Math.floor(random() * 30);
  const date = `${year - 1}-12-${String(10 + Math.floor(random() * 18)).padStart(2, '0')}`;
  const authorityOf = org.bodyKind === 'huyen-uy' ? 'HUYỆN ỦY' : 'ĐẢNG ỦY';
  return {
    ...src.base,
    planYear: year,
    header: {
      superiorBody: org.superiorBody ?? undefined,
      issuingBody: org.name,
      bodyKind: org.bodyKind,
      number: { seq, typeCode: 'NQ', issuerCode: org.issuerCode },
      place: org.place,
      date,
    },
    title: {
      ...src.base.title,
      summary: `Về phát triển kinh tế - xã hội, đảm bảo quốc phòng - an ninh,\nxây dựng Đảng, xây dựng hệ thống chính trị năm ${year}`,
    },
    body: body(random, src, org, year),
    targets: targetsFor(src.targets, factor),
    signature: { authority: 'T/M', authorityOf, title: 'BÍ THƯ', name: pick(random, SIGNERS) },
    appendix: {
      ...src.base.appendix,
      title: `CHỈ TIÊU KẾ HOẠCH NĂM ${year}`,
      attachedNote: `(Kèm theo Nghị quyết số ${String(seq).padStart(2, '0')}-NQ/${org.issuerCode} của ${org.name})`,
    },
  };
}

/** What was achieved against a target: near it, sometimes short. */
function resultFor(random: Random, value: TargetValue): { written: string; parsed: ParsedValue } {
  const p = value.parsed;
  const near = (x: number) => Math.round(x * between(random, 0.9, 1.1) * 100) / 100;
  const number = (x: number) => ({ written: formatNumberVi(x), parsed: { kind: 'exact' as const, value: x, direction: p.direction } });
  switch (p.kind) {
    case 'exact':
    case 'lowerBound':
    case 'upperBound':
      return number(near(p.value));
    case 'range':
    case 'growthRange':
      return number(near(between(random, p.min, p.max)));
    case 'qualitative':
      return { written: random() < 0.85 ? 'Đạt' : 'Chưa đạt', parsed: { kind: 'qualitative', direction: p.direction } };
  }
}

/** Results for ~90% of the valued targets of `doc`. */
export function resultEntries(random: Random, doc: Resolution): ResultEntry[] {
  return [...walkTargets(doc.targets)].flatMap(([node]): ResultEntry[] => {
    if (!node.value || random() >= 0.9) return [];
    const source: ResultSource = random() < 0.7 ? 'nhap-tay' : 'dan-bang-tinh';
    return [{ key: node.key, ...resultFor(random, node.value), source }];
  });
}

function fill(db: Db, orgs: readonly Org[], log: (line: string) => void): void {
  const src = loadSources();
  const random = prng(GENERATOR_VERSION * 7919);
  const started = performance.now();
  orgs.forEach((org, n) => {
    db.transaction(() => {
      must(saveOrganization(db, org)); // zod drops `district`
      const orgFactor = between(random, 0.3, 1.5);
      for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
        const content = documentFor(random, src, org, year, orgFactor);
        must(
          saveDocument(db, {
            orgId: org.id,
            content: must(checkContent(content)),
            status: 'ban-hanh',
            who: WHO,
            why: `Nghị quyết năm ${year} (dữ liệu thử)`,
          }),
        );
        if (year <= LAST_RESULT_YEAR) must(upsertResults(db, { orgId: org.id, year, who: WHO, entries: resultEntries(random, content) }));
      }
    })();
    if ((n + 1) % 50 === 0) log(`  … ${n + 1}/${orgs.length} tổ chức, ${((performance.now() - started) / 1000).toFixed(1)} s`);
  });
}

export function cachePath(): string {
  return join(tmpdir(), `soan-nq-bench-g${GENERATOR_VERSION}-s${LATEST_VERSION}.sqlite`);
}

/** The cached database when it is whole (every document there), otherwise a new one. */
export function benchDatabase(log: (line: string) => void = () => {}): BenchDatabase {
  const path = cachePath();
  const orgs = organizations();
  const orgIds = orgs.map((o) => o.id);
  if (existsSync(path)) {
    const store = openStore(path, { readonly: true });
    const documents = store.ok ? Number(store.value.db.prepare('SELECT count(*) FROM documents').pluck().get()) : 0;
    if (store.ok) must(store.value.close());
    if (documents === orgs.length * YEARS) return { path, orgIds, generatedMs: null };
    log(`Tệp đệm ${path} không đủ (${documents} văn bản): tạo lại.`);
  }
  const started = performance.now();
  const building = `${path}.${process.pid}.tmp`;
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${building}${suffix}`, { force: true });
  log(`Tạo cơ sở dữ liệu thử (${orgs.length} tổ chức x ${YEARS} năm x 60 chỉ tiêu) tại ${path} …`);
  const store = must(openStore(building, { now: () => new Date('2025-12-01T08:00:00Z') }));
  try {
    // A new file written once: a rollback journal writes each page once (WAL would write it twice).
    store.db.pragma('journal_mode = DELETE');
    store.db.pragma('synchronous = OFF');
    store.db.pragma('cache_size = -262144');
    fill(store.db, orgs, log);
    // No ANALYZE: the app never runs it, so the plans measured are the ones users get.
    store.db.pragma('journal_mode = WAL');
    must(store.close());
  } catch (err) {
    store.close();
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${building}${suffix}`, { force: true });
    throw err;
  }
  // Caches of other generator or schema versions are of no further use (each is ~600 MB).
  for (const name of readdirSync(tmpdir())) {
    if (/^soan-nq-bench-g\d+-s\d+\.sqlite$/.test(name) && join(tmpdir(), name) !== path) rmSync(join(tmpdir(), name), { force: true });
  }
  renameSync(building, path);
  return { path, orgIds, generatedMs: performance.now() - started };
}

export function fileMb(path: string): number {
  return statSync(path).size / 1048576;
}
