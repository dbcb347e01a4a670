import { describe, expect, it } from 'vitest';
import { addOfficeWord, listOfficeWords } from '../../../electron/store/officeWords.ts';
import { tonePlacements, toneVariants, wordsOf } from '../../../renderer/editor/plugins/Spell/words.ts';
import { memoryStore, must } from './kit.ts';

describe("the office's spelling dictionary", () => {
  it('keeps each word once, NFC, with who added it, across reopening the list', () => {
    const store = memoryStore();
    expect(must(listOfficeWords(store.db))).toEqual([]);
    expect(must(addOfficeWord(store.db, ' Lộcxuân ', 'Nguyễn Văn A'))).toEqual(['Lộcxuân']);
    // The same word typed decomposed (NFD) is the same word.
    expect(must(addOfficeWord(store.db, 'Lộcxuân'.normalize('NFD'), 'Trần Thị B'))).toEqual(['Lộcxuân']);
    expect(must(addOfficeWord(store.db, 'Đạhuoai', 'Trần Thị B'))).toEqual(['Lộcxuân', 'Đạhuoai']);
    const raw = store.db.prepare<[], string>("SELECT value FROM settings WHERE key = 'spelling.officeWords'").pluck().get();
    expect(JSON.parse(raw ?? '[]')).toEqual([
      expect.objectContaining({ word: 'Lộcxuân', by: 'Nguyễn Văn A' }),
      expect.objectContaining({ word: 'Đạhuoai', by: 'Trần Thị B' }),
    ]);
  });
});

describe('the spell-checker’s words and tone suggestions', () => {
  it('splits text into words of two letters or more, with where each is', () => {
    expect(wordsOf('Số 04-NQ/HU, a) HĐND')).toEqual([
      { word: 'Số', index: 0, length: 2 },
      { word: 'NQ', index: 6, length: 2 },
      { word: 'HU', index: 9, length: 2 },
      { word: 'HĐND', index: 16, length: 4 },
    ]);
  });

  it('offers the word with each tone on each vowel (the usual slip)', () => {
    expect(toneVariants('quyêt')).toContain('quyết');
    expect(toneVariants('nghi')).toEqual(expect.arrayContaining(['nghị', 'nghĩ', 'nghì']));
    expect(toneVariants('quyết')).not.toContain('quyết');
  });

  it('moves the tone mark to the other vowel only (khóa and khoá are one word, khoa another)', () => {
    expect(tonePlacements('khóa')).toEqual(['khoá']);
    expect(tonePlacements('thuỷ')).toContain('thủy');
    expect(tonePlacements('khoa')).toEqual([]);
  });
});
