import type { Block, HeadingLevel, TableCell } from '../../contract/model/body.ts';
import { joinSplitParas } from '../layout/joins.ts';
import { isUpper, tidy } from '../layout/text.ts';
import type { SourceBlock, SourcePara, SourceTable } from '../source.ts';
import { allBold, toInlines } from './inline.ts';
import { detectLabel, type Label } from './labels.ts';
import { setRole, type Role, type Roles } from './roles.ts';
import { isTargetsTable } from './targetTable.ts';

/**
 * Body blocks (box 6) from the paragraphs between the title and the closing:
 * "Phần thứ …" (+ its title line) -> part heading; "I." / "I-" -> section; "1.1" -> subitem;
 * "2.1.1." -> subsubitem; "1." -> an item heading when it is bold throughout or heads a list
 * of "-" bullets or "1.1" subitems (or "+" bullets, when it is short without closing punctuation),
 * else a paragraph with the label; "a)" -> paragraph label;
 * "-", "+", "- +" -> bullets; tables stay tables. Paragraphs split by a page break are joined.
 */

export type BodyRead = { blocks: Block[]; targetTables: SourceTable[] };

type Item = { kind: 'para'; p: SourcePara; label: Label | null } | { kind: 'table'; t: SourceTable };

function items(blocks: readonly SourceBlock[]): Item[] {
  const out: Item[] = [];
  let run: SourcePara[] = [];
  const flush = (): void => {
    for (const p of joinSplitParas(run)) out.push({ kind: 'para', p, label: detectLabel(p) });
    run = [];
  };
  for (const b of blocks) {
    if (b.kind === 'para') run.push(b);
    else {
      flush();
      out.push({ kind: 'table', t: b });
    }
  }
  flush();
  return out;
}

function heading(level: HeadingLevel, p: SourcePara, label: Label, roles: Roles): Block {
  const bold = allBold(p.runs, label.cut);
  const italic = !p.format ? false : allBold(p.runs, label.cut, 'italic');
  setRole(roles, p.index, `heading-${level}` as Role);
  return {
    type: 'heading',
    level,
    label: label.label.replace(/\s*:$/, ''),
    runs: toInlines(p.runs, { cut: label.cut, plainBold: bold && level !== 'part', plainItalic: italic }),
  };
}

function tableBlock(t: SourceTable, roles: Roles): Block | null {
  const rows = t.rows
    .map((row) =>
      row.map((cell): TableCell => {
        cell.forEach((p) => setRole(roles, p.index, 'table'));
        const runs = cell.flatMap((p, i) => [...(i > 0 ? [{ text: '\n', bold: false, italic: false, underline: false }] : []), ...p.runs]);
        return { runs: toInlines(runs) };
      }),
    )
    .filter((row) => row.length > 0);
  return rows.length > 0 ? { type: 'table', headerRows: 1, rows } : null;
}

/** A line that reads as a title: short and without closing punctuation ("2. Chỉ tiêu năm 2027"). */
const titleLike = (p: SourcePara): boolean => p.text.trim().length <= 100 && !/[.,;:!?…)]$/u.test(p.text.trim());

/**
 * Whether the item after a "1. …" line makes it a heading: "-" bullets or "1.1" subitems; "+"
 * bullets only under a title-like line (not under a target that lists its parts: "1. Giá trị sản
 * xuất … như sau:").
 */
const nextStartsList = (next: Item | undefined, p: SourcePara): boolean =>
  next?.kind === 'para' &&
  next.label !== null &&
  ((next.label.kind === 'bullet' && next.label.marker === '-') ||
    next.label.kind === 'subitem' ||
    (next.label.kind === 'bullet' && next.label.marker === '+' && titleLike(p)));

export function readBody(blocks: readonly SourceBlock[], roles: Roles): BodyRead {
  const list = items(blocks);
  const out: Block[] = [];
  const targetTables: SourceTable[] = [];
  for (let i = 0; i < list.length; i++) {
    const it = list[i];
    if (!it) continue;
    if (it.kind === 'table') {
      if (isTargetsTable(it.t)) targetTables.push(it.t);
      const t = tableBlock(it.t, roles);
      if (t) out.push(t);
      continue;
    }
    const { p, label } = it;
    if (p.pageBreakBefore && p.format && out.length > 0) out.push({ type: 'page-break' });
    if (!label) {
      out.push({ type: 'paragraph', runs: toInlines(p.runs) });
      setRole(roles, p.index, 'paragraph');
      continue;
    }
    switch (label.kind) {
      case 'part': {
        const rest = p.text.slice(label.cut).trim();
        const next = list[i + 1];
        if (
          rest === '' &&
          next?.kind === 'para' &&
          !next.label &&
          (isUpper(next.p.text) || allBold(next.p.runs)) &&
          tidy(next.p.text).length <= 200
        ) {
          setRole(roles, p.index, 'heading-part');
          setRole(roles, next.p.index, 'heading-part-title');
          out.push({
            type: 'heading',
            level: 'part',
            label: label.label,
            runs: toInlines(next.p.runs, { plainBold: allBold(next.p.runs) }),
          });
          i += 1;
        } else out.push(heading('part', p, label, roles));
        break;
      }
      case 'section':
      case 'subitem':
      case 'subsubitem':
        out.push(heading(label.kind, p, label, roles));
        break;
      case 'item': {
        const bold = allBold(p.runs) && p.text.length <= 300;
        if (bold || nextStartsList(list[i + 1], p)) out.push(heading('item', p, label, roles));
        else {
          out.push({ type: 'paragraph', label: label.label, runs: toInlines(p.runs, { cut: label.cut }) });
          setRole(roles, p.index, 'paragraph');
        }
        break;
      }
      case 'letter':
        out.push({ type: 'paragraph', label: label.label, runs: toInlines(p.runs, { cut: label.cut }) });
        setRole(roles, p.index, 'paragraph');
        break;
      case 'bullet':
        out.push({ type: 'bullet', marker: label.marker, runs: toInlines(p.runs, { cut: label.cut }) });
        setRole(roles, p.index, 'bullet');
        break;
    }
  }
  return { blocks: closeFinalMark(out.filter((b) => b.type !== 'paragraph' || b.runs.length > 0 || b.label)), targetTables };
}

/**
 * The closing mark "./." of the last paragraph, cut by a conversion into "./" and a stray
 * italic word ("./*Sau*"), is completed and the stray word dropped.
 */
function closeFinalMark(blocks: Block[]): Block[] {
  const last = blocks[blocks.length - 1];
  if (last?.type !== 'paragraph') return blocks;
  const runs = last.runs;
  const tail = runs[runs.length - 1];
  const before = runs[runs.length - 2];
  if (
    tail?.type !== 'text' ||
    before?.type !== 'text' ||
    !tail.italic ||
    !/^\p{L}{1,10}$/u.test(tail.text) ||
    !before.text.endsWith('./')
  ) {
    return blocks;
  }
  const fixed: Block = { ...last, runs: [...runs.slice(0, -2), { ...before, text: `${before.text}.` }] };
  return [...blocks.slice(0, -1), fixed];
}
