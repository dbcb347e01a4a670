import { describe, expect, it } from 'vitest';
import { printedText, runFormat, spacing } from '../../../electron/docx/styles.ts';
import { mmToTwips, ptToEighths, ptToHalfPoints, ptToTwips } from '../../../electron/docx/units.ts';
import { profile } from './helpers.ts';

describe('run styles from the profile', () => {
  it('party title: 15 pt bold', () => {
    expect(runFormat(profile.header.partyTitle.style)).toEqual({ size: 30, bold: true });
  });
  it('place and date: 14 pt italic', () => {
    expect(runFormat(profile.header.placeDate)).toEqual({ size: 28, italics: true });
  });
  it('"Nơi nhận:": 14 pt underlined, not bold', () => {
    expect(runFormat(profile.recipients.label.style)).toEqual({ size: 28, underline: { type: 'single' } });
  });
  it('recipient lines 12 pt; signature title not bold; name bold', () => {
    expect(runFormat(profile.recipients.line)).toEqual({ size: 24 });
    expect(runFormat(profile.signature.title)).toEqual({ size: 28 });
    expect(runFormat(profile.signature.name)).toEqual({ size: 28, bold: true });
  });
  it("a run's own emphasis wins over the style", () => {
    expect(runFormat(profile.body.style, { bold: true, italic: true })).toEqual({ size: 28, bold: true, italics: true });
    expect(runFormat(profile.headings.section, { bold: false })).toEqual({ size: 28 });
  });
  it('caps styles print in Vietnamese upper case', () => {
    expect(printedText('Huyện ủy Đức Trọng', profile.header.issuingBody)).toBe('HUYỆN ỦY ĐỨC TRỌNG');
    expect(printedText('Huyện ủy', profile.header.placeDate)).toBe('Huyện ủy');
  });
});

describe('units and spacing', () => {
  it('converts the page and margins of 36-HD', () => {
    expect([210, 297, 20, 30, 15, 10].map(mmToTwips)).toEqual([11906, 16838, 1134, 1701, 850, 567]);
    expect(ptToTwips(18)).toBe(360);
    expect(ptToHalfPoints(13)).toBe(26);
    expect(ptToEighths(0.75)).toBe(6);
  });
  it('body spacing: 6 pt after, exactly 18 pt', () => {
    expect(spacing({ afterPt: profile.body.spaceAfterPt, lineExactPt: profile.body.lineExactPt })).toEqual({
      after: 120,
      line: 360,
      lineRule: 'exact',
    });
  });
});
