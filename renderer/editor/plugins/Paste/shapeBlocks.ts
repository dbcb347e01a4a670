import type { Block } from '../../../../electron/contract/model/body.ts';
import type { Inline } from '../../../../electron/contract/model/inline.ts';

const LEADING_LABEL = /^(\d+(?:\.\d+)*\.|[a-zđ]\))\s+/u;
const LEADING_BULLET = /^([-–•·▪◦o§+])\s+/u;

function trimRuns(runs: Inline[]): Inline[] {
  const out = runs.map((r) => (r.type === 'text' ? { ...r } : r));
  const first = out[0];
  if (first?.type === 'text') first.text = first.text.replace(/^\s+/, '');
  const last = out[out.length - 1];
  if (last?.type === 'text') last.text = last.text.replace(/\s+$/, '');
  return out.filter((r) => r.type !== 'text' || r.text !== '');
}

function stripPrefix(runs: Inline[], length: number): Inline[] {
  const [first, ...rest] = runs;
  if (first?.type !== 'text') return runs;
  return trimRuns([{ ...first, text: first.text.slice(length) }, ...rest]);
}

/**
 * One pasted paragraph, as the body stores it: leading "-", "•", "+" become bullets ("+" a
 * sub-bullet), a leading "1." / "a)" a numbered paragraph; empty paragraphs are dropped.
 */
export function shapeParagraph(runs: Inline[], bulletDepth: number | null): Block | null {
  const trimmed = trimRuns(runs);
  if (trimmed.length === 0) return null;
  if (bulletDepth !== null) return { type: 'bullet', marker: bulletDepth > 1 ? '+' : '-', runs: trimmed };
  const first = trimmed[0];
  const head = first?.type === 'text' ? first.text : '';
  const bullet = LEADING_BULLET.exec(head);
  if (bullet) {
    return {
      type: 'bullet',
      marker: bullet[1] === '+' || bullet[1] === 'o' || bullet[1] === '◦' ? '+' : '-',
      runs: stripPrefix(trimmed, bullet[0].length),
    };
  }
  const label = LEADING_LABEL.exec(head);
  if (label?.[1]) return { type: 'paragraph', label: label[1], runs: stripPrefix(trimmed, label[0].length) };
  return { type: 'paragraph', runs: trimmed };
}

/** Plain text pasted: one paragraph per line. */
export function textToBlocks(text: string): Block[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => shapeParagraph([{ type: 'text', text: line.replace(/\t/g, ' ').replace(/\s+/g, ' ') }], null))
    .filter((b): b is Block => b !== null);
}
