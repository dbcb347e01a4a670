import { walkTargets } from '../contract/model/targets.ts';
import type { TargetNode } from '../contract/model/targets.ts';
import { foldText } from './fold.ts';

/**
 * Last year's results pasted from a spreadsheet (Excel, LibreOffice: tab-separated, CRLF or LF,
 * cells with tabs, line breaks or quotes wrapped in "..." with "" for a quote).
 *
 * Columns:
 * - The result is the column the header names ("Kết quả", "Thực hiện", "Ước thực hiện"), else the
 *   last column that holds anything in any row (spreadsheets copy rectangles, so an empty result
 *   cell stays empty); in a row cut short (typed by hand), its last non-empty cell.
 *   Two columns (name, result) are the simple case of this rule.
 * - The name is the longest cell with letters other than the result; when it matches no target,
 *   the other cells with letters are tried, longest first. A cell equal to a target's key wins.
 * - An optional first row is a header when it matches no target and one of its cells is a header
 *   word ("STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Kết quả", ...).
 *
 * Matching compares `normalizeIndicatorName` forms, then looser forms without remarks in brackets
 * and without a leading "Trong đó" / "Riêng", and "parent child" ("Giá trị sản xuất ngành Dịch vụ").
 * A name that ends in "…" or "..." was cut short (as `soan-nq targets` prints a long name, by
 * `shortText`, at a word end): it matches the target whose compared form begins with its words, when exactly one does
 * (several: "khớp nhiều chỉ tiêu"; none: not found).
 * Every row that is not used gives a problem ("Dòng 4: ..."; line = row of the pasted table,
 * header and blank rows counted): no target, several targets, empty result, a target given twice.
 * Blank rows and a group's heading row with no result ("Chỉ tiêu về y tế") are skipped silently.
 * `name` in a row is the indicator's words as pasted; `key` is the target found.
 */

export type PastedResult = { key: string; name: string; written: string };
export type PasteProblem = { line: number; message: string };
export type ResultsPaste = { rows: PastedResult[]; problems: PasteProblem[] };

/** Abbreviations of indicator names, written folded (no diacritics, đ as d). */
const abbreviations: Readonly<Record<string, string>> = {
  nsnn: 'ngan sach nha nuoc',
  bhyt: 'bao hiem y te',
  bhxh: 'bao hiem xa hoi',
  bhtn: 'bao hiem that nghiep',
  cchc: 'cai cach hanh chinh',
  tthc: 'thu tuc hanh chinh',
  xsnv: 'xuat sac nhiem vu',
  htxsnv: 'hoan thanh xuat sac nhiem vu',
  httnv: 'hoan thanh tot nhiem vu',
  hdnd: 'hoi dong nhan dan',
  ubnd: 'uy ban nhan dan',
  mttq: 'mat tran to quoc',
  thcs: 'trung hoc co so',
  thpt: 'trung hoc pho thong',
  ntm: 'nong thon moi',
  dtts: 'dan toc thieu so',
  gtsx: 'gia tri san xuat',
  ktxh: 'kinh te xa hoi',
  cntt: 'cong nghe thong tin',
  atgt: 'an toan giao thong',
};

/**
 * The comparable form of an indicator name: lower case, no diacritics (đ as d), i for y (sĩ/sỹ),
 * punctuation as spaces, single spaces, abbreviations spelt out (NSNN, BHYT, BHXH, CCHC, XSNV,
 * HĐND, UBND, THCS, ...), no leading list mark ("1.", "1.1", "a)", "-", "+").
 * "Thu NSNN do huyện quản lý" -> "thu ngan sach nha nuoc do huien quan li".
 */
export function normalizeIndicatorName(s: string): string {
  const words = foldText(
    s
      .normalize('NFC')
      .trim()
      .replace(/^(?:[-+•*–]+\s*|\d+(?:\.\d+)+\.?\s+|\d+[.)]\s+|\p{L}[.)]\s+)/u, ''),
  )
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
  return words
    .map((w) => abbreviations[w] ?? w)
    .join(' ')
    .replace(/y/g, 'i');
}

/** Looser form: no remark in brackets, no leading "trong đó" / "riêng". */
const loose = (s: string): string => normalizeIndicatorName(s.replace(/\([^)]*\)/g, ' ')).replace(/^(?:trong do|rieng)\s+/, '');

/** Rows and cells of tab-separated text, by Excel's quoting rules; `open` is the row of an unclosed quote. */
function splitTable(text: string): { rows: string[][]; open: number | null } {
  const s = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let open: number | null = null;
  let atCellStart = true;
  const endRow = (): void => {
    row.push(cell);
    rows.push(row);
    [row, cell] = [[], ''];
  };
  for (let i = 0; i < s.length; i += 1) {
    const ch = s.charAt(i);
    if (atCellStart && ch === '"') {
      let j = i + 1;
      for (; j < s.length && !(s.charAt(j) === '"' && s.charAt(j + 1) !== '"'); j += 1) {
        cell += s.charAt(j);
        if (s.charAt(j) === '"') j += 1;
      }
      if (j >= s.length) open ??= rows.length + 1;
      [i, atCellStart] = [j, false];
    } else if (ch === '\t') {
      row.push(cell);
      [cell, atCellStart] = ['', true];
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && s.charAt(i + 1) === '\n') i += 1;
      endRow();
      atCellStart = true;
    } else {
      cell += ch;
      atCellStart = false;
    }
  }
  if (cell !== '' || row.length > 0) endRow();
  return { rows, open };
}

type Entry = { node: TargetNode; parent: TargetNode | null };
type Match = { entry: Entry } | { many: Entry[] } | null;
type Index = { byKey: (cell: string) => Entry | undefined; byName: (cell: string) => Match };

/** A name cut short: it ends in an ellipsis, "…" or "...". */
const CUT_SHORT = /(?:…|\.{3})\s*$/u;

/** The entries whose form in `map` begins with the whole words of `head`, each target once. */
function startingWith(map: ReadonlyMap<string, Entry[]>, head: string): Entry[] {
  if (head === '') return [];
  const found = new Map<string, Entry>();
  for (const [form, entries] of map) {
    if (form === head || form.startsWith(`${head} `)) for (const e of entries) found.set(e.node.key, e);
  }
  return [...found.values()];
}

function buildIndex(targets: readonly TargetNode[]): Index {
  const keys = new Map<string, Entry>();
  const strict = new Map<string, Entry[]>();
  const loosely = new Map<string, Entry[]>();
  const add = (map: Map<string, Entry[]>, form: string, e: Entry): void => {
    const list = map.get(form) ?? [];
    if (form !== '' && !list.some((x) => x.node.key === e.node.key)) map.set(form, [...list, e]);
  };
  const visit = (nodes: readonly TargetNode[], parent: TargetNode | null): void => {
    for (const node of nodes) {
      const e = { node, parent };
      keys.set(node.key, e);
      add(strict, normalizeIndicatorName(node.name), e);
      add(loosely, loose(node.name), e);
      if (parent) add(loosely, `${loose(parent.name)} ${loose(node.name)}`, e);
      visit(node.children, node);
    }
  };
  visit(targets, null);
  /** The targets a name cut short (its ellipsis taken off) may be: those whose strict form begins with its words, else whose loose form does. */
  const cutShort = (head: string): Entry[] => {
    const strictly = startingWith(strict, normalizeIndicatorName(head));
    return strictly.length > 0 ? strictly : startingWith(loosely, loose(head));
  };
  return {
    byKey: (cell) => keys.get(cell.trim()),
    byName: (cell) => {
      const found = CUT_SHORT.test(cell)
        ? cutShort(cell.replace(CUT_SHORT, ''))
        : (strict.get(normalizeIndicatorName(cell)) ?? loosely.get(loose(cell)) ?? []);
      const [first] = found;
      if (!first) return null;
      return found.length === 1 ? { entry: first } : { many: found };
    },
  };
}

const HEADER =
  /^(?:stt|tt|dvt|don vi(?: tinh)?|(?:ten )?chi tieu|noi dung|ghi chu)$|^(?:ket qua|thuc hien|uoc thuc hien|uoc th|ke hoach)\b/;
const RESULT_HEADER = /^(?:ket qua|thuc hien|uoc thuc hien|uoc th|uoc dat)\b/;
const tidy = (c: string): string => c.replace(/\s+/g, ' ').trim();
const hasLetter = (c: string): boolean => /\p{L}/u.test(c);
const lastFilled = (cells: readonly string[]): number => cells.findLastIndex((c) => c !== '');

/** Reads a pasted results table; see the module comment for the rules. */
export function parseResultsPaste(text: string, targets: TargetNode[]): ResultsPaste {
  const { rows: raw, open } = splitTable(text);
  const table = raw.map((r, i) => ({ line: i + 1, cells: r.map(tidy) })).filter((r) => lastFilled(r.cells) >= 0);
  const index = buildIndex(targets);
  const problems: PasteProblem[] = [];
  if (open !== null) problems.push({ line: open, message: `Dòng ${open}: dấu ngoặc kép mở mà không đóng` });
  let resultCol: number | null = null;
  const first = table[0];
  const matchesNothing = first?.cells.every((c) => !index.byKey(c) && index.byName(c) === null) ?? false;
  if (first && matchesNothing && first.cells.some((c) => HEADER.test(normalizeIndicatorName(c)))) {
    const col = first.cells.findLastIndex((c) => RESULT_HEADER.test(normalizeIndicatorName(c)));
    resultCol = col >= 0 ? col : null;
    table.shift();
  }
  const width = Math.max(0, ...table.map((r) => lastFilled(r.cells) + 1));
  const rows: PastedResult[] = [];
  const seen = new Map<string, number>();
  const groupKeys = new Set([...walkTargets(targets)].filter(([n]) => !n.value && n.children.length > 0).map(([n]) => n.key));
  for (const { line, cells } of table) {
    const say = (message: string): void => {
      problems.push({ line, message: `Dòng ${line}: ${message}` });
    };
    const col = resultCol ?? width - 1;
    let at = cells.length > col ? col : lastFilled(cells);
    const named = cells.filter((c, j) => j !== at && hasLetter(c));
    // A row with words only in its last cell ("Chỉ tiêu về y tế") names a target and has no result.
    if (named.length === 0 && hasLetter(cells[at] ?? '')) [at, named[0]] = [-1, cells[at] ?? ''];
    const written = cells[at] ?? '';
    const candidates = [...named].sort((x, y) => y.length - x.length);
    const keyCell = cells.find((c) => index.byKey(c));
    const keyEntry = keyCell ? index.byKey(keyCell) : undefined;
    const hit = keyEntry
      ? { cell: candidates.find((c) => c !== keyCell) ?? keyEntry.node.name, m: { entry: keyEntry } }
      : candidates.map((c) => ({ cell: c, m: index.byName(c) })).find((x) => x.m !== null);
    if (!hit?.m) {
      const shown = candidates[0] ?? '';
      say(shown ? `không tìm thấy chỉ tiêu '${shown}'` : 'không có tên chỉ tiêu');
      continue;
    }
    if ('many' in hit.m) {
      const names = hit.m.many.map((e) => (e.parent ? `${e.node.name} (${e.parent.name})` : e.node.name));
      say(`'${hit.cell}' khớp nhiều chỉ tiêu: ${names.join('; ')}; hãy ghi tên đầy đủ hơn`);
      continue;
    }
    const target = hit.m.entry.node;
    if (written === '') {
      if (!groupKeys.has(target.key)) say(`chưa có kết quả cho '${target.name}', bỏ qua`);
      continue;
    }
    const before = seen.get(target.key);
    if (before !== undefined) {
      say(`chỉ tiêu '${target.name}' đã có kết quả ở dòng ${before}, bỏ qua dòng này`);
      continue;
    }
    seen.set(target.key, line);
    rows.push({ key: target.key, name: hit.cell, written });
  }
  return { rows, problems };
}
