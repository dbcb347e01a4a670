import type { XmlElement } from './xml/parse.ts';

/**
 * The text of a WordprocessingML run (w:r) as Word shows it: the one home for readers that want a
 * run's characters (the review's reader, its comment ranges, the received document's first lines).
 * w:t and w:delText as written, w:tab "\t", w:br and w:cr "\n" (a page break too),
 * w:noBreakHyphen U+2011; anything else (field instructions, drawings, symbols, footnote
 * references) adds nothing. The importer (import/docx/runs.ts) reads runs its own way, on purpose.
 */
export function runText(run: XmlElement): string {
  let text = '';
  for (const c of run.children) {
    if (typeof c === 'string') continue;
    if (c.name === 'w:t' || c.name === 'w:delText') text += c.children.filter((x) => typeof x === 'string').join('');
    else if (c.name === 'w:tab') text += '\t';
    else if (c.name === 'w:br' || c.name === 'w:cr') text += '\n';
    else if (c.name === 'w:noBreakHyphen') text += '\u2011';
  }
  return text;
}
