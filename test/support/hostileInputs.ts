import { makeDocx } from '../unit/import/helpers/makeDocx.ts';

/**
 * The hostile shapes of issue 16, added to the fuzz set: small files that unfold into huge
 * structures, a 40 MB paragraph for the header's date regex, and many tab rows.
 */
export type HostileInput = { label: string; make: () => Promise<Uint8Array> | Uint8Array };

const encoder = new TextEncoder();

const para = '<w:p><w:r><w:t>x</w:t></w:r></w:p>';
const header = 'ĐẢNG BỘ TỈNH LÂM ĐỒNG\nHUYỆN ỦY ĐỨC TRỌNG\nSố 04-NQ/HU\n';

export const hostileInputs: HostileInput[] = [
  { label: 'docx-720k-paragraphs', make: () => makeDocx({ body: para.repeat(720_000) }) },
  { label: 'docx-49k-runs-one-paragraph', make: () => makeDocx({ body: `<w:p>${'<w:r><w:t>x</w:t></w:r>'.repeat(49_000)}</w:p>` }) },
  { label: 'docx-2M-digit-date', make: () => makeDocx({ body: `<w:p><w:r><w:t>Đà Lạt, ngày ${'1'.repeat(2_000_000)}</w:t></w:r></w:p>` }) },
  { label: 'txt-500k-tab-rows', make: () => encoder.encode(header + 'a\tb\tc\td\te\tf\n'.repeat(500_000)) },
  { label: 'txt-40MB-paragraph', make: () => encoder.encode(`Đức Trọng, ngày ${' '.repeat(28_000_000)}x`) },
  { label: 'txt-28MB-date-digits', make: () => encoder.encode(`ngày ${'1 '.repeat(14_000_000)}tháng`) },
  { label: 'txt-1M-short-lines', make: () => encoder.encode('x\n'.repeat(1_000_000)) },
  { label: 'txt-9.6k-long-lines', make: () => encoder.encode(`${header}${'Tập trung lãnh đạo, chỉ đạo '.repeat(9)}\n`.repeat(2_400)) },
  {
    label: 'txt-250KB-date-line',
    make: () => encoder.encode(`${header}Đức Trọng, ngày ${'1 '.repeat(125_000)}tháng 12 năm\nNGHỊ QUYẾT\n`),
  },
  {
    label: 'docx-250KB-date-paragraph',
    make: () => makeDocx({ body: `<w:p><w:r><w:t xml:space="preserve">Đức Trọng, ngày ${'1 '.repeat(125_000)}</w:t></w:r></w:p>` }),
  },
];
