import type { FormatProfileInput } from '../profile.ts';

/**
 * Hướng dẫn 36-HD/VPTW (03/4/2018). Values and their confidence are in
 * ../shared/spec/party-document-format.md (quick reference table). Where the guidance gives a
 * range (tên loại 15–16, body 14–15) the lower value is used; the line spacing "exactly, ≥ 18 pt"
 * is 18 pt.
 */
export const hd36_2018: FormatProfileInput = {
  id: 'hd36-2018',
  name: 'Hướng dẫn 36-HD/VPTW (2018)',
  source: 'Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng',
  fontFamily: 'Times New Roman',
  page: { widthMm: 210, heightMm: 297, margins: { top: 20, bottom: 20, left: 30, right: 15 }, headerMm: 10 },
  pageNumber: { style: { sizePt: 14 }, showOnFirstPage: false, appendix: 'continue' },
  header: {
    columns: [45, 55],
    partyTitle: { text: 'ĐẢNG CỘNG SẢN VIỆT NAM', style: { sizePt: 15, bold: true, caps: true }, rulePt: 0.75 },
    superiorBody: { sizePt: 14, caps: true },
    issuingBody: { sizePt: 14, bold: true, caps: true },
    asterisk: { sizePt: 14 },
    number: { sizePt: 14 },
    placeDate: { sizePt: 14, italic: true },
  },
  numbering: { prefix: 'Số', leadingZeroBelow: 10, blankSeq: '    ' },
  marks: {
    draft: { sizePt: 14, italic: true },
    secrecy: { sizePt: 14, bold: true, caps: true },
    urgency: { sizePt: 14, bold: true, caps: true },
    circulation: { sizePt: 12, bold: true, caps: true },
    productionNote: { sizePt: 8, caps: true },
  },
  title: {
    documentType: { sizePt: 15, bold: true, caps: true },
    conference: { sizePt: 14, bold: true, caps: true },
    summary: { sizePt: 14, bold: true },
    separator: '-----',
    decisionLine: { sizePt: 14, bold: true, caps: true },
    spaceBeforePt: 12,
  },
  body: {
    style: { sizePt: 14 },
    align: 'justify',
    firstLineIndentMm: 10,
    spaceBeforePt: 0,
    spaceAfterPt: 6,
    lineExactPt: 18,
  },
  headings: {
    partLabel: { sizePt: 14, bold: true },
    partTitle: { sizePt: 14, bold: true, caps: true },
    section: { sizePt: 14, bold: true },
    item: { sizePt: 14, bold: true },
    subitem: { sizePt: 14, bold: true, italic: true },
    subsubitem: { sizePt: 14, italic: true },
    sectionForm: 'I.',
  },
  footnote: { sizePt: 12 },
  table: { style: { sizePt: 13 }, headerBold: true },
  recipients: {
    label: { text: 'Nơi nhận:', style: { sizePt: 14, underline: true } },
    line: { sizePt: 12 },
    lineSeparator: ',',
    lastTerminator: '.',
    storageWord: 'Lưu',
  },
  signature: {
    authority: { sizePt: 14, bold: true, caps: true },
    title: { sizePt: 14, caps: true },
    name: { sizePt: 14, bold: true },
    blankLines: 4,
  },
  appendix: {
    heading: { sizePt: 14, bold: true, caps: true },
    title: { sizePt: 14, bold: true, caps: true },
    note: { sizePt: 14, italic: true },
    commaBeforeDate: true,
    valueHeader: 'CHỈ TIÊU',
    table: { sizePt: 13 },
  },
};
