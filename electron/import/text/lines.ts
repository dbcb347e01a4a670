import { readOk, type ReadResult } from '../result.ts';
import { paraText, type SourceDocument, type SourcePara } from '../source.ts';
import { decodeText } from './decode.ts';
import { lostSpacesNote, restoreLostSpaces } from './lostSpaces.ts';
import { markupLines } from './markup.ts';

/**
 * A plain-text resolution (as exported from Word or typed) as paragraphs: one paragraph per
 * non-empty line, a blank line marking a gap before the next. `index` is the line number.
 * Tab-separated lines become tables later, for both text and .docx (layout/tabTables.ts).
 */
export function textToSource(text: string, notes: string[] = []): SourceDocument {
  const blocks: SourcePara[] = [];
  let gap = false;
  const fixed = restoreLostSpaces(text);
  markupLines(fixed.text).forEach((runs, i) => {
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

/** A text file's bytes as source paragraphs. */
export function readText(bytes: Uint8Array): ReadResult<SourceDocument> {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  return readOk(textToSource(decoded.value.text, decoded.value.notes));
}
