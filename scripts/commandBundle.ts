import { relative, resolve, sep } from 'node:path';
import type { Plugin } from 'esbuild';
import { OTHER_BUNDLE } from '../electron/cli/commandTable.ts';

/**
 * A command bundle: the command line built again for a few commands (`export` and `check` of a
 * file), holding of the lazily imported command handlers and verb domains only those they load,
 * so a start reads, compiles and sets up a third of the code (bin/soan-nq.mjs picks it by the
 * command's first word). Any other handler or domain is a stand-in that throws OTHER_BUNDLE when
 * imported, before the command does anything (`export --id <n>` is a stored document's export):
 * `main` lets it through, and the launcher runs the whole bundle instead.
 */
export type CommandBundle = {
  /** The file, beside the whole bundle. */
  file: string;
  /** The first words of the commands it runs. */
  commands: string[];
  /** The modules (relative to the project) imported lazily by the tables and verbs.ts that it holds. */
  keep: string[];
};

/** Where the command line imports lazily: the command tables (handlers) and verbs.ts (verb domains). */
const LAZY_EDGES = /^electron\/cli\/(table\/[^/]+|verbs)\.ts$/;
const NAMESPACE = 'other-bundle';

const projectPath = (root: string, path: string): string => relative(root, path).split(sep).join('/');

export function onlyKept(root: string, bundle: CommandBundle): Plugin {
  return {
    name: 'only-kept',
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind !== 'dynamic-import' || !LAZY_EDGES.test(projectPath(root, args.importer))) return undefined;
        const target = projectPath(root, resolve(args.resolveDir, args.path));
        return bundle.keep.includes(target) ? undefined : { path: target, namespace: NAMESPACE };
      });
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({
        contents: `throw Object.assign(new Error(${JSON.stringify(`${args.path}: not in ${bundle.file}`)}), { code: ${JSON.stringify(OTHER_BUNDLE)} });`,
        loader: 'js',
      }));
    },
  };
}
