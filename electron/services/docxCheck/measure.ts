import type { SourcePara, SourceRun } from '../../import/source.ts';

/** What a paragraph's visible runs look like once styles are resolved. */

export function visibleRuns(p: SourcePara): SourceRun[] {
  return p.runs.filter((r) => !r.footnote && r.text.trim() !== '');
}

export type Look = {
  sizes: number[];
  fonts: string[];
  bold: 'all' | 'some' | 'none';
  italic: 'all' | 'some' | 'none';
  underline: 'all' | 'some' | 'none';
  /** Printed in capitals: the text is upper case, or every run has the caps property. */
  caps: boolean;
};

function share(runs: readonly SourceRun[], on: (r: SourceRun) => boolean): 'all' | 'some' | 'none' {
  const n = runs.filter(on).length;
  return n === 0 ? 'none' : n === runs.length ? 'all' : 'some';
}

export function lookOf(p: SourcePara): Look | null {
  const runs = visibleRuns(p);
  if (runs.length === 0) return null;
  const letters = p.text.replace(/[^\p{L}]/gu, '');
  return {
    sizes: [...new Set(runs.map((r) => r.format?.sizePt ?? 10))].sort((a, b) => a - b),
    fonts: [...new Set(runs.map((r) => r.format?.font ?? ''))],
    bold: share(runs, (r) => r.bold),
    italic: share(runs, (r) => r.italic),
    underline: share(runs, (r) => r.underline),
    caps: letters === letters.toLocaleUpperCase('vi') || runs.every((r) => r.format?.caps === true),
  };
}

export const sizeText = (sizes: readonly number[]): string => sizes.map((s) => `${s} pt`).join(', ');
export const inRange = (sizes: readonly number[], min: number, max: number): boolean =>
  sizes.every((s) => s >= min - 0.01 && s <= max + 0.01);
const shareText = { all: 'có', some: 'một phần', none: 'không' } as const;
export const yesNo = (s: 'all' | 'some' | 'none'): string => shareText[s];
