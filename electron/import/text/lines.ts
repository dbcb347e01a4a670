import { readOk, type ReadResult } from '../result.ts';
import { paraText, type SourceDocument, type SourcePara, type SourceRun } from '../source.ts';
import { decodeText } from './decode.ts';
import { lostSpacesNote, restoreLostSpaces } from './lostSpaces.ts';
import { markupLines } from './markup.ts';

/**
 * A plain-text resolution (as exported from Word or typed) as paragraphs: one paragraph per
 * non-empty line, a blank line marking a gap before the next. `index` is the line number.
 * Tab-separated lines become tables later, for both text and .docx (layout/tabTables.ts).
 * A title's rule that a PDF's text extraction glued to the next line ("----I. TÌNH HÌNH") is
 * taken off; the rest starts a paragraph after a gap, as it would below the rule.
 */
export function textToSource(text: string, notes: string[] = []): SourceDocument {
  const blocks: SourcePara[] = [];
  let gap = false;
  const fixed = restoreLostSpaces(text);
  markupLines(fixed.text).forEach((line, i) => {
    const glued = gluedRule(line);
    const runs = glued ? dropChars(line, glued) : line;
    if (glued) gap = true;
    const t = paraText(runs);
    if (t.trim() === '') {
      gap = true;
      return;
    }
    blocks.push({
      kind: 'para',
      index: i + 1,
      runs,
      text: t,
      label: null,
      listLevel: null,
      bullet: false,
      format: null,
      gapBefore: gap,
      pageBreakBefore: false,
      cell: null,
    });
    gap = false;
  });
  return { format: 'txt', blocks, pages: [], plain: true, notes: fixed.restored > 0 ? [...notes, lostSpacesNote(fixed.restored)] : notes };
}

/** How many characters of a rule ("-----", "—–") open the line when text follows right after it (0 when none). */
function gluedRule(runs: readonly SourceRun[]): number {
  const m = /^\s*[-–—_=]{3,}(?=[^\s\-–—_=])/u.exec(paraText(runs));
  return m ? m[0].length : 0;
}

function dropChars(runs: readonly SourceRun[], count: number): SourceRun[] {
  let left = count;
  const out: SourceRun[] = [];
  for (const r of runs) {
    const cut = Math.min(left, r.text.length);
    left -= cut;
    if (cut < r.text.length) out.push({ ...r, text: r.text.slice(cut) });
  }
  return out;
}

/** A text file's bytes as source paragraphs. */
export function readText(bytes: Uint8Array): ReadResult<SourceDocument> {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  return readOk(textToSource(decoded.value.text, decoded.value.notes));
}
