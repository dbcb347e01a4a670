import { describe, expect, it } from 'vitest';
import type { Block } from '../../../electron/contract/model/body.ts';
import { numberHeadings } from '../../../electron/docx/numbering.ts';
import { heading, para, profile, profileWith } from './helpers.ts';

const labels = (blocks: Block[], p = profile): (string | null)[] =>
  numberHeadings(blocks, p).map((b) => (b.type === 'heading' ? b.label : null));

describe('numberHeadings', () => {
  it('numbers every level in the profile forms', () => {
    expect(labels([heading('part'), heading('section'), heading('item'), heading('subitem'), heading('subsubitem')])).toEqual([
      'Phần thứ nhất',
      'I.',
      '1.',
      '1.1.',
      '1.1.1.',
    ]);
  });

  it('restarts counters under their parent', () => {
    const blocks = [
      heading('part'),
      heading('section'),
      heading('item'),
      heading('item'),
      heading('subitem'),
      heading('subitem'),
      heading('section'),
      heading('item'),
      heading('part'),
      heading('section'),
    ];
    expect(labels(blocks)).toEqual(['Phần thứ nhất', 'I.', '1.', '2.', '2.1.', '2.2.', 'II.', '1.', 'Phần thứ hai', 'I.']);
  });

  it('uses the "I-" section form when the profile says so', () => {
    const dash = profileWith((p) => ({ ...p, headings: { ...p.headings, sectionForm: 'I-' } }));
    expect(labels([heading('section'), heading('section')], dash)).toEqual(['I-', 'II-']);
  });

  it('keeps literal labels and carries numbering on from them', () => {
    expect(
      labels([heading('section', 'III.'), heading('section'), heading('item', '2.'), heading('item'), heading('subitem', '3.1')]),
    ).toEqual(['III.', 'IV.', '2.', '3.', '3.1']);
    expect(labels([heading('part', 'Phần thứ hai'), heading('part')])).toEqual(['Phần thứ hai', 'Phần thứ ba']);
  });

  it('treats a blank label as no label', () => {
    expect(labels([heading('item', '  ')])).toEqual(['1.']);
  });

  it('passes other blocks through untouched', () => {
    const out = numberHeadings([para, heading('item'), para], profile);
    expect(out[0]).toBe(para);
    expect(out[2]).toBe(para);
  });

  it('numbers subitems without an item by their own counter', () => {
    expect(labels([heading('subitem'), heading('subitem')])).toEqual(['1.', '2.']);
  });
});
