import { formatPlaceDate } from '../format/dates.ts';
import type { ImportReport } from '../import/index.ts';
import { checkDocxBytes } from '../services/docxCheck/index.ts';
import type { ImportOutcome } from '../services/importDuplicates.ts';
import { importFile, readImportFile, saveImported, targetRows } from '../services/importService.ts';
import { EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK, printError, type Io } from './output.ts';
import { pad, withStore } from './store.ts';

/** soan-nq import <file> [--org <org>] [--json] [--save] [--db <file>] */

const formatNames = { docx: '.docx', doc: '.doc (Word 97–2003)', pdf: 'PDF, lớp chữ', txt: 'văn bản thuần' } as const;

export type ImportFlags = { org?: string; db?: string; json: boolean; save: boolean };

const percent = (n: number | undefined): string => (n === undefined ? '' : `${Math.round(n * 100)}%`);

function printSummary(io: Io, file: string, r: ImportReport): void {
  const m = r.model;
  const c = r.confidence;
  const h = m.header;
  const n = h.number;
  const line = (label: string, value: string, conf?: number): void => io.out(`  ${pad(label, 18)} ${pad(value, 60)} ${percent(conf)}`);
  io.out(`Đã đọc ${file} (${formatNames[r.source.format]}, ${r.source.paragraphs} đoạn):`);
  line('Cơ quan cấp trên', h.superiorBody ?? '—', c['header.superiorBody']);
  line('Cơ quan ban hành', `${h.issuingBody} (${h.bodyKind})`, c['header.issuingBody']);
  line('Số và ký hiệu', `Số ${n.seq === null ? '   ' : String(n.seq).padStart(2, '0')}-${n.typeCode}/${n.issuerCode}`, c['header.number']);
  line('Địa danh, ngày', h.date ? formatPlaceDate(h.place, h.date) : `${h.place}, (chưa có ngày)`, c['header.date']);
  line('Năm kế hoạch', String(m.planYear), c['planYear']);
  line('Tên loại', [m.title.documentType, ...m.title.conferenceLines].join(' / '), c['title.documentType']);
  line('Trích yếu', m.title.summary.replace(/\n/g, ' '), c['title.summary']);
  line('Nội dung', `${m.body.length} khối (${m.body.filter((b) => b.type === 'heading').length} đề mục)`, c['body']);
  line('Nơi nhận', `${m.recipients.lines.length} dòng`, c['recipients']);
  const s = m.signature;
  line('Chữ ký', `${s.authority === 'none' ? '' : `${s.authority} ${s.authorityOf} / `}${s.title} / ${s.name}`, c['signature']);
  if (m.appendix.include) line('Phụ lục', m.appendix.title.replace(/\n/g, ' '), c['appendix']);
  if (r.copy)
    line(
      'Bản sao',
      `${r.copy.kindText}${r.copy.number ? ` số ${r.copy.number.seq ?? ''}-${r.copy.number.typeCode}/${r.copy.number.issuerCode}` : ''}`,
    );
  const rows = targetRows(r);
  io.out(`Chỉ tiêu (${rows.length}, độ tin cậy ${percent(c['targets'])}):`);
  for (const row of rows) {
    const value = row.node.value
      ? `${row.node.value.written}${row.node.unit && !row.node.value.written.includes(row.node.unit) ? ` ${row.node.unit}` : ''}`
      : '';
    const link = row.linked ? `= ${row.linked}` : `mới: ${row.node.key}`;
    io.out(`  ${pad(`${'  '.repeat(row.depth)}${row.node.name}`, 56)} ${pad(value, 24)} ${link}`);
  }
  for (const note of r.notes) io.out(`Ghi chú: ${note}`);
}

function savedMessage(id: number, outcome: ImportOutcome, status: 'ban-hanh' | 'du-thao'): string {
  if (outcome === 'linked') return `Văn bản đã có trong kho và đã ban hành: #${id}; không tạo bản thứ hai.`;
  if (outcome === 'updated') return `Văn bản đã có trong kho: đã cập nhật văn bản #${id} thay vì thêm bản thứ hai.`;
  return `Đã lưu vào kho: văn bản #${id} (${status === 'ban-hanh' ? 'ban hành' : 'dự thảo'}).`;
}

export async function runImport(io: Io, file: string, flags: ImportFlags): Promise<number> {
  if (flags.save && !flags.org) {
    io.err('Lỗi: cần --org <mã cơ quan> để lưu văn bản nhập vào kho (ví dụ --org HU-DUC-TRONG).');
    return EXIT_FAILURE;
  }
  const report = (r: Awaited<ReturnType<typeof importFile>>): number => {
    if (r.ok) return EXIT_OK;
    io.err(`Lỗi: ${r.error.message}`);
    for (const d of r.error.details ?? []) io.err(`  - ${d}`);
    if (r.partial && r.partial.paragraphs.length > 0) {
      io.err(`Đọc được ${r.partial.paragraphs.length} đoạn; mở đầu: "${r.partial.paragraphs.slice(0, 3).join(' / ').slice(0, 160)}"`);
    }
    return EXIT_FAILURE;
  };
  if (!flags.org) {
    const read = await importFile({ path: file });
    if (!read.ok) return report(read);
    if (flags.json) io.out(JSON.stringify(read.value, null, 2));
    else printSummary(io, file, read.value);
    return EXIT_OK;
  }
  const org = flags.org;
  return withStore(io, flags.db, async (store) => {
    const read = await importFile({ path: file, db: store.db, orgId: org });
    if (!read.ok) return report(read);
    let saved: { id: number; outcome: ImportOutcome } | null = null;
    if (flags.save) {
      const stored = saveImported(store.db, { orgId: org, report: read.value, who: 'soan-nq', fileName: file });
      if (!stored.ok) return (printError(io, stored.error), EXIT_FAILURE);
      saved = { id: stored.value.document.id, outcome: stored.value.outcome };
    }
    if (flags.json) io.out(JSON.stringify({ ...read.value, ...(saved ? { savedId: saved.id, saved: saved.outcome } : {}) }, null, 2));
    else {
      printSummary(io, file, read.value);
      if (saved) io.out(savedMessage(saved.id, saved.outcome, read.value.status));
    }
    return EXIT_OK;
  });
}

/** soan-nq check <file.docx> [--json]: exit 1 when the file has format errors, 2 when it cannot be read. */
export async function runCheckDocx(io: Io, file: string, json: boolean): Promise<number> {
  const bytes = await readImportFile(file);
  const checked = bytes.ok ? checkDocxBytes(bytes.value) : bytes;
  if (!checked.ok) {
    io.err(`Lỗi: ${checked.error.message}`);
    for (const d of checked.error.details ?? []) io.err(`  - ${d}`);
    return EXIT_FAILURE;
  }
  const { profile, findings, errors, warnings } = checked.value;
  if (json) {
    io.out(JSON.stringify({ profile: profile.id, errors, warnings, findings }, null, 2));
  } else {
    io.out(`Kiểm tra thể thức theo ${profile.name}: ${file}`);
    for (const f of findings) {
      io.out(`${f.severity === 'error' ? 'LỖI      ' : 'CẢNH BÁO '} ${f.message}`);
      io.out(`          Cách sửa: ${f.fix}`);
    }
    io.out(findings.length === 0 ? 'Không có sai sót về thể thức.' : `Tổng cộng: ${errors} lỗi, ${warnings} cảnh báo.`);
  }
  return errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}
