import type { Block } from './body.ts';
import { sameEmphasis, type Inline, type TextRun } from './inline.ts';

/**
 * Comment anchors in the body: a text run carries the ids of the threads anchored on it
 * (`TextRun.comments`). Pure functions over the model, shared by the services, the .docx writer
 * and the editor.
 */

/** Every inline list of the body in reading order: heading, paragraph and bullet runs, table cells row by row. */
export function inlineLists(blocks: readonly Block[]): Inline[][] {
  const out: Inline[][] = [];
  for (const block of blocks) {
    if (block.type === 'heading' || block.type === 'paragraph' || block.type === 'bullet') out.push(block.runs);
    else if (block.type === 'table') for (const row of block.rows) for (const cell of row) out.push(cell.runs);
  }
  return out;
}

/** The body with each inline list replaced by `fn(list, index)` (index as in `inlineLists`). */
export function mapInlineLists(blocks: readonly Block[], fn: (inlines: Inline[], index: number) => Inline[]): Block[] {
  let index = 0;
  const next = (inlines: Inline[]): Inline[] => fn(inlines, index++);
  return blocks.map((block): Block => {
    if (block.type === 'heading' || block.type === 'paragraph' || block.type === 'bullet') return { ...block, runs: next(block.runs) };
    if (block.type === 'table') return { ...block, rows: block.rows.map((row) => row.map((cell) => ({ ...cell, runs: next(cell.runs) }))) };
    return block;
  });
}

/** How many text runs of the body carry each comment id, in order of first appearance. */
export function commentRunCounts(blocks: readonly Block[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const list of inlineLists(blocks)) {
    for (const inline of list) {
      if (inline.type !== 'text') continue;
      for (const id of inline.comments ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return counts;
}

/** The ids of the threads anchored in the body, in reading order of their first marked text. */
export function anchoredCommentIds(blocks: readonly Block[]): string[] {
  return [...commentRunCounts(blocks).keys()];
}

/** A run without its anchors, its marks as they are (`false` kept: it prints apart from an absent mark, see sameEmphasis). */
function plainRun(run: TextRun, text: string): TextRun {
  return {
    type: 'text',
    text,
    ...(run.bold === undefined ? {} : { bold: run.bold }),
    ...(run.italic === undefined ? {} : { italic: run.italic }),
    ...(run.underline === undefined ? {} : { underline: run.underline }),
  };
}

/** An inline list without anchors, adjacent runs of the same emphasis joined: what is printed. */
export function printedInlines(inlines: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    if (inline.type !== 'text') {
      out.push(inline);
      continue;
    }
    if (inline.text === '') continue;
    const last = out[out.length - 1];
    if (last?.type === 'text' && sameEmphasis(last, inline)) out[out.length - 1] = plainRun(last, last.text + inline.text);
    else out.push(plainRun(inline, inline.text));
  }
  return out;
}

/** The body without any comment anchor. */
export function stripComments(blocks: readonly Block[]): Block[] {
  return mapInlineLists(blocks, printedInlines);
}

/** Whether two bodies print the same: they differ at most in their comment anchors (and how runs are split). */
export function samePrintedBody(a: readonly Block[], b: readonly Block[]): boolean {
  return JSON.stringify(stripComments(a)) === JSON.stringify(stripComments(b));
}

/** The text ranges [start, end) of a list (offsets over its text runs) that carry comment `id`. */
function rangesOf(inlines: readonly Inline[], id: string): [number, number][] {
  const ranges: [number, number][] = [];
  let at = 0;
  for (const inline of inlines) {
    if (inline.type !== 'text') continue;
    const end = at + inline.text.length;
    if (inline.comments?.includes(id) && end > at) {
      const last = ranges[ranges.length - 1];
      if (last && last[1] === at) last[1] = end;
      else ranges.push([at, end]);
    }
    at = end;
  }
  return ranges;
}

/** Adds `id` to the text of `inlines` inside `ranges`, splitting runs at the range edges. */
function markRanges(inlines: readonly Inline[], ranges: readonly [number, number][], id: string): Inline[] {
  const out: Inline[] = [];
  let at = 0;
  for (const inline of inlines) {
    if (inline.type !== 'text') {
      out.push(inline);
      continue;
    }
    const start = at;
    const end = at + inline.text.length;
    at = end;
    const cuts = new Set([start, end]);
    for (const [a, b] of ranges) for (const p of [a, b]) if (p > start && p < end) cuts.add(p);
    const points = [...cuts].sort((x, y) => x - y);
    if (points.length === 1) out.push(inline);
    for (let i = 0; i + 1 < points.length; i += 1) {
      const [a, b] = [points[i] ?? 0, points[i + 1] ?? 0];
      const inside = ranges.some(([ra, rb]) => a >= ra && b <= rb);
      const ids = inline.comments ?? [];
      const comments = inside && !ids.includes(id) ? [...ids, id] : ids;
      const piece: TextRun = { ...inline, text: inline.text.slice(a - start, b - start) };
      if (comments.length > 0) piece.comments = comments;
      out.push(piece);
    }
  }
  return out;
}

/**
 * `target` with the anchor of comment `id` copied from `source`, another form of the same printed
 * body (checked): the anchors already in `target` are kept. Null when the two do not print the same.
 */
export function withAnchorFrom(target: readonly Block[], source: readonly Block[], id: string): Block[] | null {
  if (!samePrintedBody(target, source)) return null;
  const from = inlineLists(source);
  return mapInlineLists(target, (inlines, index) => {
    const ranges = rangesOf(from[index] ?? [], id);
    return ranges.length === 0 ? inlines : markRanges(inlines, ranges, id);
  });
}
