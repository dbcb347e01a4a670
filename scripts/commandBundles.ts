import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { build, type BuildOptions, type Metafile, type Plugin } from 'esbuild';

/**
 * The command line bundled by command: each module a table under `electron/cli/table/` imports when
 * its command runs is bundled on its own (`commands/<name>-<hash>.mjs`, with all it needs), and
 * the entry imports that file instead. So `soan-nq export` reads the entry and one bundle — not the
 * server, the importer or the schemas of verbs it never calls — and a start never mixes the files
 * of two builds: the names carry their content's hash.
 */
export const COMMANDS_DIR = 'commands';

/** The handler modules the command tables import lazily (relative to the project). */
export function commandModules(projectRoot: string): string[] {
  const tables = join(projectRoot, 'electron/cli/table');
  const found = new Set<string>();
  for (const file of readdirSync(tables)) {
    for (const [, path = ''] of readFileSync(join(tables, file), 'utf8').matchAll(/import\('(\.\.?\/[^']+\.ts)'\)/g)) {
      found.add(relative(projectRoot, resolve(tables, path)));
    }
  }
  const names = [...found].map((m) => basename(m, '.ts'));
  if (new Set(names).size !== names.length) throw new Error(`Hai mô-đun lệnh trùng tên: ${names.join(', ')}`);
  return [...found].sort();
}

export type CommandBundles = { metafile: Metafile; plugin: Plugin };

/**
 * Builds every command's bundle into `outDir/commands/`, and the plugin with which the entry's
 * build imports each of them by its file name rather than bundling its module.
 */
export async function buildCommandBundles(projectRoot: string, options: BuildOptions, outDir: string): Promise<CommandBundles> {
  const modules = commandModules(projectRoot);
  const rest = { ...options, outfile: undefined };
  const built = await build({
    ...rest,
    entryPoints: modules.map((m) => join(projectRoot, m)),
    outdir: outDir,
    entryNames: `${COMMANDS_DIR}/[name]-[hash]`,
    outExtension: { '.js': '.mjs' },
  });
  const metafile = built.metafile ?? { inputs: {}, outputs: {} };
  const fileOf = new Map<string, string>();
  for (const [output, { entryPoint }] of Object.entries(metafile.outputs)) {
    if (entryPoint) fileOf.set(relative(projectRoot, join(projectRoot, entryPoint)), basename(output));
  }
  const plugin: Plugin = {
    name: 'soan-nq-commands',
    setup(b) {
      b.onResolve({ filter: /\.ts$/ }, (args) => {
        if (args.kind !== 'dynamic-import') return undefined;
        const file = fileOf.get(relative(projectRoot, resolve(args.resolveDir, args.path)));
        return file ? { path: `./${COMMANDS_DIR}/${file}`, external: true } : undefined;
      });
    },
  };
  return { metafile, plugin };
}
