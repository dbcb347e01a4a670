import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../electron/contract/model/body.ts';
import { renderDocx } from '../../electron/docx/pack.ts';
import { importResolution } from '../../electron/import/index.ts';
import { checkDocxBytes } from '../../electron/services/docxCheck/index.ts';
import { FIXTURES, loadResolution, profileFor } from '../support/fixtures.ts';
import { scoreImport } from '../unit/import/helpers/score.ts';

/**
 * Our own exports: every fixture exported by the writer checks with zero format errors, and the
 * two seed resolutions read back from their export reproduce their model: header, title, marks,
 * recipients, signature, appendix, every body block, every target.
 */

const text = (b: Block): string => ('runs' in b ? b.runs.map((r) => (r.type === 'text' ? r.text : '[chú thích]')).join('') : '');
const shape = (b: Block): string => JSON.stringify({ ...b, runs: undefined, text: text(b) });

describe('our own .docx exports', () => {
  for (const name of FIXTURES) {
    it(`${name}: the format check finds no error`, async () => {
      const doc = loadResolution(name);
      const checked = checkDocxBytes(await renderDocx(doc, profileFor(doc)));
      expect(checked.ok).toBe(true);
      if (!checked.ok) return;
      expect(checked.value.findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(checked.value.resolution).toBe(true);
    });
  }

  for (const name of ['duc-trong-2022-nq04-hu', 'nhon-trach-2024-nq09-hu'] as const) {
    it(`${name}: importing the export gives back the model`, async () => {
      const truth = loadResolution(name);
      const r = importResolution(await renderDocx(truth, profileFor(truth)));
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const got = r.value.model;
      for (const part of ['header', 'planYear', 'title', 'marks', 'recipients', 'signature', 'appendix'] as const) {
        expect(got[part], part).toEqual(truth[part]);
      }
      expect(got.body.map(shape)).toEqual(truth.body.map(shape));
      const exact = got.body.filter((b, i) => isDeepStrictEqual(b, truth.body[i])).length;
      // The one difference allowed: a part title printed bold by the profile reads back without its own bold mark.
      expect(exact).toBeGreaterThanOrEqual(truth.body.length - 1);
      const score = scoreImport(got, truth);
      expect(score).toMatchObject({ headerRight: 7, targetsFound: score.targetsTrue, targetsRight: score.targetsTrue, targetsWrong: [] });
      expect(r.value.status).toBe('ban-hanh');
    });
  }
});
