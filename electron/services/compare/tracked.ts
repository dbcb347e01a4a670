import type { Block } from '../../contract/model/body.ts';
import { footnoteInBrackets, runsToText, sameEmphasis, type Emphasis, type Inline } from '../../contract/model/inline.ts';
import type { Resolution } from '../../contract/model/resolution.ts';
import type { TargetNode } from '../../contract/model/targets.ts';
import { numberHeadings, type NumberedBlock } from '../../docx/numbering.ts';
import { targetLines } from '../../format/printed.ts';
import type { Segment, TrackedItem } from '../../docx/trackedChanges.ts';
import type { FormatProfile } from '../../format/profile.ts';
import { diffBodies } from './blocks.ts';
import { align } from './lcs.ts';
import { diffTokens, similarity, tokenize, wordDiff } from './words.ts';

/** From two versions to the items of a tracked-changes body (see docx/trackedChanges.ts). */

type Token = Segment & { key: string };

function runTokens(runs: readonly Inline[]): Token[] {
  return runs.flatMap((run): Token[] => {
    if (run.type === 'footnote') {
      const text = footnoteInBrackets(runsToText(run.runs));
      return [{ op: 'equal', text, key: `\u0000${text}`, footnote: run.runs }];
    }
    const emphasis: Emphasis = { bold: run.bold, italic: run.italic, underline: run.underline };
    return tokenize(run.text).map((text) => ({ op: 'equal', text, key: text, emphasis }));
  });
}

function prefixText(block: NumberedBlock): string {
  if (block.type === 'heading') return block.level === 'part' ? block.label : `${block.label} `;
  if (block.type === 'paragraph') return block.label?.trim() ? `${block.label.trim()} ` : '';
  if (block.type === 'bullet') return `${block.marker} `;
  return '';
}

const runsOf = (block: NumberedBlock): readonly Inline[] => ('runs' in block ? block.runs : []);

/** Pieces printed alike (the model's sameEmphasis: absent and `false` apart); a footnote never joins. */
const printAlike = (a: Segment, b: Segment) => !a.footnote && !b.footnote && sameEmphasis(a.emphasis ?? {}, b.emphasis ?? {});

/** Adjacent pieces of the same kind and emphasis joined, so that Word shows one change, not one per word. */
function merged(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    if (last && last.op === s.op && printAlike(last, s)) last.text += s.text;
    else {
      out.push({
        op: s.op,
        text: s.text,
        ...(s.emphasis ? { emphasis: s.emphasis } : {}),
        ...(s.footnote ? { footnote: s.footnote } : {}),
      });
    }
  }
  return out;
}

/** Word-level segments: kept and inserted words in the newer formatting, deleted ones in the older. */
function diffSegments(a: readonly Token[], b: readonly Token[]): Segment[] {
  const ops = diffTokens(
    a.map((t) => t.key),
    b.map((t) => t.key),
  );
  return merged(
    ops.flatMap((op): Segment[] => {
      const token = op.op === 'delete' ? a[op.a] : b[op.b];
      return token ? [{ ...token, op: op.op }] : [];
    }),
  );
}

const asText = (text: string): Token[] => (text ? [{ op: 'equal', text, key: text }] : []);
const whole = (tokens: readonly Token[], op: 'insert' | 'delete'): Segment[] => merged(tokens.map((t) => ({ ...t, op })));

function wholeItem(block: NumberedBlock, kind: 'inserted' | 'deleted'): TrackedItem {
  const op = kind === 'inserted' ? 'insert' : 'delete';
  return { kind, block, prefix: whole(asText(prefixText(block)), op), segments: whole(runTokens(runsOf(block)), op) };
}

function changedItems(old: NumberedBlock, now: NumberedBlock): TrackedItem[] {
  if (old.type === 'table' || now.type === 'table' || old.type !== now.type) return [wholeItem(old, 'deleted'), wholeItem(now, 'inserted')];
  const prefix = diffSegments(
    prefixText(old) ? tokenize(prefixText(old)).flatMap(asText) : [],
    prefixText(now) ? tokenize(prefixText(now)).flatMap(asText) : [],
  );
  return [{ kind: 'changed', block: now, prefix, segments: diffSegments(runTokens(runsOf(old)), runTokens(runsOf(now))) }];
}

/** The targets list line by line: kept, inserted, deleted, and changed lines with their words. */
export function targetLineItems(before: readonly TargetNode[], after: readonly TargetNode[]): TrackedItem[] {
  const a = targetLines(before).map((l) => l.text);
  const b = targetLines(after).map((l) => l.text);
  const items: TrackedItem[] = [];
  let removed: number[] = [];
  const flushRemoved = () => {
    for (const i of removed) items.push({ kind: 'line', op: 'delete', segments: [{ op: 'delete', text: a[i] ?? '' }] });
    removed = [];
  };
  for (const op of align(a, b)) {
    if (op.op === 'delete') {
      removed.push(op.a);
      continue;
    }
    if (op.op === 'equal') {
      flushRemoved();
      items.push({ kind: 'line', op: 'equal', segments: [{ op: 'equal', text: b[op.b] ?? '' }] });
      continue;
    }
    const text = b[op.b] ?? '';
    const partner = removed.findIndex((i) => similarity(wordDiff(a[i] ?? '', text)) >= 0.4);
    if (partner === -1) {
      items.push({ kind: 'line', op: 'insert', segments: [{ op: 'insert', text }] });
      continue;
    }
    const i = removed[partner] ?? 0;
    for (const r of removed.slice(0, partner)) items.push({ kind: 'line', op: 'delete', segments: [{ op: 'delete', text: a[r] ?? '' }] });
    removed = removed.slice(partner + 1);
    items.push({
      kind: 'line',
      op: 'changed',
      segments: diffSegments(tokenize(a[i] ?? '').flatMap(asText), tokenize(text).flatMap(asText)),
    });
  }
  flushRemoved();
  return items;
}

/**
 * The body of the newer version with the older one's differences: kept blocks as they are,
 * changed text blocks word by word, added and moved-in blocks inserted, removed and moved-away
 * blocks deleted where they stood, the targets list line by line.
 */
export function trackedItems(before: Resolution, after: Resolution, profile: FormatProfile): TrackedItem[] {
  const olds = numberHeadings(before.body, profile);
  const news = numberHeadings(after.body, profile);
  const at = (list: readonly NumberedBlock[], i: number): NumberedBlock => list[i] ?? ({ type: 'page-break' } satisfies Block);
  return diffBodies(before.body, after.body).flatMap((d): TrackedItem[] => {
    switch (d.kind) {
      case 'equal': {
        const block = at(news, d.after);
        return block.type === 'targets' ? targetLineItems(before.targets, after.targets) : [{ kind: 'kept', block }];
      }
      case 'changed':
        return changedItems(at(olds, d.before), at(news, d.after));
      case 'added':
      case 'moved': {
        const block = at(news, d.after);
        return block.type === 'targets' ? targetLineItems([], after.targets) : [wholeItem(block, 'inserted')];
      }
      case 'removed':
      case 'moved-away': {
        const block = at(olds, d.before);
        return block.type === 'targets' ? targetLineItems(before.targets, []) : [wholeItem(block, 'deleted')];
      }
    }
  });
}

/** The summary (trích yếu) word by word, or null when it did not change. */
export function trackedSummary(before: Resolution, after: Resolution): Segment[] | null {
  if (before.title.summary === after.title.summary) return null;
  return diffSegments(tokenize(before.title.summary).flatMap(asText), tokenize(after.title.summary).flatMap(asText));
}
