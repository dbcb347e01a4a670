import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { bodyWithTinyEnds } from './body.ts';
import { wholeSecondDates } from './dates.ts';
import { separatorIds, separatorsWithoutReference, settingsWithSeparators } from './notes.ts';
import { stylesWithDefinedBases } from './styles.ts';

export { TINY_PARAGRAPH } from './body.ts';

/**
 * What Microsoft Word would repair or lay out differently in a package the `docx` package wrote,
 * put right after packing, where that package gives no hook (see each module). Takes the XML
 * parts by path and returns them changed; parts not named are kept as they are.
 */
export function wordSafeParts(parts: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map(parts);
  const change = (path: string, fix: (xml: string) => string): void => {
    const xml = out.get(path);
    if (xml !== undefined) out.set(path, fix(xml));
  };
  change('word/footnotes.xml', separatorsWithoutReference);
  change('word/endnotes.xml', separatorsWithoutReference);
  const footnotes = separatorIds(out.get('word/footnotes.xml') ?? '');
  const endnotes = separatorIds(out.get('word/endnotes.xml') ?? '');
  change('word/settings.xml', (xml) => settingsWithSeparators(xml, footnotes, endnotes));
  change('word/styles.xml', stylesWithDefinedBases);
  change('word/document.xml', (xml) => wholeSecondDates(bodyWithTinyEnds(xml)));
  for (const path of ['word/comments.xml', 'word/footnotes.xml', 'word/endnotes.xml']) change(path, wholeSecondDates);
  return out;
}

const FIXED = ['word/document.xml', 'word/styles.xml', 'word/settings.xml', 'word/footnotes.xml', 'word/endnotes.xml', 'word/comments.xml'];

/** A .docx the `docx` package packed, made Word-safe: the parts above rewritten, every other entry carried over byte for byte. */
export function wordSafeDocx(bytes: Uint8Array): Uint8Array {
  const entries = unzipSync(bytes);
  const xml = new Map(FIXED.filter((p) => entries[p] !== undefined).map((p) => [p, strFromU8(entries[p] as Uint8Array)]));
  const fixed = wordSafeParts(xml);
  const zippable: Zippable = {};
  for (const [path, data] of Object.entries(entries)) {
    const changed = fixed.get(path);
    zippable[path] = changed === undefined || changed === xml.get(path) ? data : strToU8(changed);
  }
  return zipSync(zippable);
}
