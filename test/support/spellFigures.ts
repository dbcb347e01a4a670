import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { readText } from '../../electron/import/text/lines.ts';
import { makeSpeller, type Hunspell, type Speller } from '../../renderer/editor/plugins/Spell/checker.ts';
import { wordsOf } from '../../renderer/editor/plugins/Spell/words.ts';

/**
 * The editor's spell-checker run in Node over the text of every real document we have: the same
 * `makeSpeller` and `wordsOf` as the editor, on the same dictionary-vi files (read from
 * node_modules instead of fetched by Vite).
 */
const root = join(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

/** The editor's speller, built on nspell with dictionary-vi as the editor builds it. */
export function nodeSpeller(): Speller {
  const nspell = require('nspell') as (aff: string, dic: string) => Hunspell;
  const dict = join(root, 'node_modules/dictionary-vi');
  return makeSpeller(nspell(readFileSync(join(dict, 'index.aff'), 'utf8'), readFileSync(join(dict, 'index.dic'), 'utf8')));
}

/** Every prose string of a demo document (those with a space: ids and keys have none). */
function proseOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (/\s/u.test(value)) out.push(value);
  } else if (Array.isArray(value)) for (const v of value) proseOf(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) proseOf(v, out);
  return out;
}

export type RealText = { name: string; text: string };

/** A text file's words as the app's importer reads them (lost spaces of a PDF's text layer put back: "sốhồsơ"), one paragraph a line. */
function imported(path: string): string {
  const read = readText(readFileSync(path));
  if (!read.ok) throw new Error(`${path}: ${read.error.message}`);
  return read.value.blocks
    .map((b) =>
      b.kind === 'para'
        ? b.text
        : b.rows
            .flat(2)
            .map((p) => p.text)
            .join('\n'),
    )
    .join('\n');
}

/** The real documents: the seed resolutions and the corpus (their text as the importer reads it) and the demo documents (their JSON's prose). */
export function realTexts(): RealText[] {
  const out: RealText[] = [];
  for (const dir of ['../shared/seeds', '../shared/corpus']) {
    const at = join(root, dir);
    for (const f of readdirSync(at)
      .filter((n) => n.endsWith('.txt'))
      .sort()) {
      out.push({ name: `${basename(dir)}/${f}`, text: imported(join(at, f)) });
    }
  }
  const demo = join(root, 'resources/demo');
  for (const f of readdirSync(demo)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    out.push({ name: `demo/${f}`, text: proseOf(JSON.parse(readFileSync(join(demo, f), 'utf8'))).join('\n') });
  }
  return out;
}

export type Figures = { name: string; words: number; flagged: string[]; perThousand: number };

/** How many words of a text the speller flags, per 1,000, and which. */
export function figuresOf(speller: Speller, { name, text }: RealText): Figures {
  const words = wordsOf(text).map((w) => w.word);
  const flagged = words.filter((w) => !speller.correct(w));
  return { name, words: words.length, flagged, perThousand: words.length === 0 ? 0 : (1000 * flagged.length) / words.length };
}
