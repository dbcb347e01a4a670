import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../electron/docx/index.ts';
import { unzipDocx, prettyXml } from '../support/docxXml.ts';
import { FIXTURES, hasFixture, loadResolution, profileFor } from '../support/fixtures.ts';

/**
 * Golden files: each fixture exported to .docx, unzipped, and its main parts pretty-printed and
 * compared with test/golden/<fixture>.<part>.xml. The output is deterministic by construction
 * (docProps/core.xml is written by the writer without timestamps; `docx` numbers its ids per
 * document), so nothing is normalised. Regenerate with `npm run golden:update`
 * (UPDATE_GOLDEN=1 npx vitest run test/golden) and review the diff.
 */

const UPDATE = process.env.UPDATE_GOLDEN === '1';
const goldenDir = fileURLToPath(new URL('.', import.meta.url));

/** The parts under golden control: the body, footnotes, styles, every header, the core properties. */
function goldenParts(parts: Map<string, string>): string[] {
  return [...parts.keys()].filter(
    (p) => p === 'word/document.xml' || p === 'word/footnotes.xml' || p === 'word/styles.xml' || /^word\/header\d+\.xml$/.test(p) || p === 'docProps/core.xml',
  );
}

const goldenName = (fixture: string, part: string): string => `${fixture}.${part.replace(/^.*\//, '')}`;

/** The 36-HD fixtures, and the 2026 Đảng ủy xã resolution laid out by 05-HD/VPTW. */
const GOLDEN = [...FIXTURES, 'hiep-thanh-2027-nq08-du'] as const;

describe.each(GOLDEN)('golden %s', (fixture) => {
  it.skipIf(!hasFixture(fixture))('matches the committed XML', async () => {
    const doc = loadResolution(fixture);
    const parts = await unzipDocx(await renderDocx(doc, profileFor(doc)));
    const names = goldenParts(parts);
    expect(names).toContain('word/document.xml');
    for (const part of names) {
      const actual = prettyXml(parts.get(part) ?? '');
      const file = `${goldenDir}${goldenName(fixture, part)}`;
      if (UPDATE) {
        mkdirSync(goldenDir, { recursive: true });
        writeFileSync(file, actual);
        continue;
      }
      if (!existsSync(file)) throw new Error(`Thiếu tệp mẫu ${file}: chạy "npm run golden:update" rồi xem lại thay đổi.`);
      expect(actual, `${goldenName(fixture, part)} khác tệp mẫu (npm run golden:update nếu thay đổi là cố ý)`).toBe(readFileSync(file, 'utf8'));
    }
  });

  it.skipIf(!hasFixture(fixture))('is the same every time it is rendered', async () => {
    const doc = loadResolution(fixture);
    const profile = profileFor(doc);
    const [a, b] = await Promise.all([renderDocx(doc, profile), renderDocx(doc, profile)]);
    const [pa, pb] = await Promise.all([unzipDocx(a), unzipDocx(b)]);
    expect([...pa.keys()]).toEqual([...pb.keys()]);
    for (const [name, xml] of pa) expect(pb.get(name), name).toBe(xml);
  });
});
