/**
 * Styles based on a style that is defined. The `docx` package bases its character styles
 * (Hyperlink, FootnoteReference …) on DefaultParagraphFont without defining it; Word defines it in
 * every document, so it is added with Word's own definition. A base that is missing otherwise is
 * dropped (the style then stands on the document defaults, as Word reads it anyway).
 */

const DEFAULT_PARAGRAPH_FONT =
  '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>' +
  '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>';

/** styles.xml where every w:basedOn names a style of the part. */
export function stylesWithDefinedBases(xml: string): string {
  const defined = new Set([...xml.matchAll(/<w:style\b[^>]*\bw:styleId="([^"]+)"/g)].map((m) => m[1]));
  const missing = new Set([...xml.matchAll(/<w:basedOn w:val="([^"]+)"\/>/g)].map((m) => m[1] ?? '').filter((id) => !defined.has(id)));
  if (missing.size === 0) return xml;
  let out = xml;
  if (missing.delete('DefaultParagraphFont')) {
    const first = out.search(/<w:style\b[^>]*w:type="character"/);
    const at = first >= 0 ? first : out.lastIndexOf('</w:styles>');
    out = out.slice(0, at) + DEFAULT_PARAGRAPH_FONT + out.slice(at);
  }
  for (const id of missing) out = out.split(`<w:basedOn w:val="${id}"/>`).join('');
  return out;
}
