import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asciiOnly, buildBundle, bundleStampPath, CLI_BUNDLE, MAIN_BUNDLE, type BundleStamp } from '../../scripts/bundle.ts';
import { projectRoot, runCli } from '../support/cli.ts';
import { unzipDocx } from '../support/docxXml.ts';

/**
 * The command line's bundle (scripts/bundle.ts) built from the current sources into a folder of
 * its own: it prints the same help, and exports the same document, as the TypeScript sources; its
 * stamp names the sources it was built from. bin/soan-nq.mjs (the package's bin) runs it.
 */
const run = promisify(execFile);
mkdirSync(join(projectRoot, '.tmp'), { recursive: true });
const dist = mkdtempSync(join(projectRoot, '.tmp', 'bundle-'));
const fixture = join(projectRoot, 'test/fixtures/nhon-trach-2024-nq09-hu.json');
const bundle = join(dist, CLI_BUNDLE.out);
const fileBundle = join(dirname(bundle), 'soan-nq-file.cjs');
let stamp: BundleStamp;

beforeAll(async () => {
  await buildBundle(CLI_BUNDLE, dist);
  stamp = JSON.parse(readFileSync(bundleStampPath(bundle), 'utf8')) as BundleStamp;
}, 120_000);
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const node = (args: string[]) => run(process.execPath, args, { cwd: dist, encoding: 'utf8' });

describe('the command line bundle', () => {
  it('records the sources it was built from, before the bundle was written', () => {
    expect(stamp.sources).toEqual(expect.arrayContaining(['electron/cli/soan-nq.ts', 'electron/docx/pack.ts', 'package-lock.json']));
    expect(stamp.sources.some((s) => s.startsWith('node_modules'))).toBe(false);
    // Every one a file: bin/soan-nq.mjs rebuilds the bundle at each start when one cannot be read.
    expect(stamp.sources.filter((s) => !existsSync(join(projectRoot, s)))).toEqual([]);
    expect(statSync(bundle).mtimeMs).toBeGreaterThanOrEqual(stamp.builtAt);
  });

  it('records the same sources when the build starts from another folder (as bin/soan-nq.mjs run elsewhere does)', async () => {
    // Inside the project (the bundle needs better-sqlite3 from node_modules) but another folder.
    const elsewhere = mkdtempSync(join(projectRoot, '.tmp', 'bundle-cwd-'));
    try {
      const script = `const { buildBundle, CLI_BUNDLE } = await import(${JSON.stringify(pathToFileURL(join(projectRoot, 'scripts/bundle.ts')).href)});
await buildBundle(CLI_BUNDLE, ${JSON.stringify(join(elsewhere, 'dist'))});`;
      await run(process.execPath, ['--input-type=module', '-e', script], { cwd: elsewhere });
      const built = JSON.parse(readFileSync(bundleStampPath(join(elsewhere, 'dist', CLI_BUNDLE.out)), 'utf8')) as BundleStamp;
      expect(built.sources).toEqual(stamp.sources);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  }, 120_000);

  it('is ASCII only, its regular expressions past ASCII rewritten to mean the same', () => {
    expect(readFileSync(bundle).some((byte) => byte > 0x7f)).toBe(false);
    const rewritten = asciiOnly(String.raw`[/[đĐ]/g, /^[<>≥≤]/, /😀+/u, "trở lên"]`);
    expect(/[\u0080-\uffff]/.test(rewritten)).toBe(false);
    const [letters, signs, emoji, text] = new Function(`return ${rewritten};`)() as [RegExp, RegExp, RegExp, string];
    expect('Đảng đoàn'.replace(letters, 'd')).toBe('dảng doàn');
    expect(signs.test('≥ 5') && !signs.test('5 ≥')).toBe(true);
    expect(emoji.exec('a😀😀b')?.[0]).toBe('😀😀');
    expect(text).toBe('trở lên');
    // An escaped character (`\đ`) would not mean the same once written `\\u0111`: the build fails.
    expect(() => asciiOnly(String.raw`/\đ/`)).toThrow();
  });

  it('is its own CommonJS wrapper: as a script, its value is the function bin/soan-nq.mjs calls', async () => {
    const script = `const vm = require('node:vm'); const fn = new vm.Script(require('node:fs').readFileSync(${JSON.stringify(bundle)}, 'latin1')).runInThisContext();
const cjs = { exports: {} }; fn(cjs.exports, require, cjs, ${JSON.stringify(bundle)}, ${JSON.stringify(dirname(bundle))});
process.stdout.write(typeof fn + ' ' + Object.keys(cjs.exports).sort().join(','));`;
    expect((await node(['-e', script])).stdout).toBe('function commands,main,runProgram');
  });

  it('prints the help of the sources, and keeps it in its stamp', async () => {
    const fromSources = await runCli(['--help'], { cwd: dist });
    expect((await node([bundle, '--help'])).stdout).toBe(fromSources.stdout);
    expect(stamp.help).toBe(fromSources.stdout);
  });

  it('exports the same document as the sources', async () => {
    expect((await runCli(['export', fixture, '-o', join(dist, 'nguon.docx')], { cwd: dist })).code).toBe(0);
    await node([bundle, 'export', fixture, '-o', join(dist, 'goi.docx')]);
    const [a, b] = await Promise.all(['nguon', 'goi'].map(async (n) => unzipDocx(readFileSync(join(dist, `${n}.docx`)))));
    for (const part of ['word/document.xml', 'word/styles.xml', 'word/footnotes.xml', 'word/settings.xml']) {
      expect(b?.get(part), part).toBe(a?.get(part));
    }
  }, 60_000);

  it.each([
    ['the whole bundle', bundle],
    ['the command bundle of export and check', fileBundle],
  ])(
    "runs an export without SQLite, the import worker or Node's crypto, reading no file but %s",
    async (_, file) => {
      const seen = join(dist, 'seen.cjs');
      writeFileSync(
        seen,
        `process.on('exit', () => process.stderr.write('NATIVE ' + process.moduleLoadList.join(',') + '\\nFILES ' + Object.keys(require.cache).join(',') + '\\n'));`,
      );
      const run = await node(['--require', seen, file, 'export', fixture, '-o', join(dist, 'charge.docx')]);
      const list = (name: string) => (new RegExp(`^${name} (.*)$`, 'm').exec(run.stderr)?.[1] ?? '').split(',');
      expect(list('FILES')).toEqual([seen, file]);
      expect(list('NATIVE').filter((m) => /\b(worker_threads|crypto|sqlite)\b/.test(m))).toEqual([]);
      expect(readdirSync(dist).filter((f) => f.endsWith('.cjs') && f !== 'seen.cjs')).toEqual([]);
      expect(readdirSync(join(dist, 'cli')).sort()).toEqual([
        'importWorker.cjs',
        'soan-nq-file.cjs',
        'soan-nq.cjs',
        'soan-nq.cjs.stamp.json',
      ]);
    },
    60_000,
  );

  it('has a command bundle for export and check of a file, a third of the whole, named in the stamp', async () => {
    expect(stamp.commandBundles).toEqual({ 'soan-nq-file.cjs': ['export', 'check'] });
    expect(statSync(fileBundle).size).toBeLessThan(statSync(bundle).size / 2);
    expect(readFileSync(fileBundle).some((byte) => byte > 0x7f)).toBe(false);
    await node([bundle, 'export', fixture, '-o', join(dist, 'ca-goi.docx')]);
    await node([fileBundle, 'export', fixture, '-o', join(dist, 'tep.docx')]);
    const [whole, file] = await Promise.all(['ca-goi', 'tep'].map(async (n) => unzipDocx(readFileSync(join(dist, `${n}.docx`)))));
    expect(file?.get('word/document.xml')).toBe(whole?.get('word/document.xml'));
    // check of the document and of the .docx written from it: the files domain, held by the command bundle.
    expect((await node([fileBundle, 'check', fixture, '--json'])).stdout).toBe((await node([bundle, 'check', fixture, '--json'])).stdout);
    expect((await node([fileBundle, 'check', join(dist, 'tep.docx')])).stdout).toMatch(/Không có sai sót/);
    // A command it does not hold fails before doing anything, with the code bin/soan-nq.mjs looks for.
    const stored = await node([fileBundle, 'export', '--id', '1', '-o', join(dist, 'id.docx')]).catch((err: { stderr: string }) => err);
    expect(stored.stderr).toContain('SOAN_NQ_OTHER_BUNDLE');
    expect(existsSync(join(dist, 'id.docx'))).toBe(false);
  }, 60_000);

  it('bin/soan-nq.mjs runs `export --id` (a stored document, not in the command bundle) with the whole bundle', async () => {
    const temp = mkdtempSync(join(projectRoot, '.tmp', 'bundle-stored-'));
    try {
      const bin = join(projectRoot, 'bin/soan-nq.mjs');
      const env = { ...process.env, TMPDIR: temp };
      const db = join(temp, 'mau.sqlite');
      await run(process.execPath, [bin, 'db', 'seed-demo', '--db', db], { env });
      const out = await run(process.execPath, [bin, 'export', '--id', '1', '--db', db, '-o', join(temp, 'so-1.docx')], {
        env,
        encoding: 'utf8',
      });
      expect(out.stdout).toContain('so-1.docx');
      expect(out.stderr).toBe('');
      expect(statSync(join(temp, 'so-1.docx')).size).toBeGreaterThan(10_000);
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  }, 120_000);

  it("bin/soan-nq.mjs keeps a V8 code cache per command, made after the command's first run, and uses it", async () => {
    const temp = mkdtempSync(join(projectRoot, '.tmp', 'bundle-cache-'));
    try {
      const bin = join(projectRoot, 'bin/soan-nq.mjs');
      const env = { ...process.env, TMPDIR: temp };
      const exportTo = (name: string) => run(process.execPath, [bin, 'export', fixture, '-o', join(temp, name)], { env, encoding: 'utf8' });
      await exportTo('mot.docx');
      const [user] = readdirSync(temp).filter((f) => f.startsWith('soan-nq-code-cache-'));
      const [bundleFolder] = readdirSync(join(temp, user ?? ''));
      const folder = join(user ?? '', bundleFolder ?? '');
      const caches = readdirSync(join(temp, folder));
      expect(caches).toEqual([expect.stringMatching(/^\d+-export\.v8$/)]);
      const before = statSync(join(temp, folder, caches[0] ?? ''));
      await exportTo('hai.docx');
      // Used, not made again: V8 accepted it.
      expect(statSync(join(temp, folder, caches[0] ?? '')).mtimeMs).toBe(before.mtimeMs);
      const [a, b] = await Promise.all(['mot', 'hai'].map(async (n) => unzipDocx(readFileSync(join(temp, `${n}.docx`)))));
      expect(b?.get('word/document.xml')).toBe(a?.get('word/document.xml'));
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  }, 120_000);

  it('bin/soan-nq.mjs exports without a full (mark-compact) garbage collection', async () => {
    const temp = mkdtempSync(join(projectRoot, '.tmp', 'bundle-gc-'));
    try {
      const bin = join(projectRoot, 'bin/soan-nq.mjs');
      const env = { ...process.env, TMPDIR: temp };
      const exportTo = (name: string) =>
        run(process.execPath, ['--trace-gc', bin, 'export', fixture, '-o', join(temp, name)], { env, encoding: 'utf8' });
      await exportTo('mot.docx'); // makes the code cache
      const traced = await exportTo('hai.docx');
      expect(traced.stdout).toMatch(/Scavenge/);
      expect(traced.stdout).not.toMatch(/Mark-Compact|Mark-sweep/i);
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  }, 120_000);

  it('imports a file as the sources do: the import worker is built beside the bundle', async () => {
    expect(stamp.sources).toEqual(expect.arrayContaining(['electron/services/importWorker.ts', 'electron/import/index.ts']));
    const seed = join(projectRoot, '../shared/seeds/duc-trong-2022-nq04-hu.txt');
    const fromSources = await runCli(['import', seed, '--json'], { cwd: dist });
    expect(fromSources.code).toBe(0);
    const bundled = await node([bundle, 'import', seed, '--json']);
    const model = (out: string) => (JSON.parse(out) as { model: unknown }).model;
    expect(model(bundled.stdout)).toEqual(model(fromSources.stdout));
  }, 60_000);

  it('is what the package runs: bin/soan-nq.mjs (rebuilding dist/ when a source changed)', async () => {
    const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(pkg.bin['soan-nq']).toBe('bin/soan-nq.mjs');
    const help = await node([join(projectRoot, 'bin/soan-nq.mjs'), 'help']);
    expect(help.stdout).toBe(stamp.help);
    const wrong = await node([join(projectRoot, 'bin/soan-nq.mjs'), 'khong-co-lenh']).catch((err: { code: number; stderr: string }) => err);
    expect(wrong).toMatchObject({ code: 2, stderr: expect.stringContaining('không có lệnh "khong-co-lenh"') });
  }, 120_000);
});

describe("the desktop app's main process bundle", () => {
  it('builds, with Electron and better-sqlite3 left outside', async () => {
    const main = await buildBundle(MAIN_BUNDLE, dist);
    const code = readFileSync(main, 'utf8');
    expect(code).toMatch(/from "electron"/);
    expect(code).toMatch(/from "better-sqlite3"/);
    expect(code).not.toMatch(/from "\.\.?\//);
  }, 120_000);
});
