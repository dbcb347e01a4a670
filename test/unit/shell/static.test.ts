import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../electron/security.ts';
import { contentTypeFor, fileResponse, readStatic, resolveInside } from '../../../electron/web/static.ts';

const dir = mkdtempSync(join(tmpdir(), 'soan-nq-static-'));
const root = join(dir, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
writeFileSync(join(root, 'assets', 'app.js'), 'export {};');
writeFileSync(join(dir, 'secret.txt'), 'bí mật');
symlinkSync(join(dir, 'secret.txt'), join(root, 'assets', 'link.txt'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('resolveInside', () => {
  it('keeps paths inside the folder and refuses those that leave it', () => {
    expect(resolveInside(root, '/assets/app.js')).toBe(join(root, 'assets', 'app.js'));
    expect(resolveInside(root, 'assets/../index.html')).toBe(join(root, 'index.html'));
    expect(resolveInside(root, '/')).toBe(root);
    for (const bad of ['../secret.txt', '/../secret.txt', 'assets/../../secret.txt', '..', 'index.html\0.js']) {
      expect(resolveInside(root, bad), bad).toBeNull();
    }
  });
});

describe('readStatic', () => {
  it('reads files with their content type; a folder gives its index.html', async () => {
    const script = await readStatic(root, '/assets/app.js');
    expect(script.status === 200 && script.contentType).toBe('text/javascript; charset=utf-8');
    const home = await readStatic(root, '/');
    expect(home.status === 200 && home.body.toString()).toContain('<title>app</title>');
  });

  it('gives 404 for missing files, escapes and symbolic links that lead outside', async () => {
    expect((await readStatic(root, '/assets/none.js')).status).toBe(404);
    expect((await readStatic(root, '/../secret.txt')).status).toBe(404);
    expect((await readStatic(root, '/assets/link.txt')).status).toBe(404);
  });

  it('knows the types of the built UI', () => {
    expect(contentTypeFor('a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('a.SVG')).toBe('image/svg+xml');
    expect(contentTypeFor('a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a.unknown')).toBe('application/octet-stream');
  });
});

describe('the desktop file: handler', () => {
  it('serves the UI folder with the CSP header', async () => {
    const res = await fileResponse({ url: pathToFileURL(join(root, 'index.html')).href, method: 'GET' }, root);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('<title>app</title>');
  });

  it('refuses every other file on the disk, and writes', async () => {
    expect((await fileResponse({ url: pathToFileURL(join(dir, 'secret.txt')).href, method: 'GET' }, root)).status).toBe(404);
    expect((await fileResponse({ url: 'file:///etc/passwd', method: 'GET' }, root)).status).toBe(404);
    expect((await fileResponse({ url: `${pathToFileURL(root).href}/../secret.txt`, method: 'GET' }, root)).status).toBe(404);
    expect((await fileResponse({ url: pathToFileURL(join(root, 'index.html')).href, method: 'POST' }, root)).status).toBe(405);
  });
});
