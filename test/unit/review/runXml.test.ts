import { describe, expect, it } from 'vitest';
import { paragraphSpans, paragraphText, withCommentRange } from '../../../electron/services/review/runXml.ts';

/** Comment ranges written into a paragraph the app made, as Word writes them. */
const rPr = '<w:rPr><w:b/></w:rPr>';
const run = (text: string) => `<w:r>${rPr}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const p = `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${run('- Thu ngân sách: ')}${run('85,5 tỷ đồng;')}</w:p>`;
const marks = (xml: string) => xml.replace(/<w:r>(?:(?!<\/w:r>).)*?<w:t[^>]*>([^<]*)<\/w:t><\/w:r>/g, '[$1]');

describe('comment ranges in a paragraph the app wrote', () => {
  it('splits a run where the range starts and ends, keeping its formatting', () => {
    const out = withCommentRange(p, 17, 21, [3]);
    expect(paragraphText(out)).toBe(paragraphText(p));
    expect(marks(out)).toBe(
      '<w:p><w:pPr><w:jc w:val="center"/></w:pPr>[- Thu ngân sách: ]<w:commentRangeStart w:id="3"/>[85,5]<w:commentRangeEnd w:id="3"/><w:r><w:commentReference w:id="3"/></w:r>[ tỷ đồng;]</w:p>',
    );
    expect(out.match(/<w:rPr><w:b\/><\/w:rPr>/g)).toHaveLength(3);
  });

  it('covers whole runs, a thread with its replies, and a point at the end', () => {
    expect(marks(withCommentRange(p, 0, 30, [0, 1]))).toContain(
      '</w:pPr><w:commentRangeStart w:id="0"/><w:commentRangeStart w:id="1"/>[- Thu',
    );
    expect(marks(withCommentRange(p, 30, 30, [5]))).toMatch(
      /\[85,5 tỷ đồng;\]<w:commentRangeStart w:id="5"\/><w:commentRangeEnd w:id="5"\/>.*<\/w:p>$/,
    );
  });

  it('finds the paragraphs of a document in reading order, empty ones included', () => {
    const xml = `<w:body>${p}<w:p/><w:tbl><w:tr><w:tc><w:p><w:pPr/>${run('a &amp; b')}</w:p></w:tc></w:tr></w:tbl></w:body>`;
    expect(paragraphSpans(xml).map(([a, b]) => paragraphText(xml.slice(a, b)))).toEqual(['- Thu ngân sách: 85,5 tỷ đồng;', '', 'a & b']);
  });
});
