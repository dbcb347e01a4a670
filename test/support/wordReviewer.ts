import JSZip from 'jszip';

/**
 * Edits a .docx the way Word records a reviewer's work with Track Changes on: insertions in
 * w:ins, deletions in w:del (w:delText), moves in w:moveFrom / w:moveTo, formatting changes with
 * w:rPrChange, comments as w:commentRangeStart / End + w:commentReference with the text in
 * word/comments.xml (and replies threaded in word/commentsExtended.xml). The XML is written in
 * Word's shape, run by run, so the reader is tested on what Word really writes.
 */

export type Reviewer = { author: string; date: string };

const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"';
const W15 = 'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attrs = (r: Reviewer, id: number): string => `w:id="${id}" w:author="${esc(r.author)}" w:date="${r.date}"`;

export const wordXml = {
  run: (rPr: string, text: string): string => (text ? `<w:r>${rPr}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>` : ''),
  ins: (r: Reviewer, id: number, rPr: string, text: string): string =>
    `<w:ins ${attrs(r, id)}><w:r>${rPr}<w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:ins>`,
  del: (r: Reviewer, id: number, rPr: string, text: string): string =>
    `<w:del ${attrs(r, id)}><w:r>${rPr}<w:delText xml:space="preserve">${esc(text)}</w:delText></w:r></w:del>`,
  moveFrom: (r: Reviewer, id: number, rPr: string, text: string): string =>
    `<w:moveFrom ${attrs(r, id)}><w:r>${rPr}<w:delText xml:space="preserve">${esc(text)}</w:delText></w:r></w:moveFrom>`,
  moveTo: (r: Reviewer, id: number, rPr: string, text: string): string =>
    `<w:moveTo ${attrs(r, id)}><w:r>${rPr}<w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:moveTo>`,
  /** The run now bold, its old formatting kept in w:rPrChange. */
  bolded: (r: Reviewer, id: number, rPr: string, text: string): string => {
    const inner = rPr.replace(/^<w:rPr>|<\/w:rPr>$/g, '');
    return `<w:r><w:rPr><w:b/>${inner}<w:rPrChange ${attrs(r, id)}><w:rPr>${inner}</w:rPr></w:rPrChange></w:rPr><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
  },
  commentStart: (id: number): string => `<w:commentRangeStart w:id="${id}"/>`,
  commentEnd: (id: number): string => `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`,
};

/**
 * Rewrites the first run whose text contains `find`: `make(rPr, before, match, after)` returns
 * the XML that replaces the run (the run's own w:rPr given back for the pieces).
 */
export function editRun(
  documentXml: string,
  find: string,
  make: (rPr: string, before: string, match: string, after: string) => string,
  options: { wholeRun?: boolean } = {},
): string {
  const runs = /<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:t(?: [^>]*)?>([^<]*)<\/w:t><\/w:r>/g;
  for (const m of documentXml.matchAll(runs)) {
    const text = (m[2] ?? '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    const at = text.indexOf(find);
    if (at === -1 || (options.wholeRun === true && text !== find)) continue;
    const xml = make(m[1] ?? '', text.slice(0, at), find, text.slice(at + find.length));
    return documentXml.slice(0, m.index) + xml + documentXml.slice((m.index ?? 0) + m[0].length);
  }
  throw new Error(`Không thấy "${find}" trong một lượt chữ của tệp`);
}

/** A paragraph added after the paragraph holding `after`: its runs and its mark inserted. */
export function insertParagraphAfter(documentXml: string, after: string, r: Reviewer, id: number, text: string): string {
  const at = documentXml.indexOf(after);
  if (at === -1) throw new Error(`Không thấy "${after}"`);
  const end = documentXml.indexOf('</w:p>', at) + '</w:p>'.length;
  const p = `<w:p><w:pPr><w:rPr><w:ins ${attrs(r, id)}/></w:rPr></w:pPr>${wordXml.ins(r, id + 1, '', text)}</w:p>`;
  return documentXml.slice(0, end) + p + documentXml.slice(end);
}

export type WordComment = { id: number; reviewer: Reviewer; text: string; paraId: string; parentParaId?: string };

/** Adds word/comments.xml (and commentsExtended.xml for replies) with their relationships and content types. */
export async function addComments(zip: JSZip, comments: readonly WordComment[]): Promise<void> {
  const body = comments
    .map(
      (c) =>
        `<w:comment w:id="${c.id}" w:author="${esc(c.reviewer.author)}" w:date="${c.reviewer.date}" w:initials="TVB"><w:p w14:paraId="${c.paraId}"><w:r><w:annotationRef/></w:r><w:r><w:t xml:space="preserve">${esc(c.text)}</w:t></w:r></w:p></w:comment>`,
    )
    .join('');
  zip.file('word/comments.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ${W_NS} ${W14}>${body}</w:comments>`);
  const ex = comments
    .map((c) => `<w15:commentEx w15:paraId="${c.paraId}"${c.parentParaId ? ` w15:paraIdParent="${c.parentParaId}"` : ''} w15:done="0"/>`)
    .join('');
  zip.file(
    'word/commentsExtended.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:commentsEx ${W15}>${ex}</w15:commentsEx>`,
  );
  const relsName = 'word/_rels/document.xml.rels';
  let rels = (await zip.file(relsName)?.async('string')) ?? '';
  rels = rels.replace(
    '</Relationships>',
    '<Relationship Id="rIdRv1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/><Relationship Id="rIdRv2" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" Target="commentsExtended.xml"/></Relationships>',
  );
  zip.file(relsName, rels);
  let types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  types = types.replace(
    '</Types>',
    '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/><Override PartName="/word/commentsExtended.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"/></Types>',
  );
  zip.file('[Content_Types].xml', types);
}

/** Opens a .docx, lets `edit` change document.xml and the package, and gives the new bytes. */
export async function reviseDocx(
  bytes: Uint8Array,
  edit: (documentXml: string, zip: JSZip) => Promise<string> | string,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  zip.file('word/document.xml', await edit(xml, zip));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
