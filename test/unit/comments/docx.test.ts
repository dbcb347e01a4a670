import { describe, expect, it } from 'vitest';
import type { Resolution } from '../../../electron/contract/model/resolution.ts';
import { mapInlineLists, stripComments } from '../../../electron/contract/model/commentAnchors.ts';
import { initialsOf, type ReviewThread } from '../../../electron/docx/comments.ts';
import { renderDocx } from '../../../electron/docx/pack.ts';
import { unzipDocx } from '../../support/docxXml.ts';
import { loadResolution, profileFor } from '../../support/fixtures.ts';
import { reviewFixture, reviewThreads } from './kit.ts';

const texts = (xml: string): string => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

/** The text between a comment's range start and end in document.xml. */
function rangeText(xml: string, n: number): string {
  const start = xml.indexOf(`<w:commentRangeStart w:id="${n}"/>`);
  const end = xml.indexOf(`<w:commentRangeEnd w:id="${n}"/>`);
  if (start < 0 || end < start) throw new Error(`Không thấy vùng ý kiến ${n}`);
  return texts(xml.slice(start, end));
}

async function parts(doc: Resolution, threads?: ReviewThread[]): Promise<Map<string, string>> {
  return unzipDocx(await renderDocx(doc, profileFor(doc), threads ? { comments: threads } : {}));
}

describe('the review copy (.docx with Word comments)', () => {
  it('writes every thread in word/comments.xml with its author, initials, date and text; replies are threaded', async () => {
    const p = await parts(reviewFixture(), reviewThreads);
    const comments = p.get('word/comments.xml') ?? '';
    const entries = [...comments.matchAll(/<w:comment ([^>]*)>([\s\S]*?)<\/w:comment>/g)].map((m) => ({
      id: /w:id="(\d+)"/.exec(m[1] ?? '')?.[1],
      author: /w:author="([^"]*)"/.exec(m[1] ?? '')?.[1],
      initials: /w:initials="([^"]*)"/.exec(m[1] ?? '')?.[1],
      date: /w:date="([^"]*)"/.exec(m[1] ?? '')?.[1],
      text: texts(m[2] ?? ''),
    }));
    // In reading order: A (and its reply), then B, then C whose text is gone. Dates in whole seconds, as Word writes them.
    expect(entries).toEqual([
      { id: '0', author: 'Nguyễn Văn An', initials: 'NVA', date: '2025-12-01T08:00:00Z', text: 'Nêu cụ thể bao nhiêu chỉ tiêu.' },
      { id: '1', author: 'Lê Văn Cường', initials: 'LVC', date: '2025-12-01T10:00:00Z', text: 'Đã bổ sung: 15/17 chỉ tiêu.' },
      {
        id: '2',
        author: 'Trần Thị Bình',
        initials: 'TTB',
        date: '2025-12-02T09:00:00Z',
        text: 'Số liệu cà phê cần đối chiếu với báo cáo của phòng Nông nghiệp.',
      },
      {
        id: '3',
        author: 'Nguyễn Văn An',
        initials: 'NVA',
        date: '2025-12-03T08:00:00Z',
        text: '(Đoạn được góp ý đã bị xóa: “đoạn đã xóa”)Đoạn này đâu rồi?',
      },
    ]);
    expect(p.get('word/commentsExtended.xml')).toMatch(/w15:paraIdParent="/);
    expect(p.get('word/_rels/document.xml.rels')).toContain('comments.xml');
    expect(p.get('[Content_Types].xml')).toContain('/word/comments.xml');
  });

  it('puts the ranges around the marked text in document.xml, with one reference per comment', async () => {
    const xml = (await parts(reviewFixture(), reviewThreads)).get('word/document.xml') ?? '';
    expect(rangeText(xml, 0)).toBe('nhiều chỉ tiêu đạt và vượt');
    expect(rangeText(xml, 1)).toBe('nhiều chỉ tiêu đạt và vượt');
    // B runs from one bullet into the next: the "+ " of the second bullet is inside the range.
    expect(rangeText(xml, 2)).toBe('cà phê tái canh đạt 120 ha;+ trong đó ghép cải tạo');
    expect(rangeText(xml, 3)).toBe('');
    for (const n of [0, 1, 2, 3]) {
      expect(xml.match(new RegExp(`<w:commentRangeStart w:id="${n}"/>`, 'g'))).toHaveLength(1);
      expect(xml.match(new RegExp(`<w:r><w:commentReference w:id="${n}"/></w:r>`, 'g'))).toHaveLength(1);
    }
  });

  it('prints exactly the ordinary export when no threads are given: anchors are ignored', async () => {
    const doc = reviewFixture();
    const marked = await parts(doc);
    const plain = await parts({
      ...doc,
      body: mapInlineLists(doc.body, (runs) => runs.map((r) => (r.type === 'text' ? { ...r, comments: undefined } : r))),
    });
    expect(marked.get('word/document.xml') === plain.get('word/document.xml')).toBe(true);
    expect(marked.has('word/comments.xml')).toBe(false);
    // Threads given but none open: no comment part either.
    expect((await parts(doc, [])).get('word/document.xml') === plain.get('word/document.xml')).toBe(true);
    expect(stripComments(doc.body)).toEqual(stripComments(loadResolution('sample-minimal').body));
  });

  it('makes initials from a Vietnamese name', () => {
    expect(initialsOf('  đỗ   thị  hà ')).toBe('ĐTH');
    expect(initialsOf('')).toBe('');
  });
});
