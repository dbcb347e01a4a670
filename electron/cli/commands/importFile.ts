import { basename } from 'node:path';
import { sourceFormatNames, type ImportPreview } from '../../contract/imports.ts';
import { walkTargets } from '../../contract/model/targets.ts';
import { formatPlaceDate } from '../../format/dates.ts';
import { formatDocSymbol, plainNumbering } from '../../format/docNumber.ts';
import { callOptions, type Call } from '../commandTable.ts';
import { callVerb, NO_DATABASE } from '../call.ts';
import { readInputFile } from '../files.ts';
import { EXIT_FAILURE, EXIT_OK, printError, type Io } from '../output.ts';
import { pad, withStore } from '../store.ts';
import type { importOptions } from '../table/files.ts';

/** soan-nq import <file> [--org <org>] [--json] [--save]: previewImport, then saveImport with --save. */

const percent = (n: number | undefined): string => (n === undefined ? '' : `${Math.round(n * 100)}%`);
const symbol = (n: { seq: number | null; typeCode: string; issuerCode: string }): string =>
  formatDocSymbol(n, { ...plainNumbering, blankSeq: '   ' });

/** What an external tool reads from `import --json`: the importer's report, as it always was. */
function report(
  p: ImportPreview,
): Pick<ImportPreview, 'model' | 'confidence' | 'notes' | 'links' | 'copy' | 'status' | 'source' | 'otherIssuer'> {
  const { model, confidence, notes, links, copy, status, source, otherIssuer } = p;
  return { model, confidence, notes, links, copy, status, source, otherIssuer };
}

function printSummary(io: Io, file: string, r: ImportPreview): void {
  const m = r.model;
  const c = r.confidence;
  const h = m.header;
  const line = (label: string, value: string, conf?: number): void => io.out(`  ${pad(label, 18)} ${pad(value, 60)} ${percent(conf)}`);
  io.out(`Đã đọc ${file} (${sourceFormatNames[r.source.format]}, ${r.source.paragraphs} đoạn):`);
  line('Cơ quan cấp trên', h.superiorBody ?? '—', c['header.superiorBody']);
  line('Cơ quan ban hành', `${h.issuingBody} (${h.bodyKind})`, c['header.issuingBody']);
  line('Số và ký hiệu', `Số ${symbol(h.number)}`, c['header.number']);
  line('Địa danh, ngày', h.date ? formatPlaceDate(h.place, h.date) : `${h.place}, (chưa có ngày)`, c['header.date']);
  line('Năm kế hoạch', String(m.planYear), c['planYear']);
  line('Tên loại', [m.title.documentType, ...m.title.conferenceLines].join(' / '), c['title.documentType']);
  line('Trích yếu', m.title.summary.replace(/\n/g, ' '), c['title.summary']);
  line('Nội dung', `${m.body.length} khối (${m.body.filter((b) => b.type === 'heading').length} đề mục)`, c['body']);
  line('Nơi nhận', `${m.recipients.lines.length} dòng`, c['recipients']);
  const s = m.signature;
  line('Chữ ký', `${s.authority === 'none' ? '' : `${s.authority} ${s.authorityOf} / `}${s.title} / ${s.name}`, c['signature']);
  if (m.appendix.include) line('Phụ lục', m.appendix.title.replace(/\n/g, ' '), c['appendix']);
  if (r.copy) {
    const n = r.copy.number;
    line('Bản sao', `${r.copy.kindText}${n ? ` số ${n.seq ?? ''}-${n.typeCode}/${n.issuerCode}` : ''}`);
  }
  const links = new Map(r.links.map((l) => [l.key, l.linkedTo?.key ?? null]));
  const rows = [...walkTargets(m.targets)];
  io.out(`Chỉ tiêu (${rows.length}, độ tin cậy ${percent(c['targets'])}):`);
  for (const [node, depth] of rows) {
    const value = node.value ? `${node.value.written}${node.unit && !node.value.written.includes(node.unit) ? ` ${node.unit}` : ''}` : '';
    const linked = links.get(node.key);
    io.out(`  ${pad(`${'  '.repeat(depth)}${node.name}`, 56)} ${pad(value, 24)} ${linked ? `= ${linked}` : `mới: ${node.key}`}`);
  }
  for (const note of r.notes) io.out(`Ghi chú: ${note}`);
  if (r.otherIssuer) {
    io.out(`Chú ý: văn bản do "${r.otherIssuer.read}" ban hành, không phải "${r.otherIssuer.chosen}" (--org).`);
  }
}

export async function importFile({ io, values, positionals, usage }: Call<typeof importOptions>): Promise<number> {
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) return usage('cần đúng một tệp .docx hoặc .txt.');
  const { org, save, json } = values;
  const otherIssuer = values['other-issuer'] === true;
  if (save && !org) {
    // Name the bodies this database has, not an example from elsewhere.
    return withStore(io, callOptions(values).db, async (store) => {
      const orgs = await callVerb(store, 'listOrganizations', {}, callOptions(values));
      const known = orgs.ok ? orgs.value.map((o) => `${o.id} (${o.name})`) : [];
      io.err('Lỗi: cần --org <mã cơ quan> để lưu văn bản nhập vào kho.');
      io.err(
        known.length > 0
          ? `Các cơ quan trong kho: ${known.join('; ')}.`
          : 'Kho chưa có cơ quan nào: hãy thêm cơ quan bằng "soan-nq org add …" (xem soan-nq org add --help).',
      );
      return EXIT_FAILURE;
    });
  }
  const bytes = await readInputFile(file);
  if (!bytes.ok) return (printError(io, bytes.error), EXIT_FAILURE);
  const options = org ? callOptions(values) : { db: NO_DATABASE };
  return withStore(io, options.db, async (store) => {
    const read = await callVerb(
      store,
      'previewImport',
      { fileName: file, base64: bytes.value.base64, ...(org ? { orgId: org } : {}) },
      options,
    );
    if (!read.ok) return (printError(io, read.error), EXIT_FAILURE);
    let savedId: number | null = null;
    let savedStatus: string | null = null;
    if (save && org) {
      const links = read.value.links.map((l) => ({ key: l.key, linkedTo: l.linkedTo?.key ?? null }));
      const saved = await callVerb(
        store,
        'saveImport',
        { orgId: org, fileName: basename(file), content: read.value.model, links, ...(otherIssuer ? { otherIssuer } : {}) },
        options,
      );
      if (!saved.ok) {
        printError(io, saved.error);
        if (saved.error.code === 'OTHER_ISSUER') {
          io.err('Kiểm tra lại --org; nếu đúng là muốn lưu văn bản này vào kho của cơ quan --org, chạy lại lệnh với --other-issuer.');
        }
        return EXIT_FAILURE;
      }
      savedId = saved.value.id;
      savedStatus = saved.value.status;
    }
    if (json) io.out(JSON.stringify({ ...report(read.value), ...(savedId !== null ? { savedId } : {}) }, null, 2));
    else {
      printSummary(io, file, read.value);
      if (savedId !== null) io.out(`Đã lưu vào kho: văn bản #${savedId} (${savedStatus === 'ban-hanh' ? 'ban hành' : 'dự thảo'}).`);
      if (savedId !== null && savedStatus !== 'ban-hanh' && read.value.status === 'ban-hanh') {
        io.out(
          'Văn bản đã ký số nhưng tệp chưa có số và ngày ban hành: lưu tạm là dự thảo; điền số và ngày theo bản đã ban hành (trong màn hình nhập) để ghi là văn bản đã ban hành.',
        );
      }
    }
    return EXIT_OK;
  });
}
