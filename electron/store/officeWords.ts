import * as z from 'zod';
import type { Result } from '../contract/result.ts';
import { nowIso } from './clock.ts';
import type { Db } from './db.ts';
import { attempt, unwrap } from './errors.ts';
import { readJson } from './json.ts';

/**
 * "Từ điển của cơ quan": words the office added to the spell-checker (names of places, people,
 * local terms), who added each and when. Kept in the settings table under one key (a JSON list),
 * so the spell-checker needs no schema change; written in one transaction, so two people adding
 * words at once both keep theirs.
 */
const KEY = 'spelling.officeWords';

const wordsSchema = z.array(z.object({ word: z.string().min(1), by: z.string(), at: z.string() }));
export type OfficeWord = z.infer<typeof wordsSchema>[number];

function read(db: Db): OfficeWord[] {
  const raw = db.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck().get(KEY);
  return raw === undefined ? [] : unwrap(readJson(wordsSchema, raw, 'Từ điển của cơ quan'));
}

/** The office's words, in the order they were added. */
export function listOfficeWords(db: Db): Result<string[]> {
  return attempt('đọc từ điển của cơ quan', () => read(db).map((w) => w.word));
}

/** Adds a word (once; NFC, trimmed) and returns the whole list. */
export function addOfficeWord(db: Db, word: string, who: string): Result<string[]> {
  const clean = word.normalize('NFC').trim();
  return attempt('thêm từ vào từ điển của cơ quan', () =>
    db.transaction(() => {
      const words = read(db);
      if (!words.some((w) => w.word === clean)) {
        words.push({ word: clean, by: who, at: nowIso(db) });
        db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
          KEY,
          JSON.stringify(words),
        );
      }
      return words.map((w) => w.word);
    })(),
  );
}
