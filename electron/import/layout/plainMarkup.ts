import { paraText, type SourceBlock, type SourcePara, type SourceRun } from '../source.ts';
import { markupLines } from '../text/markup.ts';
import { pushAll } from '../pushAll.ts';

/**
 * A .docx without any character formatting (a text file saved as .docx) may still carry the
 * text's emphasis marks, `*italic*` and `**bold**`: they are read as in a text file, across the
 * document's paragraphs (a bold header spans several), empty paragraphs ending a span as a
 * blank line does.
 */
export function applyPlainMarkup(blocks: readonly SourceBlock[]): SourceBlock[] {
  const paras = blocks.filter((b): b is SourcePara => b.kind === 'para');
  if (!paras.some((p) => p.text.includes('*'))) return [...blocks];
  const text = paras.map((p) => `${p.gapBefore ? '\n' : ''}${p.text}`).join('\n');
  const lines = markupLines(text);
  const byPara = new Map<SourcePara, SourceRun[]>();
  let at = 0;
  for (const p of paras) {
    if (p.gapBefore) at += 1;
    const count = p.text.split('\n').length;
    const runs: SourceRun[] = [];
    const format = p.runs[0]?.format;
    for (let k = 0; k < count; k++) {
      if (k > 0) runs.push({ text: '\n', bold: false, italic: false, underline: false });
      pushAll(
        runs,
        (lines[at + k] ?? []).map((r) => (format ? { ...r, format } : r)),
      );
    }
    at += count;
    byPara.set(p, runs);
  }
  return blocks.map((b) => {
    if (b.kind !== 'para') return b;
    const runs = byPara.get(b);
    if (!runs || b.runs.some((r) => r.footnote)) return b;
    return { ...b, runs, text: paraText(runs) };
  });
}
