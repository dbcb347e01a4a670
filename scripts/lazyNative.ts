import type { Plugin } from 'esbuild';

/**
 * A native package (better-sqlite3) loaded when the program first uses it, not when the bundle
 * loads: its default export is a stand-in that requires the package on first use (construction,
 * call or property), so a command that never opens a database never loads SQLite's library.
 */
const NAMESPACE = 'lazy-native';

const standIn = (name: string): string => `let loaded;
const load = () => (loaded ??= require(${JSON.stringify(name)}));
export default new Proxy(function lazyNative() {}, {
  construct: (_target, args, newTarget) => Reflect.construct(load(), args, newTarget === _target ? load() : newTarget),
  apply: (_target, self, args) => Reflect.apply(load(), self, args),
  get: (_target, key) => Reflect.get(load(), key),
  has: (_target, key) => Reflect.has(load(), key),
});
`;

export function lazyNative(packages: string[]): Plugin {
  const filter = new RegExp(`^(${packages.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`);
  return {
    name: 'lazy-native',
    setup(build) {
      build.onResolve({ filter }, (args) =>
        args.namespace === NAMESPACE || args.kind === 'require-call'
          ? { path: args.path, external: true }
          : { path: args.path, namespace: NAMESPACE },
      );
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({ contents: standIn(args.path), loader: 'js' }));
    },
  };
}
