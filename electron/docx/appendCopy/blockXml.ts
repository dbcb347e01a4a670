import { Document } from 'docx';
import JSZip from 'jszip';
import type { FormatProfile } from '../../format/profile.ts';
import { copyBlockChildren } from '../copyBlock.ts';
import { packDocument } from '../pack.ts';
import type { CopyBlock } from '../copyTexts.ts';
import { WORDML_MAIN } from './bodyScan.ts';

/**
 * The copy block as WordprocessingML body children, for insertion into another file's
 * word/document.xml. It is made from the very tree our own copies use (`copyBlockChildren`): the
 * tree goes into a scratch document, packed as our own files are (escaping the text, ending on a
 * small paragraph when the block ends with a table), and the
 * XML between <w:body> and the scratch's <w:sectPr> is lifted out. That XML uses only the w:
 * prefix, refers to no style, numbering or relationship, and so stands on its own.
 */
export async function copyBlockXml(block: CopyBlock, profile: FormatProfile, widthTwips: number): Promise<string> {
  const scratch = new Document({ sections: [{ children: copyBlockChildren(block, profile, widthTwips) }] });
  const zip = await JSZip.loadAsync(await packDocument(scratch));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const open = '<w:body>';
  const start = xml.indexOf(open);
  const end = xml.lastIndexOf('<w:sectPr');
  if (start < 0 || end < start) throw new Error('Không tách được khối bản sao từ tài liệu tạm');
  return xml.slice(start + open.length, end);
}

/** Adds `xmlns:w` to the fragment's top-level elements, for a file that does not bind w: itself. */
export function declareWordPrefix(fragment: string): string {
  return fragment.replace(/<w:(p|tbl)(?=[\s>])/g, `<w:$1 xmlns:w="${WORDML_MAIN}"`);
}
