/**
 * Finds, in the raw text of a well-formed word/document.xml (already checked by the safe parser),
 * where the copy block goes: just before the body's own final <w:sectPr> (so that the last
 * section keeps its page setup, headers and numbering), or before </w:body> when the body has
 * none. Works on the text itself so that everything before that point stays byte for byte.
 */

export const WORDML_MAIN = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const WORDML_STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main';

export type BodyPlace = {
  /** Offset where the block is inserted. */
  insertAt: number;
  /** Whether the body ends with its own sectPr (the block then goes right before it). */
  beforeSectPr: boolean;
};

type Tag = { kind: 'open' | 'close' | 'empty'; name: string; start: number; end: number };

/** The next tag at or after `from` (comments, CDATA and processing instructions skipped); null at the end. */
function nextTag(xml: string, from: number): Tag | null {
  let i = xml.indexOf('<', from);
  while (i >= 0) {
    if (xml.startsWith('<!--', i)) {
      const close = xml.indexOf('-->', i + 4);
      if (close < 0) return null;
      i = xml.indexOf('<', close + 3);
    } else if (xml.startsWith('<![CDATA[', i)) {
      const close = xml.indexOf(']]>', i + 9);
      if (close < 0) return null;
      i = xml.indexOf('<', close + 3);
    } else if (xml.startsWith('<?', i)) {
      const close = xml.indexOf('?>', i + 2);
      if (close < 0) return null;
      i = xml.indexOf('<', close + 2);
    } else {
      const closing = xml.charCodeAt(i + 1) === 47; /* / */
      const nameStart = closing ? i + 2 : i + 1;
      const name = /^[^\s/>]+/.exec(xml.slice(nameStart, nameStart + 200))?.[0] ?? '';
      let j = nameStart + name.length;
      let quote = '';
      for (; j < xml.length; j++) {
        const c = xml[j];
        if (quote) {
          if (c === quote) quote = '';
        } else if (c === '"' || c === "'") {
          quote = c;
        } else if (c === '>') {
          break;
        }
      }
      if (j >= xml.length) return null;
      const kind = closing ? 'close' : xml.charCodeAt(j - 1) === 47 ? 'empty' : 'open';
      return { kind, name, start: i, end: j + 1 };
    }
  }
  return null;
}

/** Namespace declarations of the root element: prefix ('' for the default) -> URI. */
export function rootNamespaces(xml: string): Map<string, string> {
  const root = (() => {
    for (let t = nextTag(xml, 0); t; t = nextTag(xml, t.end)) if (t.kind !== 'close') return t;
    return null;
  })();
  const out = new Map<string, string>();
  if (!root) return out;
  const head = xml.slice(root.start, root.end);
  for (const m of head.matchAll(/\sxmlns(?::([\w.-]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set(m[1] ?? '', m[2] ?? m[3] ?? '');
  return out;
}

/** The prefix the root binds to WordprocessingML ('' when it is the default namespace); null when none. */
export function wordPrefix(namespaces: ReadonlyMap<string, string>): string | null {
  for (const [prefix, uri] of namespaces) if (uri === WORDML_MAIN) return prefix;
  return null;
}

/** Where the block goes in the body; null when the XML has no body where WordprocessingML puts it. */
export function findBodyPlace(xml: string, prefix: string): BodyPlace | null {
  const q = (local: string): string => (prefix ? `${prefix}:${local}` : local);
  const body = q('body');
  let depth = 0;
  let bodyDepth = -1;
  let lastChild: Tag | null = null;
  for (let t = nextTag(xml, 0); t; t = nextTag(xml, t.end)) {
    if (t.kind === 'close') {
      depth -= 1;
      if (bodyDepth >= 0 && depth === bodyDepth && t.name === body) {
        const beforeSectPr = lastChild !== null && lastChild.name === q('sectPr');
        return { insertAt: beforeSectPr && lastChild ? lastChild.start : t.start, beforeSectPr };
      }
      continue;
    }
    if (bodyDepth >= 0 && depth === bodyDepth + 1) lastChild = t;
    if (t.kind === 'open') {
      if (bodyDepth < 0 && depth === 1 && t.name === body) bodyDepth = depth;
      depth += 1;
    }
  }
  return null;
}
