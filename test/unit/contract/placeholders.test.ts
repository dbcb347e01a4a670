import { describe, expect, it } from 'vitest';
import {
  findPlaceholders,
  hasPlaceholder,
  placeholderSpans,
  promptText,
  splitPlaceholders,
  targetNeedsValue,
} from '../../../electron/contract/model/placeholders.ts';
import { renderDocx } from '../../../electron/docx/index.ts';
import { unzipDocx } from '../../support/docxXml.ts';
import { profile, sample } from '../docx/helpers.ts';

describe('what a placeholder is', () => {
  it('is a bare "…" or a prompt in square brackets; an ellipsis after a word is text', () => {
    expect(placeholderSpans('HỘI NGHỊ LẦN THỨ …').map((s) => s.text)).toEqual(['…']);
    expect(placeholderSpans('Ngày … tháng … năm 2026').map((s) => s.start)).toEqual([5, 13]);
    expect(placeholderSpans('[… Nêu mục tiêu tổng quát năm 2027] và …')).toEqual([
      { start: 0, end: 35, text: '[… Nêu mục tiêu tổng quát năm 2027]' },
      { start: 39, end: 40, text: '…' },
    ]);
    expect(hasPlaceholder('Các xã, thị trấn, v.v…')).toBe(false);
    // A list that ends in "…" (as real resolutions write them) is text, with or without a space.
    expect(hasPlaceholder('(công nghệ thực tế ảo (VR), vé điện tử,…)')).toBe(false);
    expect(hasPlaceholder('học bạ điện tử, giáo án điện tử; …')).toBe(false);
    expect(hasPlaceholder('Ngày … tháng … năm 2027')).toBe(true);
    expect(hasPlaceholder('tiếp tục phát triển…')).toBe(false);
    expect(hasPlaceholder('[ghi chú của người soạn]')).toBe(false);
    expect(promptText('Nêu nhiệm vụ')).toBe('[… Nêu nhiệm vụ]');
  });

  it('cuts text into plain pieces and placeholders', () => {
    expect(splitPlaceholders('Thu ngân sách: … tỷ đồng.')).toEqual([
      { text: 'Thu ngân sách: ', placeholder: false },
      { text: '…', placeholder: true },
      { text: ' tỷ đồng.', placeholder: false },
    ]);
    expect(splitPlaceholders('')).toEqual([{ text: '', placeholder: false }]);
  });

  it('asks for a target value only where last year had a figure, or the value is a placeholder', () => {
    const base = { key: 'k', name: 'Thu ngân sách', children: [] };
    expect(targetNeedsValue({ ...base, previous: { year: 2026, target: '770,4' } })).toBe(true);
    expect(targetNeedsValue({ ...base, name: 'Giữ vững ổn định chính trị' })).toBe(false);
    expect(targetNeedsValue({ ...base, value: { written: '…', parsed: { kind: 'qualitative', direction: 'none' } } })).toBe(true);
    expect(
      targetNeedsValue({
        ...base,
        previous: { year: 2026, target: '770,4' },
        value: { written: '800', parsed: { kind: 'exact', value: 800, direction: 'higher' } },
      }),
    ).toBe(false);
  });

  it('finds every placeholder of a document with its finding path', () => {
    const doc = sample((d) => ({
      ...d,
      title: { ...d.title, conferenceLines: ['HỘI NGHỊ LẦN THỨ …'] },
      body: [...d.body, { type: 'paragraph', runs: [{ type: 'text', text: promptText('Nêu mục tiêu tổng quát năm 2027') }] }],
      signature: { ...d.signature, name: promptText('Họ tên người ký') },
    }));
    expect(findPlaceholders(doc).map((s) => [s.path, s.text])).toEqual([
      ['title.conferenceLines[0]', '…'],
      [`body[${doc.body.length - 1}]`, '[… Nêu mục tiêu tổng quát năm 2027]'],
      ['signature', '[… Họ tên người ký]'],
    ]);
  });
});

describe('the .docx never prints a placeholder as if it were text', () => {
  it('prints each placeholder in its own run, highlighted yellow', async () => {
    const doc = sample((d) => ({
      ...d,
      body: [
        ...d.body,
        { type: 'paragraph', runs: [{ type: 'text', text: `Mục tiêu: ${promptText('Nêu mục tiêu tổng quát năm 2027')}` }] },
      ],
    }));
    const xml = (await unzipDocx(await renderDocx(doc, profile))).get('word/document.xml') ?? '';
    const run = /<w:r>(?:(?!<\/w:r>).)*\[… Nêu mục tiêu tổng quát năm 2027\](?:(?!<\/w:r>).)*<\/w:r>/su.exec(xml)?.[0] ?? '';
    expect(run).toContain('<w:highlight w:val="yellow"/>');
    const before = /<w:r>(?:(?!<\/w:r>).)*Mục tiêu: <\/w:t><\/w:r>/su.exec(xml)?.[0] ?? '';
    expect(before).not.toBe('');
    expect(before).not.toContain('w:highlight');
  });
});
