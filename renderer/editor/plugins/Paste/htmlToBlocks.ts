import type { Block, TableCell } from '../../../../electron/contract/model/body.ts';
import { sameEmphasis, type Emphasis, type Inline } from '../../../../electron/contract/model/inline.ts';
import { emphasisOf, noEmphasis, type PastedEmphasis } from './emphasis.ts';
import { shapeParagraph } from './shapeBlocks.ts';

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'META',
  'LINK',
  'TITLE',
  'HEAD',
  'IMG',
  'SVG',
  'OBJECT',
  'IFRAME',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'PICTURE',
  'TEMPLATE',
  'XML',
]);
const BLOCK = new Set([
  'P',
  'DIV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'ADDRESS',
  'DD',
  'DT',
  'FIGCAPTION',
  'CENTER',
]);

type Ctx = { blocks: Block[]; runs: Inline[]; bulletDepth: number | null; label: string | null };

function addText(ctx: Ctx, text: string, e: PastedEmphasis): void {
  const clean = text.replace(/[\s\u00a0]+/g, ' ');
  if (clean === '') return;
  // A mark not set is left to the style (absent), as the editor leaves it.
  const marks: Emphasis = {
    ...(e.bold ? { bold: true } : {}),
    ...(e.italic ? { italic: true } : {}),
    ...(e.underline ? { underline: true } : {}),
  };
  const last = ctx.runs[ctx.runs.length - 1];
  if (last?.type === 'text' && sameEmphasis(last, marks)) {
    last.text += clean;
    return;
  }
  ctx.runs.push({ type: 'text', text: clean, ...marks });
}

function flush(ctx: Ctx): void {
  const block = shapeParagraph(ctx.runs, ctx.bulletDepth);
  if (block) ctx.blocks.push(block.type === 'paragraph' && ctx.label && !block.label ? { ...block, label: ctx.label } : block);
  ctx.runs = [];
  ctx.bulletDepth = null;
  ctx.label = null;
}

/** Word's list paragraphs: `mso-list: l0 level2 lfo1` -> depth 2; the marker sits in a span Word marks "Ignore". */
function wordListDepth(el: Element): number | null {
  const style = el.getAttribute('style') ?? '';
  const level = /mso-list:[^;]*level(\d)/i.exec(style);
  if (level) return Number(level[1]);
  return /MsoListParagraph/i.test(el.getAttribute('class') ?? '') ? 1 : null;
}

function isWordMarker(el: Element): boolean {
  return /mso-list:\s*ignore/i.test(el.getAttribute('style') ?? '');
}

function cellOf(td: Element): TableCell {
  const inner = walkAll(td);
  const runs: Inline[] = [];
  inner.forEach((b, i) => {
    if (i > 0) runs.push({ type: 'text', text: '\n' });
    if ('runs' in b) runs.push(...b.runs);
  });
  return { runs };
}

function tableOf(table: Element): Block | null {
  const rows = Array.from(table.querySelectorAll('tr')).filter((tr) => tr.closest('table') === table);
  const cells = rows
    .map((tr) =>
      Array.from(tr.children)
        .filter((c) => c.tagName === 'TD' || c.tagName === 'TH')
        .map(cellOf),
    )
    .filter((r) => r.length > 0);
  if (cells.length === 0) return null;
  let headerRows = 0;
  for (const tr of rows) {
    const isHeader = tr.parentElement?.tagName === 'THEAD' || Array.from(tr.children).every((c) => c.tagName === 'TH');
    if (!isHeader) break;
    headerRows += 1;
  }
  return { type: 'table', headerRows, rows: cells };
}

function walk(node: Node, ctx: Ctx, e: PastedEmphasis, listDepth: number): void {
  if (node.nodeType === 3) return addText(ctx, node.textContent ?? '', e);
  if (node.nodeType !== 1) return;
  const el = node as Element;
  const tag = el.tagName.toUpperCase();
  if (SKIP.has(tag) || isWordMarker(el)) {
    if (isWordMarker(el)) {
      const marker = (el.textContent ?? '').replace(/[\s\u00a0]+/g, '');
      if (/^(\d+[.)]|[a-zđ][.)])$/u.test(marker)) {
        ctx.label = marker;
        ctx.bulletDepth = null;
      }
    }
    return;
  }
  if (tag === 'BR') return flush(ctx);
  if (tag === 'TABLE') {
    flush(ctx);
    const table = tableOf(el);
    if (table) ctx.blocks.push(table);
    return;
  }
  const inner = emphasisOf(el, e);
  if (tag === 'UL' || tag === 'OL') {
    flush(ctx);
    el.childNodes.forEach((child) => walk(child, ctx, inner, listDepth + 1));
    flush(ctx);
    return;
  }
  if (tag === 'LI' || BLOCK.has(tag)) {
    flush(ctx);
    const wordDepth = tag === 'P' ? wordListDepth(el) : null;
    const depth = tag === 'LI' ? Math.max(1, listDepth) : wordDepth;
    ctx.bulletDepth = depth;
    el.childNodes.forEach((child) => walk(child, ctx, inner, listDepth));
    flush(ctx);
    return;
  }
  el.childNodes.forEach((child) => walk(child, ctx, inner, listDepth));
}

function walkAll(root: Element): Block[] {
  const ctx: Ctx = { blocks: [], runs: [], bulletDepth: null, label: null };
  root.childNodes.forEach((child) => walk(child, ctx, noEmphasis, 0));
  flush(ctx);
  return ctx.blocks;
}

/**
 * HTML from the clipboard (Word, LibreOffice, a browser) -> body blocks, keeping only what the
 * party layout allows: paragraphs, bullets ("-", "+" for nested lists), numbered paragraphs,
 * tables, and bold / italic / underline. Fonts, colours, sizes, styles and images are dropped.
 */
export function htmlToBlocks(
  html: string,
  parse: (html: string) => Document = (h) => new DOMParser().parseFromString(h, 'text/html'),
): Block[] {
  const doc = parse(html);
  return walkAll(doc.body);
}
