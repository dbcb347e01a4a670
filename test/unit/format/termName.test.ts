import { describe, expect, it } from 'vitest';
import { termLabel } from '../../../electron/format/termName.ts';

describe('termLabel', () => {
  const years = { startYear: 2025, endYear: 2030 };

  it('writes a term by its ordinal, or by its years when that is its name', () => {
    expect(termLabel({ ordinal: 'XIII', startYear: 2020, endYear: 2025 })).toBe('nhiệm kỳ khóa XIII (2020 - 2025)');
    expect(termLabel({ ordinal: '2025-2030', ...years })).toBe('nhiệm kỳ 2025-2030');
  });

  it('does not repeat the words an office typed in the name', () => {
    expect(termLabel({ ordinal: 'Nhiệm kỳ 2025 - 2030', ...years })).toBe('nhiệm kỳ 2025 - 2030');
    expect(termLabel({ ordinal: 'Khóa I', ...years })).toBe('nhiệm kỳ khóa I (2025 - 2030)');
    expect(termLabel({ ordinal: 'khoá XIV', ...years })).toBe('nhiệm kỳ khóa XIV (2025 - 2030)');
  });
});
