/**
 * Namespace scopes of the XML parser. Elements and attributes of the namespaces a .docx reader
 * needs get one canonical prefix whatever the file chose (transitional and strict OOXML alike).
 */

const known: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'pr',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'ct',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
};

/** Prefix -> canonical prefix in force at an element ('' is the default namespace). */
export type Scope = { readonly map: ReadonlyMap<string, string> };

export function scopeWith(parent: Scope | null, declares: Record<string, string>): Scope {
  const map = new Map(parent?.map ?? []);
  for (const [prefix, uri] of Object.entries(declares)) map.set(prefix, known[uri] ?? (prefix || ''));
  return { map };
}

/**
 * "ns0:p" -> "w:p" when ns0 is the WordprocessingML namespace; an unknown prefix stays as
 * written. Unprefixed attributes are in no namespace; unprefixed elements take the default one.
 */
export function canonicalPrefix(scope: Scope, qname: string, element: boolean): string {
  const colon = qname.indexOf(':');
  if (colon < 0) {
    if (!element) return qname;
    const def = scope.map.get('');
    return def ? `${def}:${qname}` : qname;
  }
  const prefix = qname.slice(0, colon);
  if (prefix === 'xml') return qname;
  const canonical = scope.map.get(prefix);
  return canonical === undefined || canonical === prefix ? qname : `${canonical}${qname.slice(colon)}`;
}
