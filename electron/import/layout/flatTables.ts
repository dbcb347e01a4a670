import type { SourceBlock, SourcePara, SourceTable } from '../source.ts';
import { BORDER, cellsOfLine, headerCells, isColumnNumbers, unitsOfLine, type FlatCell } from './flatRows.ts';
import { isUpper } from './text.ts';
import { endsWithUnit } from './units.ts';
import { foldText } from '../../format/fold.ts';

/**
 * A targets table that a conversion flattened into lines, rebuilt as a table: a PDF's text
 * layer (the columns side by side on one printed line, some borders lost, a long indicator
 * wrapped onto the next line), a pandoc or plain-text file (cells joined by single spaces, or by
 * runs of spaces), or one cell per line (a table saved as text). It starts at a targets header
 * ("STT | CHỈ TIÊU | ĐƠN VỊ TÍNH | …", on one line or one label per line) and runs while the
 * lines read as rows: a number (STT), a value at the end, a unit; a header repeated after a page
 * break is skipped; a line starting in lower case continues the indicator above. Nothing
 * changes when no such header is found, or when every line has the same tab-separated cells (a
 * table typed with tabs, which `tabTables.ts` reads with its empty cells in place). Pure.
 */

type Line = { text: string; para: SourcePara; block: number; gap: boolean };
type Row = { stt: string; name: string; unit: string; values: string[]; para: SourcePara };

/** A closing or another part starts: the table has ended. */
const ENDS = /^(?:Nơi nhận|T\/M|TM\.|K\/T|KT\.|PHỤ LỤC|SAO LỤC|SAO Y|TRÍCH SAO)/iu;
const HEADER_LABEL =
  /^(?:STT|TT|Số TT|Số thứ tự|Tên chỉ tiêu|Chỉ tiêu|Nội dung|Đơn vị tính|Đơn vị|ĐVT|(?:Ước\s+)?(?:Kế hoạch|Thực hiện|Đánh giá|Mục tiêu)|Ước|So sánh|Ghi chú|Năm)(?:\s|$)/iu;
const HEADER_START = /^\s*(?:STT|TT|Số)(?:\s|$)/iu;
/** Lines with nothing of a row (no number, unit or value) that end the table when they come in a row. */
const QUIET_LINES = 3;

function linesOf(blocks: readonly SourceBlock[]): (Line | null)[] {
  const out: (Line | null)[] = [];
  blocks.forEach((b, block) => {
    if (b.kind !== 'para' || b.cell) {
      out.push(null);
      return;
    }
    const label = b.label && !b.bullet ? `${b.label} ` : '';
    b.text.split('\n').forEach((text, k) => out.push({ text: k === 0 ? label + text : text, para: b, block, gap: k === 0 && b.gapBefore }));
  });
  return out;
}

/** The header at line `i`: its labels, its first line (`start`, above `i` for a label centred around it) and the first line after it. */
function headerAt(lines: readonly (Line | null)[], i: number): { labels: string[]; start: number; next: number } | null {
  const line = lines[i];
  // Every line is asked: a quick look at its first word before the full pattern.
  if (!line || !HEADER_START.test(line.text)) return null;
  const one = headerCells(line.text);
  if (one) {
    const centred = centredUnitLabel(lines, i, one);
    if (centred) return { ...withWrappedLabels(lines, centred, i + 2), start: i - 1 };
    return { ...withWrappedLabels(lines, one, i + 1), start: i };
  }
  if (!/^(?:STT|TT|Số TT|Số thứ tự)$/iu.test(line.text.trim())) return null;
  let j = i + 1;
  while (j < lines.length && j - i <= 8) {
    const t = lines[j]?.text.trim() ?? '';
    if (!t || t.length > 40 || !HEADER_LABEL.test(t)) break;
    j += 1;
  }
  const cells = lines.slice(i, j).map((l) => l?.text.trim() ?? '');
  const labels = headerCells(cells.join('\t'));
  return labels ? { labels, start: i, next: j } : null;
}

const UNIT_LABEL = /^(?:Đơn vị tính|Đơn vị|ĐVT)$/iu;
const textAt = (lines: readonly (Line | null)[], i: number): string => lines[i]?.text.trim() ?? '';

/**
 * A PDF of a Word table whose header cells are centred: the unit's label, on two lines, prints one
 * line above and one below the other labels ("ĐƠN VỊ" / "STT  CHỈ TIÊU  CHỈ TIÊU" / "TÍNH").
 * The labels with the unit's put after the indicator's, or null when the lines around say nothing so.
 */
function centredUnitLabel(lines: readonly (Line | null)[], i: number, labels: readonly string[]): string[] | null {
  if (UNIT_LABEL.test(labels[2] ?? '')) return null;
  const joined = `${textAt(lines, i - 1)} ${textAt(lines, i + 1)}`.trim();
  if (!UNIT_LABEL.test(joined) || lines[i - 1]?.text.includes('\t')) return null;
  return [...labels.slice(0, 2), joined, ...labels.slice(2)];
}

/** A piece of a centred header label next to a repeated header line ("ĐƠN VỊ" above it, "TÍNH" below). */
function isHeaderPiece(lines: readonly (Line | null)[], i: number): boolean {
  const t = textAt(lines, i);
  if (t === '' || t.length > 20 || t.includes('\t') || !(HEADER_LABEL.test(t) || LABEL_PIECE.test(t))) return false;
  return headerCells(textAt(lines, i - 1)) !== null || headerCells(textAt(lines, i + 1)) !== null;
}

/** A piece of a header label that wrapped in its cell: "hoạch", "TH", "(%)", "2026". */
const LABEL_PIECE = /^(?:(?:19|20)\d{2}|\([^()]{1,12}\)|\p{Ll}[\p{L}]{0,9}|\p{Lu}{1,4}|\p{Lu}\p{Ll}{1,9})$/u;

/**
 * The header's labels with the lines under it that hold only the wrapped rest of some labels (a
 * PDF of a narrow-column table: "Kế" / "hoạch" / "2026"). A line with more pieces than the value
 * columns is a header on two rows: the label naming a year ("Năm 2026") spans the pieces that start
 * its sub-columns ("Kế" / "Ước"). A piece goes to the first column its label continues with ("Kế" +
 * "hoạch", "Ước thực" + "hiện", "So sánh" + "(%)", "Kế hoạch năm" + "2027"), else from the left
 * (the wide name and unit columns do not wrap).
 */
function withWrappedLabels(lines: readonly (Line | null)[], labels: string[], from: number): { labels: string[]; next: number } {
  const out = [...labels];
  const firstValue = /^(?:Đơn vị tính|Đơn vị|ĐVT)$/iu.test(out[2] ?? '') ? 3 : 2;
  let next = from;
  for (; next < lines.length && next - from < 3; next++) {
    const pieces = (lines[next]?.text ?? '')
      .split(BORDER)
      .map((x) => x.trim())
      .filter(Boolean);
    const columns = out.length - firstValue;
    if (pieces.length === 0 || !pieces.every((x) => LABEL_PIECE.test(x))) break;
    if (pieces.length > columns) {
      const spanning = out.findIndex((l, i) => i >= firstValue && /(?:19|20)\d{2}$/u.test(l));
      if (spanning < 0 || next > from) break;
      out.splice(spanning, 1, ...Array<string>(pieces.length - columns + 1).fill(out[spanning] ?? ''));
      pieces.forEach((x, k) => {
        out[firstValue + k] = `${out[firstValue + k] ?? ''} ${x}`.trim();
      });
      continue;
    }
    let at = firstValue - 1;
    pieces.forEach((x, k) => {
      const fits = out.findIndex((l, i) => i > at && i >= firstValue && continues(l, x));
      at = fits >= 0 ? fits : Math.max(at + 1, firstValue + k);
      out[at] = `${out[at] ?? ''} ${x}`.trim();
    });
  }
  return { labels: out, next };
}

/** What may follow the last word of a header label when the label wraps in its cell. */
const GOES_ON: Readonly<Record<string, RegExp>> = {
  ke: /^hoạch/iu,
  hoach: /^(?:năm|(?:19|20)\d{2})/iu,
  nam: /^(?:19|20)\d{2}/u,
  uoc: /^(?:thực|tính|đạt|TH)/iu,
  thuc: /^hiện/iu,
  hien: /^(?:năm|(?:19|20)\d{2})/iu,
  so: /^sánh/iu,
  sanh: /^\(/u,
  ghi: /^chú/iu,
  chi: /^tiêu/iu,
  tieu: /^(?:năm|(?:19|20)\d{2})/iu,
  danh: /^giá/iu,
  don: /^vị/iu,
  vi: /^tính/iu,
};

const continues = (label: string, piece: string): boolean => {
  const last = foldText(label.split(/\s+/u).pop() ?? '');
  return GOES_ON[last]?.test(piece) ?? false;
};

const startsLower = (s: string): boolean => {
  const c = s.trim().charAt(0);
  return c !== '' && c === c.toLocaleLowerCase('vi') && c !== c.toLocaleUpperCase('vi');
};

/** An abbreviation alone on a line ("GRDP", "NSNN", "(GRDP)"): the end of a wrapped indicator, not a new row. */
const ACRONYM = /^\(?[A-ZĐ]{2,6}\)?[.,;]?$/u;
const goesOn = (s: string): boolean => startsLower(s) || ACRONYM.test(s.trim());

/**
 * Feeds one line's cells into the rows: a number starts a row, so does an indicator unless it
 * continues the one above. `lineAfter` is the next line, to tell a centred cell's number.
 */
function feed(rows: Row[], cells: readonly FlatCell[], para: SourcePara, lineAfter: string): void {
  const only = cells.length === 1 ? cells[0] : undefined;
  if (only?.kind === 'stt' && /^\d+$/.test(only.text)) {
    // A number alone on its line (one cell per line): the value after a unit, else the next row's number.
    const cur = rows[rows.length - 1];
    // A PDF of a centred cell: the number prints between the lines of its row's name ("… nước sạch, thu" / "13" / "gom xử lý …").
    if (cur && cur.stt === '' && cur.name !== '' && cur.values.length === 0 && cur.unit === '' && goesOn(lineAfter)) {
      cur.stt = only.text;
      return;
    }
    const last = [...rows].reverse().find((r) => /^\d+$/.test(r.stt));
    const next = Number(only.text) === Number(last?.stt ?? 0) + 1;
    if (cur && cur.name !== '' && cur.values.length === 0 && (cur.unit !== '' || !next)) {
      cur.values.push(only.text);
      return;
    }
  }
  for (const c of cells) {
    const cur = rows[rows.length - 1];
    if (c.kind === 'stt') rows.push({ stt: c.text, name: '', unit: '', values: [], para });
    else if (c.kind === 'text') {
      if (cur && cur.name === '') cur.name = c.text;
      else if (cur && cur.values.length === 0 && cur.unit === '' && startsLower(c.text)) cur.name = `${cur.name} ${c.text}`;
      else rows.push({ stt: '', name: c.text, unit: '', values: [], para });
    } else if (c.kind === 'unit') {
      if (cur && cur.values.length === 0) cur.unit = c.text;
    } else if (cur) cur.values.push(c.text);
  }
}

/** The end of a value that wrapped in its cell ("2.600" / "trở lên", "3.300 trở" / "lên"). */
const VALUE_TAIL = /^(?:trở\s+(?:lên|xuống)|\/năm|\/người\/năm)$/iu;

/**
 * A line in lower case (or an abbreviation) under a row that already has its values, its cells
 * wrapped in a PDF (the row's first line holds the number and the values): by cell (tab or
 * spaces), the rest of the unit when it completes one ("triệu" / "đồng", "đảng" / "viên"), of the
 * last value ("2.600" / "trở lên"), of the indicator (the first cell otherwise: "địa bàn (GRDP)"),
 * and of a note (a last short cell: "Dự" / "toán", dropped). False (nothing taken) when the line
 * does not read so.
 */
function continuesRow(cur: Row | undefined, line: string, learned: ReadonlySet<string>): boolean {
  if (!cur || cur.values.length === 0 || !goesOn(line)) return false;
  const parts = line
    .split(BORDER)
    .map((x) => x.trim())
    .filter(Boolean);
  if (parts.length > 4 || parts.some((x) => /\d/u.test(x) && !/\(/u.test(x))) return false;
  let named = false;
  parts.forEach((text, k) => {
    const lastValue = cur.values[cur.values.length - 1] ?? '';
    if (cur.unit !== '' && endsWithUnit(`${cur.unit} ${text}`, learned) === '') cur.unit = `${cur.unit} ${text}`;
    else if (VALUE_TAIL.test(text) || (/\strở$/u.test(lastValue) && /^(?:lên|xuống)$/u.test(text))) {
      cur.values[cur.values.length - 1] = `${lastValue} ${text}`;
    } else if (k === 0 || !named) {
      cur.name = `${cur.name} ${text}`;
      named = true;
    }
  });
  return true;
}

/** Whether a line with something of a row (a number, unit or value) comes within the three lines from `i`. */
function rowAhead(lines: readonly (Line | null)[], i: number, valueColumns: number, learned: ReadonlySet<string>): boolean {
  return lines.slice(i, i + 3).some((l) => {
    const t = l?.text.trim() ?? '';
    return t !== '' && !ENDS.test(t) && cellsOfLine(t, valueColumns, learned).some((c) => c.kind !== 'text');
  });
}

/** Where the table ends: after its last line with something of a row (and the lines continuing it). */
function tableEnd(lines: readonly (Line | null)[], from: number, valueColumns: number, learned: ReadonlySet<string>): number {
  let end = from;
  let quiet = 0;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    if (!line) break;
    const t = line.text.trim();
    if (t === '') continue;
    if (headerCells(t) || isColumnNumbers(t) || isHeaderPiece(lines, i)) {
      end = i + 1;
      continue;
    }
    // The body's next section ("III. NHIỆM VỤ, GIẢI PHÁP"); a group row's numeral has no dot ("III  Môi trường").
    if (ENDS.test(t) || t.length > 300 || (/^[IVXLC]+\s*[.\-–]\s+\S/u.test(t) && isUpper(t))) break;
    const strong = cellsOfLine(t, valueColumns, learned).some((c) => c.kind !== 'text');
    if (strong) {
      end = i + 1;
      quiet = 0;
      continue;
    }
    const continues = goesOn(t) && !line.gap && i === end;
    if (continues) {
      end = i + 1;
      continue;
    }
    // An empty line inside a table saved one cell per line is an empty (merged) cell: the table goes on
    // when a row's number, unit or value follows within the next lines.
    if (isUpper(t) || (line.gap && !rowAhead(lines, i, valueColumns, learned))) break;
    quiet += 1;
    if (quiet >= QUIET_LINES) break;
  }
  return end;
}

const cellPara = (from: SourcePara, text: string, table: number, row: number, col: number): SourcePara[] =>
  text === ''
    ? []
    : [
        {
          ...from,
          runs: [{ text, bold: false, italic: false, underline: false }],
          text,
          label: null,
          listLevel: null,
          bullet: false,
          gapBefore: false,
          pageBreakBefore: false,
          cell: { table, row, col },
        },
      ];

function tableOf(labels: readonly string[], headerPara: SourcePara, rows: readonly Row[], index: number): SourceTable {
  const hasUnit = /^(?:Đơn vị tính|Đơn vị|ĐVT)$/iu.test(labels[2] ?? '');
  const valueColumns = labels.length - (hasUnit ? 3 : 2);
  const noteLast = /^ghi chú$/iu.test(labels[labels.length - 1] ?? '');
  const out: SourcePara[][][] = [labels.map((l, c) => cellPara(headerPara, l, index, 0, c))];
  rows.forEach((r, k) => {
    // Values sit in the last columns: the plan's own value is always the last, or the last before an empty "Ghi chú".
    const width = noteLast && r.values.length < valueColumns ? valueColumns - 1 : valueColumns;
    const values = [
      ...Array<string>(Math.max(0, width - r.values.length)).fill(''),
      ...r.values.slice(-width),
      ...Array<string>(valueColumns - width).fill(''),
    ];
    const withUnit =
      !hasUnit && r.unit && values.length > 0
        ? values.map((v, i) => (i === values.length - 1 && v ? (r.unit === '%' ? `${v}%` : `${v} ${r.unit}`) : v))
        : values;
    const texts = [r.stt, r.name, ...(hasUnit ? [r.unit] : []), ...withUnit];
    out.push(texts.map((t, c) => cellPara(r.para, t, index, k + 1, c)));
  });
  return { kind: 'table', index, rows: out };
}

/** Blocks with every flattened targets table rebuilt; tables are numbered after `lastTable`. */
export function rebuildFlatTables(blocks: readonly SourceBlock[], lastTable: number): SourceBlock[] {
  const lines = linesOf(blocks);
  const out: SourceBlock[] = [];
  let tables = lastTable;
  let copied = 0;
  for (let i = 0; i < lines.length; i++) {
    const head = headerAt(lines, i);
    const line = head ? lines[head.start] : undefined;
    if (!head || !line) continue;
    const hasUnit = /^(?:Đơn vị tính|Đơn vị|ĐVT)$/iu.test(head.labels[2] ?? '');
    const valueColumns = head.labels.length - (hasUnit ? 3 : 2);
    const learned = new Set(lines.slice(head.next, head.next + 400).flatMap((l) => (l ? unitsOfLine(l.text) : [])));
    const end = tableEnd(lines, head.next, valueColumns, learned);
    if (isTabTable(lines.slice(i, end))) continue;
    const rows: Row[] = [];
    for (let k = head.next; k < end; k++) {
      const l = lines[k];
      const t = l?.text.trim() ?? '';
      if (!l || t === '' || headerCells(t) || isColumnNumbers(t) || isHeaderPiece(lines, k)) continue;
      if (!continuesRow(rows[rows.length - 1], t, learned)) feed(rows, cellsOfLine(t, valueColumns, learned), l.para, textAt(lines, k + 1));
    }
    if (rows.filter((r) => r.values.length > 0).length < 2) continue;
    const last = lines[end - 1];
    if (!last) continue;
    // Blocks before the table, then the lines of a paragraph shared with text outside the table.
    for (const b of blocks.slice(copied, line.block)) out.push(b);
    const before = lines.slice(0, head.start).filter((l) => l?.block === line.block);
    if (before.length > 0) out.push(restOf(line.para, before));
    tables += 1;
    out.push(tableOf(head.labels, line.para, rows, tables));
    const after = lines.slice(end).filter((l) => l?.block === last.block);
    if (after.length > 0) out.push(restOf(last.para, after));
    copied = last.block + 1;
    i = end - 1;
  }
  for (const b of blocks.slice(copied)) out.push(b);
  return out;
}

/** Every line with the same number (3 or more) of tab-separated cells: a table typed with tabs, read as such by `tabTables.ts`. */
function isTabTable(lines: readonly (Line | null)[]): boolean {
  const counts = new Set(lines.filter((l) => l && l.text.trim() !== '').map((l) => l?.text.split('\t').length ?? 0));
  const [only] = counts;
  return counts.size === 1 && only !== undefined && only >= 3;
}

function restOf(para: SourcePara, lines: readonly (Line | null)[]): SourcePara {
  const text = lines.map((l) => l?.text ?? '').join('\n');
  return { ...para, runs: [{ ...(para.runs[0] ?? { bold: false, italic: false, underline: false }), text }], text };
}
