/**
 * A register kept in a spreadsheet before the app (CSV or TSV: số, ngày, loại, trích yếu), read
 * into rows. The separator is the first of tab, ";" and "," found in the first line; cells may be
 * quoted ("…", with "" for a quote). A first row whose number cell holds no digit is a header.
 * Dates are dd/mm/yyyy (the office's form) or YYYY-MM-DD; "08-NQ/ĐU" in the number cell gives
 * both the number and the type.
 */
export type SheetRow = { line: number; seq: number; date: string; docType: string; summary: string };
export type SheetProblem = { line: number; message: string };

function splitLine(line: string, sep: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i] ?? '';
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      cell += c;
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
    } else if (c === sep) {
      cells.push(cell.trim());
      cell = '';
    } else {
      cell += c;
    }
  }
  cells.push(cell.trim());
  return cells;
}

/** "20/12/2026", "1/7/2025" or "2026-12-20" -> "2026-12-20"; null when it is no real day. */
export function readDay(text: string): string | null {
  const vi = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u.exec(text.trim());
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text.trim());
  const [y, m, d] = vi ? [vi[3], vi[2], vi[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!y || !m || !d) return null;
  const day = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const at = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().startsWith(day) ? day : null;
}

export function readRegisterSheet(text: string): { rows: SheetRow[]; problems: SheetProblem[] } {
  const lines = text.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  const first = lines.find((l) => l.trim() !== '') ?? '';
  const sep = ['\t', ';', ','].find((s) => first.includes(s)) ?? '\t';
  const rows: SheetRow[] = [];
  const problems: SheetProblem[] = [];
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    const [numberCell = '', dateCell = '', typeCell = '', ...rest] = splitLine(raw, sep);
    if (rows.length === 0 && problems.length === 0 && !/\d/u.test(numberCell)) return;
    const symbol = /^(\d+)(?:\s*-\s*([\p{L}]+))?/u.exec(numberCell);
    const seq = symbol ? Number(symbol[1]) : NaN;
    const docType = (typeCell || symbol?.[2] || '').trim().toLocaleUpperCase('vi');
    const date = readDay(dateCell);
    const summary = rest.join(sep === ',' ? ', ' : ' ').trim();
    if (!Number.isInteger(seq) || seq < 1) problems.push({ line, message: `Dòng ${line}: số "${numberCell}" không phải số nguyên dương.` });
    else if (date === null) problems.push({ line, message: `Dòng ${line}: ngày "${dateCell}" không đúng dạng dd/mm/yyyy.` });
    else if (docType === '') problems.push({ line, message: `Dòng ${line}: thiếu loại văn bản (NQ, KL, …).` });
    else rows.push({ line, seq, date, docType, summary });
  });
  return { rows, problems };
}
