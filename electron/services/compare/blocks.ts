import { blockToText, type Block } from '../../contract/model/body.ts';
import { footnoteInBrackets, runsToText, type Inline } from '../../contract/model/inline.ts';
import type { BlockDiff, WordOp } from '../../contract/workflow.ts';
import { align } from './lcs.ts';
import { similarity, wordDiff } from './words.ts';

/** A changed paragraph is one whose words are at least this much alike; below, it was replaced. */
const CHANGED_MIN_SIMILARITY = 0.4;
/** A block removed in one place and added, edited, in another was moved when this much alike. */
const MOVED_MIN_SIMILARITY = 0.75;
/** Beyond this many candidate pairs in one stretch, removed and added blocks are not paired. */
const MAX_PAIRINGS = 2_500;

/** The text of inline content as compared: a footnote written in as "[chú thích: …]". */
export function inlinePlain(runs: readonly Inline[]): string {
  return runsToText(runs, footnoteInBrackets);
}

/** The text of a block as compared and shown (model blockToText, footnotes in brackets); a targets list or a page break named. */
export function blockText(block: Block): string {
  if (block.type === 'targets') return '[Các chỉ tiêu]';
  if (block.type === 'page-break') return '[Ngắt trang]';
  return blockToText(block, footnoteInBrackets).normalize('NFC');
}

function blockKey(block: Block, text: string): string {
  const kind = block.type === 'heading' ? `heading:${block.level}` : block.type;
  return `${kind}\u0000${text}`;
}

type Side = { blocks: readonly Block[]; texts: string[]; keys: string[] };

function side(blocks: readonly Block[]): Side {
  const texts = blocks.map(blockText);
  return { blocks, texts, keys: blocks.map((b, i) => blockKey(b, texts[i] ?? '')) };
}

/** Pairs removed and added blocks of one stretch that are the same kind and alike enough, in order. */
function pairStretch(a: Side, b: Side, removed: readonly number[], added: readonly number[]): Array<[number, number, WordOp[]]> {
  if (removed.length * added.length > MAX_PAIRINGS) return [];
  const pairs: Array<[number, number, WordOp[]]> = [];
  let from = 0;
  for (const i of removed) {
    for (let k = from; k < added.length; k++) {
      const j = added[k] ?? -1;
      if (a.blocks[i]?.type !== b.blocks[j]?.type) continue;
      const words = wordDiff(a.texts[i] ?? '', b.texts[j] ?? '');
      if (similarity(words) >= CHANGED_MIN_SIMILARITY) {
        pairs.push([i, j, words]);
        from = k + 1;
        break;
      }
    }
  }
  return pairs;
}

/** One stretch between kept blocks, in reading order: removed, added and changed blocks. */
function stretchDiffs(a: Side, b: Side, removed: readonly number[], added: readonly number[]): BlockDiff[] {
  const out: BlockDiff[] = [];
  let r = 0;
  let d = 0;
  const removedDiff = (i: number): BlockDiff => ({
    kind: 'removed',
    type: a.blocks[i]?.type ?? 'paragraph',
    before: i,
    text: a.texts[i] ?? '',
  });
  const addedDiff = (j: number): BlockDiff => ({ kind: 'added', type: b.blocks[j]?.type ?? 'paragraph', after: j, text: b.texts[j] ?? '' });
  for (const [i, j, words] of pairStretch(a, b, removed, added)) {
    for (; (removed[r] ?? Infinity) < i; r++) out.push(removedDiff(removed[r] ?? 0));
    for (; (added[d] ?? Infinity) < j; d++) out.push(addedDiff(added[d] ?? 0));
    out.push({ kind: 'changed', type: b.blocks[j]?.type ?? 'paragraph', before: i, after: j, words });
    r++;
    d++;
  }
  for (; r < removed.length; r++) out.push(removedDiff(removed[r] ?? 0));
  for (; d < added.length; d++) out.push(addedDiff(added[d] ?? 0));
  return out;
}

/** A block removed in one place and added in another is a move: same text, or edited but much alike. */
function findMoves(a: Side, b: Side, diffs: BlockDiff[]): BlockDiff[] {
  const out = [...diffs];
  const taken = new Set<number>();
  const count = (kind: BlockDiff['kind']) => out.filter((d) => d.kind === kind).length;
  const fuzzy = count('added') * count('removed') <= MAX_PAIRINGS;
  for (let x = 0; x < out.length; x++) {
    const added = out[x];
    if (added?.kind !== 'added' || added.type === 'page-break') continue;
    let best: { y: number; words: WordOp[] | null; score: number } | null = null;
    for (let y = 0; y < out.length; y++) {
      const removed = out[y];
      if (removed?.kind !== 'removed' || taken.has(y) || removed.type !== added.type) continue;
      if (a.keys[removed.before] === b.keys[added.after]) {
        best = { y, words: null, score: 2 };
        break;
      }
      if (!fuzzy) continue;
      const words = wordDiff(removed.text, added.text);
      const score = similarity(words);
      if (score >= MOVED_MIN_SIMILARITY && (best === null || score > best.score)) best = { y, words, score };
    }
    const removed = best === null ? undefined : out[best.y];
    if (best === null || removed?.kind !== 'removed') continue;
    taken.add(best.y);
    out[x] = { kind: 'moved', type: added.type, before: removed.before, after: added.after, text: added.text, words: best.words };
    out[best.y] = { kind: 'moved-away', type: removed.type, before: removed.before, after: added.after, text: removed.text };
  }
  return out;
}

/**
 * The bodies compared block by block: blocks aligned by their kind and text (LCS), then in each
 * stretch between kept blocks the removed and added blocks of the same kind that are alike are
 * paired as changed (with their word diff); what is left over and found elsewhere is a move.
 */
export function diffBodies(before: readonly Block[], after: readonly Block[]): BlockDiff[] {
  const a = side(before);
  const b = side(after);
  const diffs: BlockDiff[] = [];
  let removed: number[] = [];
  let added: number[] = [];
  const flush = () => {
    diffs.push(...stretchDiffs(a, b, removed, added));
    removed = [];
    added = [];
  };
  for (const op of align(a.keys, b.keys)) {
    if (op.op === 'delete') removed.push(op.a);
    else if (op.op === 'insert') added.push(op.b);
    else {
      flush();
      diffs.push({ kind: 'equal', type: b.blocks[op.b]?.type ?? 'paragraph', before: op.a, after: op.b, text: b.texts[op.b] ?? '' });
    }
  }
  flush();
  return findMoves(a, b, diffs);
}
