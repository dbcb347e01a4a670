import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const cwd = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd });

/** Lints a snippet as if it lived at `filePath`, returning the rules it breaks. */
async function broken(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('import boundaries', () => {
  it('keeps contract/ and format/ free of Node, Electron and React', async () => {
    expect(await broken("import { readFile } from 'node:fs';\nexport const r = readFile;\n", 'electron/contract/x.ts')).toContain(
      'no-restricted-imports',
    );
    expect(await broken("import { app } from 'electron';\nexport const a = app;\n", 'electron/format/x.ts')).toContain(
      'no-restricted-imports',
    );
    expect(await broken("import React from 'react';\nexport const r = React;\n", 'electron/format/x.ts')).toContain(
      'no-restricted-imports',
    );
    expect(
      await broken(
        "import { checkResolution } from '../services/check/index.ts';\nexport const c = checkResolution;\n",
        'electron/format/x.ts',
      ),
    ).toContain('no-restricted-imports');
  });

  it('keeps contract/ from depending on format/', async () => {
    expect(await broken("import { toRoman } from '../format/roman.ts';\nexport const r = toRoman;\n", 'electron/contract/x.ts')).toContain(
      'no-restricted-imports',
    );
  });

  it('lets the renderer see only the contract and format layers', async () => {
    expect(
      await broken("import { renderDocx } from '../../electron/docx/pack.ts';\nexport const r = renderDocx;\n", 'renderer/app/x.ts'),
    ).toContain('no-restricted-imports');
    expect(await broken("import Database from 'better-sqlite3';\nexport const d = Database;\n", 'renderer/app/x.ts')).toContain(
      'no-restricted-imports',
    );
    expect(
      await broken(
        "import { resolutionSchema } from '../../electron/contract/model/resolution.ts';\nexport const s = resolutionSchema;\n",
        'renderer/app/x.ts',
      ),
    ).toEqual([]);
  });

  it('allows the pure layers what they need', async () => {
    expect(await broken("import { z } from 'zod';\nexport const s = z.string();\n", 'electron/contract/x.ts')).toEqual([]);
    expect(
      await broken(
        "import type { Resolution } from '../contract/model/resolution.ts';\nexport type R = Resolution;\n",
        'electron/format/x.ts',
      ),
    ).toEqual([]);
  });
});
