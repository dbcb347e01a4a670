/**
 * Footnote and endnote separators the way Word writes them. The `docx` package puts a
 * footnote-reference run (`w:footnoteRef` / `w:endnoteRef`) into the separator and
 * continuation-separator notes, a pattern reported to make Word offer a repair; Word's own
 * separators hold only `w:separator` / `w:continuationSeparator`.
 */

const SEPARATOR_NOTE = /<w:(footnote|endnote) w:type="(?:separator|continuationSeparator|continuationNotice)"[^>]*>[\s\S]*?<\/w:\1>/g;
const REFERENCE_RUN = /<w:r>(?:<w:rPr>(?:(?!<\/w:rPr>)[\s\S])*<\/w:rPr>)?<w:(?:footnoteRef|endnoteRef)\/><\/w:r>/g;

/** footnotes.xml / endnotes.xml with the reference runs taken out of the separator notes. */
export function separatorsWithoutReference(xml: string): string {
  return xml.replace(SEPARATOR_NOTE, (note) => note.replace(REFERENCE_RUN, ''));
}

/** Ids of the separator notes of footnotes.xml / endnotes.xml, in the order written. */
export function separatorIds(xml: string): string[] {
  return [...xml.matchAll(/<w:(?:footnote|endnote) w:type="(?:separator|continuationSeparator|continuationNotice)" w:id="(-?\d+)"/g)].map(
    (m) => m[1] ?? '',
  );
}

/** Elements that follow w:footnotePr / w:endnotePr in CT_Settings (ECMA-376 §17.15.1.78). */
const AFTER_NOTE_PROPERTIES = [
  '<w:compat>',
  '<w:compat/>',
  '<w:docVars',
  '<w:rsids',
  '<m:mathPr',
  '<w:attachedSchema',
  '<w:themeFontLang',
  '<w:clrSchemeMapping',
  '<w:doNotIncludeSubdocsInStats',
  '<w:doNotAutoCompressPictures',
  '<w:forceUpgrade',
  '<w:captions',
  '<w:readModeInkLockDown',
  '<w:smartTagType',
  '<sl:schemaLibrary',
  '<w:shapeDefaults',
  '<w:doNotEmbedSmartTags',
  '<w:decimalSymbol',
  '<w:listSeparator',
  '</w:settings>',
];

/**
 * settings.xml listing the separator notes (`w:footnotePr` / `w:endnotePr` with one `w:footnote` /
 * `w:endnote` per separator id), as Word writes it. A settings part that already has them is kept.
 */
export function settingsWithSeparators(xml: string, footnoteIds: readonly string[], endnoteIds: readonly string[]): string {
  const list = (kind: 'footnote' | 'endnote', ids: readonly string[]): string =>
    ids.length === 0 || xml.includes(`<w:${kind}Pr`)
      ? ''
      : `<w:${kind}Pr>${ids.map((id) => `<w:${kind} w:id="${id}"/>`).join('')}</w:${kind}Pr>`;
  const insert = list('footnote', footnoteIds) + list('endnote', endnoteIds);
  if (insert === '') return xml;
  const at = Math.min(...AFTER_NOTE_PROPERTIES.map((tag) => xml.indexOf(tag)).filter((i) => i >= 0));
  return Number.isFinite(at) ? xml.slice(0, at) + insert + xml.slice(at) : xml;
}
