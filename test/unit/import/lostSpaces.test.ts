import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText } from '../../../electron/import/text/lines.ts';
import { restoreLostSpaces } from '../../../electron/import/text/lostSpaces.ts';

const fixed = (text: string) => restoreLostSpaces(text).text;

describe('spaces lost between syllables (text layers of signed PDFs)', () => {
  it('puts them back where a word divides into syllables one best way', () => {
    expect(fixed('Tổng sốhồsơ công việc')).toBe('Tổng số hồ sơ công việc');
    expect(fixed('Chếđộbáo cáo, chỉtiêu tổng hợp')).toBe('Chế độ báo cáo, chỉ tiêu tổng hợp');
    expect(fixed('Tỉlệsửdụng dịch vụcông trực tuyến')).toBe('Tỉ lệ sử dụng dịch vụ công trực tuyến');
    expect(fixed('Hạtầng mạng phủ hộgia đình')).toBe('Hạ tầng mạng phủ hộ gia đình');
    expect(fixed('NGHỊQUYẾT của Ban Thường vụ Đảng uỷdựlễKhai')).toBe('NGHỊ QUYẾT của Ban Thường vụ Đảng uỷ dự lễ Khai');
  });

  it('gives consonants to the next syllable, and follows the spelling rules (c/k, g/gh, ươ needs a final)', () => {
    expect(fixed('Bốtrí')).toBe('Bố trí');
    expect(fixed('trừnhững')).toBe('trừ những');
    expect(fixed('đượcưu tiên')).toBe('được ưu tiên');
    expect(fixed('cácem')).toBe('các em');
  });

  it('leaves alone single syllables, words without a Vietnamese letter, ties and names that divide no way', () => {
    for (const word of [
      'nghiêng',
      'khuyến',
      'người',
      'quyết',
      'Nguyễn',
      'thuở',
      'online',
      'Internet',
      'thanhoa',
      'Chamaléa',
      'HĐND',
      'Ê-đê',
    ]) {
      expect(fixed(word)).toBe(word);
    }
  });

  it('changes nothing in well-spaced resolutions (the seeds)', () => {
    const seeds = join(import.meta.dirname, '../../../../shared/seeds');
    for (const name of readdirSync(seeds)) {
      const text = readFileSync(join(seeds, name), 'utf8');
      expect(restoreLostSpaces(text), name).toEqual({ text, restored: 0 });
    }
  });

  it('are put back when a text file is read, with a note saying how many', () => {
    const file = join(import.meta.dirname, '../../../../shared/corpus/03-conghai-du-2025-nq02-khcn-cds.txt');
    const read = readText(readFileSync(file));
    if (!read.ok) throw new Error(read.error.message);
    const texts = read.value.blocks.map((b) => (b.kind === 'para' ? b.text : ''));
    expect(texts.some((t) => t.includes('Tổng số hồ sơ công việc xử lý trên môi trường mạng'))).toBe(true);
    expect(read.value.notes.some((n) => /^Đã thêm \d+ khoảng trắng bị mất/.test(n))).toBe(true);
  });
});
