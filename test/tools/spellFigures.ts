import { figuresOf, nodeSpeller, realTexts } from '../support/spellFigures.ts';

/**
 * Prints how many words of each real document the editor's spell-checker flags (per 1,000 words)
 * and which: `node test/tools/spellFigures.ts` (add `--words` for every flagged word with its count).
 */
const speller = nodeSpeller();
const all = realTexts().map((t) => figuresOf(speller, t));
const showWords = process.argv.includes('--words');
const tally = (words: readonly string[]): string =>
  [...words.reduce((m, w) => m.set(w, (m.get(w) ?? 0) + 1), new Map<string, number>())]
    .sort((a, b) => b[1] - a[1])
    .map(([w, n]) => (n > 1 ? `${w}×${n}` : w))
    .join(' ');
for (const f of all) {
  process.stdout.write(
    `${f.name.padEnd(58)} ${String(f.words).padStart(6)} từ  ${String(f.flagged.length).padStart(4)} bị đánh dấu  ${f.perThousand.toFixed(1).padStart(5)}/1000\n`,
  );
  if (showWords && f.flagged.length > 0) process.stdout.write(`    ${tally(f.flagged)}\n`);
}
const words = all.reduce((s, f) => s + f.words, 0);
const flagged = all.flatMap((f) => f.flagged);
process.stdout.write(
  `${'TỔNG'.padEnd(58)} ${String(words).padStart(6)} từ  ${String(flagged.length).padStart(4)} bị đánh dấu  ${((1000 * flagged.length) / words).toFixed(1).padStart(5)}/1000\n`,
);
if (showWords) process.stdout.write(`    ${tally(flagged)}\n`);
