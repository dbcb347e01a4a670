import type { Document } from 'docx';
import { bodyWithTinyEnds } from './body.ts';
import { wholeSecondDates } from './dates.ts';
import { separatorIds, separatorsWithoutReference, settingsWithSeparators } from './notes.ts';
import { documentParts, type ExtraPart } from './parts.ts';
import { stylesWithDefinedBases } from './styles.ts';
import { zipParts } from './zip.ts';

export type { ExtraPart } from './parts.ts';

/**
 * What Microsoft Word would repair or lay out differently in a package the `docx` package makes,
 * put right after it makes the parts, where it gives no hook (see each module). Takes the XML
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
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A `docx` tree as Word-safe .docx bytes: its parts made, the ones above fixed, all zipped with native DEFLATE. */
export async function wordSafeDocx(document: Document, extra: readonly ExtraPart[] = []): Promise<Uint8Array> {
  const parts = await documentParts(document, extra);
  const text = (data: string | Uint8Array): string => (typeof data === 'string' ? data : decoder.decode(data));
  const xml = new Map(FIXED.flatMap((p) => (parts.has(p) ? [[p, text(parts.get(p) ?? '')] as const] : [])));
  const fixed = wordSafeParts(xml);
  return zipParts(
    [...parts].map(([path, data]) => {
      const out = fixed.get(path) ?? data;
      return [path, typeof out === 'string' ? encoder.encode(out) : out] as const;
    }),
  );
}
