import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const cwd = fileURLToPath(new URL('../..', import.meta.url));
// Snippets linted at paths that do not exist cannot be type-checked: the type-aware rules are left out here.
const eslint = new ESLint({
  cwd,
  overrideConfig: {
    languageOptions: { parserOptions: { project: false } },
    rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-misused-promises': 'off' },
  },
});

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
    ).toContain('layers/may-import');
  });

  it('keeps contract/ from depending on format/', async () => {
    expect(await broken("import { toRoman } from '../format/roman.ts';\nexport const r = toRoman;\n", 'electron/contract/x.ts')).toContain(
      'layers/may-import',
    );
  });

  it('enforces the table of layers: services not ipc, docx not import, commands only through the door', async () => {
    const refused = async (code: string, filePath: string) => expect(await broken(code, filePath)).toContain('layers/may-import');
    await refused("import { dispatch } from '../ipc/dispatch.ts';\nexport const d = dispatch;\n", 'electron/services/x.ts');
    await refused("import { readSource } from '../import/index.ts';\nexport const r = readSource;\n", 'electron/docx/x.ts');
    await refused("import { makeCopy } from '../../services/copies/index.ts';\nexport const m = makeCopy;\n", 'electron/cli/commands/x.ts');
    await refused("import { openStore } from '../store/connection.ts';\nexport const o = openStore;\n", 'electron/import/x.ts');
    expect(await broken("import { openZip } from '../ooxml/zip.ts';\nexport const z = openZip;\n", 'electron/docx/x.ts')).toEqual([]);
    expect(await broken("import { callVerb } from '../call.ts';\nexport const c = callVerb;\n", 'electron/cli/commands/x.ts')).toEqual([]);
  });

  it('lets the renderer see only the contract and format layers', async () => {
    expect(
      await broken("import { renderDocx } from '../../electron/docx/pack.ts';\nexport const r = renderDocx;\n", 'renderer/app/x.ts'),
    ).toContain('layers/may-import');
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

  it("refuses zod's named z, which keeps every language of zod in the bundles", async () => {
    expect(await broken("import { z } from 'zod';\nexport const s = z.string();\n", 'electron/contract/x.ts')).toContain(
      'no-restricted-syntax',
    );
    expect(await broken("import type { z } from 'zod';\nexport type S = z.ZodString;\n", 'electron/contract/x.ts')).toEqual([]);
  });

  it('allows the pure layers what they need', async () => {
    expect(await broken("import * as z from 'zod';\nexport const s = z.string();\n", 'electron/contract/x.ts')).toEqual([]);
    expect(
      await broken(
        "import type { Resolution } from '../contract/model/resolution.ts';\nexport type R = Resolution;\n",
        'electron/format/x.ts',
      ),
    ).toEqual([]);
  });
});
