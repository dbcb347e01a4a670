import { failWith, readOk, type ReadResult } from '../result.ts';
import type { SourceDocument, SourcePara } from '../source.ts';
import { lostSpacesNote, restoreLostSpaces } from '../text/lostSpaces.ts';
import { isPageNumber, linesOfPage, paragraphsOfPage, type PdfItem } from './lines.ts';

/**
 * A PDF's text layer (what an e-office system's signed PDF carries) as source paragraphs (printed
 * lines joined where a paragraph wraps), read with pdf.js (the legacy build, which runs in Node without a browser).
 * A PDF without text (a scan) is refused with a message saying so; a password is refused too.
 */

/** At most this many pages are read (a resolution has a few; a 60-page plan is the long case). */
const MAX_PAGES = 400;
/** Fewer letters than this in the whole file: no text layer. */
const MIN_LETTERS = 40;

type TextItem = { str?: string; transform?: number[]; width?: number; height?: number; fontName?: string };
type PdfPage = { getTextContent(): Promise<{ items: TextItem[] }>; cleanup(): void };
type PdfDoc = { numPages: number; getPage(n: number): Promise<PdfPage>; cleanup(): Promise<void> };
type PdfJs = {
  getDocument(src: object): { promise: Promise<PdfDoc>; destroy(): Promise<void> };
};

let loaded: Promise<PdfJs> | null = null;

/** pdf.js with its worker code loaded in this thread (no worker file, no browser). */
function pdfjs(): Promise<PdfJs> {
  loaded ??= (async () => {
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
  })();
  return loaded;
}

/** What pdf.js found wrong, in Vietnamese (its own words are English, for programmers). */
function pdfTrouble(err: unknown): string {
  const name = err instanceof Error ? err.name : '';
  const message = err instanceof Error ? err.message : String(err);
  if (name === 'InvalidPDFException' || /Invalid PDF structure/i.test(message)) {
    return 'cấu trúc tệp PDF không hợp lệ (tệp hỏng, hoặc tải về, chép sang chưa hết)';
  }
  if (name === 'MissingPDFException' || /empty|zero/i.test(message)) return 'tệp PDF rỗng';
  return 'một phần nội dung của tệp PDF bị hỏng, bộ đọc PDF không hiểu được';
}

/** How many pages are read ahead of the one being laid out. */
const AHEAD = 4;

async function textOf(doc: PdfDoc, n: number): Promise<{ items: TextItem[] }> {
  const page = await doc.getPage(n);
  const content = await page.getTextContent();
  page.cleanup();
  return content;
}

function itemOf(t: TextItem): PdfItem | null {
  const m = t.transform;
  if (typeof t.str !== 'string' || !m || m.length < 6) return null;
  const size = Math.hypot(m[2] ?? 0, m[3] ?? 0) || t.height || 10;
  return { str: t.str, x: m[4] ?? 0, y: m[5] ?? 0, width: t.width ?? 0, size, ...(t.fontName ? { font: t.fontName } : {}) };
}

export async function readPdf(bytes: Uint8Array): Promise<ReadResult<SourceDocument>> {
  const lib = await pdfjs();
  // pdf.js takes the buffer over: give it a copy.
  const task = lib.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let doc: PdfDoc;
  try {
    doc = await task.promise;
  } catch (err) {
    const name = err instanceof Error ? err.name : '';
    if (name === 'PasswordException') return failWith('ENCRYPTED', ['tệp PDF có mật khẩu']);
    return failWith('CORRUPT_PDF', [pdfTrouble(err)]);
  }
  try {
    const blocks: SourcePara[] = [];
    const notes: string[] = [];
    const pages = Math.min(doc.numPages, MAX_PAGES);
    if (doc.numPages > MAX_PAGES) notes.push(`Tệp PDF có ${doc.numPages} trang: chỉ đọc ${MAX_PAGES} trang đầu.`);
    let letters = 0;
    let restored = 0;
    // A few pages asked for ahead: pdf.js inflates large streams off this thread, and the page
    // read meanwhile is laid out here instead of waiting.
    const asked = new Map<number, Promise<{ items: TextItem[] }>>();
    const ask = (n: number): void => {
      if (n > pages || asked.has(n)) return;
      const text = textOf(doc, n);
      // A damaged page fails when its turn comes (below), not as an unhandled rejection now.
      text.catch(() => undefined);
      asked.set(n, text);
    };
    for (let n = 1; n <= AHEAD; n++) ask(n);
    for (let n = 1; n <= pages; n++) {
      ask(n + AHEAD);
      const content = await (asked.get(n) ?? textOf(doc, n));
      asked.delete(n);
      const printed = linesOfPage(content.items.map(itemOf).filter((x): x is PdfItem => x !== null));
      const lines = paragraphsOfPage(printed.filter((line, i) => !(n > 1 && isPageNumber(line, i, printed.length))));
      lines.forEach((line, i) => {
        // Counted only up to what tells a text layer from none.
        if (letters < MIN_LETTERS) letters += line.text.replace(/[^\p{L}]/gu, '').length;
        const fixed = restoreLostSpaces(line.text.normalize('NFC'));
        restored += fixed.restored;
        const text = fixed.text;
        blocks.push({
          kind: 'para',
          index: blocks.length + 1,
          runs: [{ text, bold: false, italic: false, underline: false }],
          text,
          label: null,
          listLevel: null,
          bullet: false,
          format: null,
          gapBefore: line.gapBefore,
          pageBreakBefore: n > 1 && i === 0,
          cell: null,
        });
      });
    }
    if (letters < MIN_LETTERS) return failWith('NO_TEXT_LAYER');
    if (restored > 0) notes.push(lostSpacesNote(restored));
    return readOk({ format: 'pdf', blocks, pages: [], plain: true, notes });
  } catch (err) {
    // A page that pdf.js cannot parse: the file is damaged (not a bug of ours).
    return failWith('CORRUPT_PDF', [pdfTrouble(err)]);
  } finally {
    await task.destroy();
  }
}
