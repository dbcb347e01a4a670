/* eslint-disable no-control-regex -- the point of this file is to find control characters */
/**
 * Text as the model keeps it, whatever came in (the API, JSON files, the importer, a paste from
 * Word): characters XML 1.0 cannot carry are taken out at the boundary, so every file the app
 * writes stays well-formed. U+000B (Word's Shift+Enter on the clipboard) and U+000C (a page or
 * column break) become a line break, which the writer prints as one; tab, newline and carriage
 * return stay; other C0 controls (NUL, BEL, ESC …), U+FFFE/U+FFFF and lone surrogates go.
 */

const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const HAS_NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

/** One string cleaned (U+000B/U+000C → "\n", the rest of what XML cannot hold removed). */
export function cleanText(text: string): string {
  if (!HAS_NOT_XML.test(text)) return text;
  return text.replace(NOT_XML, (c) => (c === '\u000B' || c === '\u000C' ? '\n' : ''));
}

/** Text for an XML part where no line break is meant (a title, an attribute): every such character removed. */
export function xmlText(text: string): string {
  return HAS_NOT_XML.test(text) ? text.replace(NOT_XML, (c) => (c === '\u000B' || c === '\u000C' ? ' ' : '')) : text;
}

/** Every string in a JSON-like value cleaned with `cleanText` (keys too); the value itself when nothing changes. */
export function cleanStrings<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (value === null || typeof value !== 'object' || depth > 200) return value;
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const clean = cleanStrings(item, depth + 1);
      if (clean !== item) (out ??= value.slice())[i] = clean;
    }
    return (out ?? value) as T;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return value;
  let changed = false;
  const entries = Object.entries(value).map(([key, item]): [string, unknown] => {
    const clean = cleanStrings(item, depth + 1);
    const cleanKey = cleanText(key);
    if (clean !== item || cleanKey !== key) changed = true;
    return [cleanKey, clean];
  });
  return changed ? (Object.fromEntries(entries) as T) : value;
}
