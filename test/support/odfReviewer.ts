/**
 * Edits a document as LibreOffice Writer records a reviewer's work with "Ghi lại thay đổi" on, in
 * its own flat format (.fodt): each change a text:changed-region in text:tracked-changes (the
 * deleted text kept there, a text:change mark where it was; an insertion between
 * text:change-start / text:change-end), each comment an office:annotation … office:annotation-end
 * around its text. LibreOffice then writes the .docx itself (w:ins / w:del, comments), so the
 * reader is tested on a file LibreOffice made, not on Word's shape.
 */

export type OdfReviewer = { author: string; date: string };

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const info = (r: OdfReviewer): string =>
  `<office:change-info><dc:creator>${esc(r.author)}</dc:creator><dc:date>${r.date.replace(/Z$/, '')}</dc:date></office:change-info>`;

export type OdfEdit =
  | { kind: 'replace'; find: string; remove: string; insert: string; reviewer: OdfReviewer }
  | { kind: 'comment'; find: string; on: string; text: string; reviewer: OdfReviewer };

/** The .fodt text with the edits applied as LibreOffice records them. */
export function reviseFodt(fodt: string, edits: readonly OdfEdit[]): string {
  let out = fodt;
  const regions: string[] = [];
  edits.forEach((e, i) => {
    const at = out.indexOf(esc(e.find));
    if (at === -1) throw new Error(`Không thấy "${e.find}" trong tệp .fodt`);
    const found = esc(e.find);
    const inner = found.indexOf(esc(e.kind === 'replace' ? e.remove : e.on));
    if (inner === -1) throw new Error(`"${e.kind === 'replace' ? e.remove : e.on}" không nằm trong "${e.find}"`);
    const before = found.slice(0, inner);
    let replaced: string;
    if (e.kind === 'replace') {
      const del = `ct${i}d`;
      const ins = `ct${i}i`;
      regions.push(
        `<text:changed-region xml:id="${del}" text:id="${del}"><text:deletion>${info(e.reviewer)}<text:p>${esc(e.remove)}</text:p></text:deletion></text:changed-region>`,
        `<text:changed-region xml:id="${ins}" text:id="${ins}"><text:insertion>${info(e.reviewer)}</text:insertion></text:changed-region>`,
      );
      const after = found.slice(inner + esc(e.remove).length);
      replaced = `${before}<text:change text:change-id="${del}"/><text:change-start text:change-id="${ins}"/>${esc(e.insert)}<text:change-end text:change-id="${ins}"/>${after}`;
    } else {
      const name = `__Annotation__${i}`;
      const after = found.slice(inner + esc(e.on).length);
      replaced = `${before}<office:annotation office:name="${name}"><dc:creator>${esc(e.reviewer.author)}</dc:creator><dc:date>${e.reviewer.date.replace(/Z$/, '')}</dc:date><text:p>${esc(e.text)}</text:p></office:annotation>${esc(e.on)}<office:annotation-end office:name="${name}"/>${after}`;
    }
    out = out.slice(0, at) + replaced + out.slice(at + found.length);
  });
  if (regions.length === 0) return out;
  return out.replace(
    /<office:text([^>]*)>/,
    (open) => `${open}<text:tracked-changes text:track-changes="true">${regions.join('')}</text:tracked-changes>`,
  );
}
