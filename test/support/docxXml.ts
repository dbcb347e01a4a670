import JSZip from 'jszip';

/** The text parts of a .docx (every .xml and .rels file), by path. */
export async function unzipDocx(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) {
    const file = zip.file(name);
    if (file && /\.(xml|rels)$/.test(name)) parts.set(name, await file.async('string'));
  }
  return parts;
}

/**
 * A small deterministic XML pretty printer for golden files: one element per line, indented two
 * spaces; an element holding only text stays on one line with its text untouched (spaces
 * matter in w:t). Attributes keep their order. Throws when tags do not balance.
 */
export function prettyXml(xml: string): string {
  const tokens = xml.match(/<[^>]+>|[^<]+/g) ?? [];
  const lines: string[] = [];
  const open: string[] = [];
  const pad = (): string => '  '.repeat(open.length);
  const nameOf = (tag: string): string => /^<\/?([^\s/>]+)/.exec(tag)?.[1] ?? '';
  const isOpen = (t: string | undefined): boolean =>
    t !== undefined && t.startsWith('<') && !t.startsWith('</') && !t.startsWith('<?') && !t.endsWith('/>');
  const isClose = (t: string | undefined): boolean => t !== undefined && t.startsWith('</');
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const next = tokens[i + 1];
    const after = tokens[i + 2];
    if (token.startsWith('<?') || token.endsWith('/>')) {
      lines.push(pad() + token);
    } else if (isClose(token)) {
      const name = open.pop();
      if (name !== nameOf(token)) throw new Error(`XML không cân: </${nameOf(token)}> đóng <${name ?? ''}>`);
      lines.push(pad() + token);
    } else if (isOpen(token)) {
      if (isClose(next) && nameOf(next ?? '') === nameOf(token)) {
        lines.push(pad() + token + (next ?? ''));
        i += 1;
      } else if (next !== undefined && !next.startsWith('<') && isClose(after) && nameOf(after ?? '') === nameOf(token)) {
        lines.push(pad() + token + next + (after ?? ''));
        i += 2;
      } else {
        lines.push(pad() + token);
        open.push(nameOf(token));
      }
    } else if (token.trim() !== '') {
      lines.push(pad() + token);
    }
  }
  if (open.length > 0) throw new Error(`XML không cân: <${open.join('>, <')}> chưa đóng`);
  return `${lines.join('\n')}\n`;
}
