import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../electron/web/http.ts';
import { startWebServer, type WebServer } from '../../electron/web/server.ts';
import { openHarness, type Harness } from './handlersKit.ts';

let h: Harness;
let web: WebServer;
let base: string;

beforeAll(async () => {
  h = openHarness('soan-nq-web-');
  const staticDir = join(h.dir, 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(
    join(staticDir, 'index.html'),
    '<!doctype html><title>Soạn Nghị quyết</title><script type="module" src="./assets/app.js"></script>',
  );
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'export const app = 1;\n');
  writeFileSync(join(h.dir, 'secret.txt'), 'bí mật');
  web = await startWebServer({ store: h.store, staticDir, who: 'Người dùng web' });
  base = `http://127.0.0.1:${web.port}`;
});
afterAll(async () => {
  await web.close();
  h.close();
});

/** A raw request: the path is sent exactly as given (no URL normalization) and any Host header can be set. */
function raw(options: {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}): Promise<{ status: number; headers: Record<string, unknown>; text: string }> {
  return new Promise((done, failed) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: web.port, method: options.method ?? 'GET', path: options.path, headers: options.headers ?? {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', failed);
    req.end(options.body);
  });
}

const auth = () => ({ Authorization: `Bearer ${web.token}`, 'Content-Type': 'application/json' });

function post(verb: string, body: unknown, headers: Record<string, string> = auth()): Promise<Response> {
  return fetch(`${base}/api/${verb}`, { method: 'POST', headers, body: JSON.stringify(body) });
}

describe('the loopback server', () => {
  it('listens on 127.0.0.1 only, on a random port, with a 32-byte base64url token in the URL fragment', () => {
    const address = web.server.address() as AddressInfo;
    expect(address.address).toBe('127.0.0.1');
    expect(address.port).toBe(web.port);
    expect(web.port).toBeGreaterThan(0);
    expect(web.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(web.url).toBe(`http://127.0.0.1:${web.port}/#token=${web.token}`);
    expect(web.url).not.toContain('?');
  });

  it('answers a good call with the contract result, on the same services', async () => {
    const res = await post('listOrganizations', {});
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await res.json()) as { ok: boolean; value: { id: string }[] };
    expect(body.ok).toBe(true);
    expect(body.value.map((o) => o.id)).toContain('HU-DUC-TRONG');
    const info = (await (await post('appInfo', {})).json()) as { value: { transport: string } };
    expect(info.value.transport).toBe('web');
  });

  it('returns validation errors as results (200 with ok:false and field paths)', async () => {
    const body = (await (await post('getDocument', { id: -1 })).json()) as { ok: boolean; error: { code: string; details: string[] } };
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('INVALID_INPUT');
    expect(body.error.details[0]).toMatch(/^id:/);
  });

  it('exports as a download (base64 of a .docx)', async () => {
    const docs = (await (await post('listDocuments', { orgId: 'HU-DUC-TRONG' })).json()) as { value: { id: number }[] };
    const body = (await (await post('exportDocx', { id: docs.value[0]?.id })).json()) as {
      value: { kind: string; fileName: string; base64: string };
    };
    expect(body.value.kind).toBe('download');
    const zip = await JSZip.loadAsync(Buffer.from(body.value.base64, 'base64'));
    expect(zip.file('word/document.xml')).not.toBeNull();
  });

  it('refuses a missing token and a wrong token (401, Vietnamese JSON)', async () => {
    const missing = await post('listOrganizations', {}, { 'Content-Type': 'application/json' });
    expect(missing.status).toBe(401);
    const body = (await missing.json()) as { ok: boolean; error: { message: string } };
    expect(body.ok).toBe(false);
    expect(body.error.message).toMatch(/mã truy cập/);
    const wrong = await post('listOrganizations', {}, { 'Content-Type': 'application/json', Authorization: `Bearer ${'x'.repeat(43)}` });
    expect(wrong.status).toBe(401);
    const short = await post('listOrganizations', {}, { 'Content-Type': 'application/json', Authorization: 'Bearer abc' });
    expect(short.status).toBe(401);
  });

  it('refuses another Host (DNS rebinding) with 403, for the API and for files', async () => {
    const api = await raw({
      method: 'POST',
      path: '/api/listOrganizations',
      headers: { ...auth(), Host: `evil.example:${web.port}` },
      body: '{}',
    });
    expect(api.status).toBe(403);
    const page = await raw({ path: '/', headers: { Host: `attacker.test:${web.port}` } });
    expect(page.status).toBe(403);
    const otherPort = await raw({ path: '/', headers: { Host: `127.0.0.1:${web.port + 1}` } });
    expect(otherPort.status).toBe(403);
    const localhost = await raw({ path: '/', headers: { Host: `localhost:${web.port}` } });
    expect(localhost.status).toBe(200);
  });

  it('refuses a foreign Origin with 403 (API and files), and accepts its own', async () => {
    expect((await post('listOrganizations', {}, { ...auth(), Origin: 'https://evil.example' })).status).toBe(403);
    expect((await post('listOrganizations', {}, { ...auth(), Origin: 'null' })).status).toBe(403);
    expect((await post('listOrganizations', {}, { ...auth(), Origin: base })).status).toBe(200);
    expect((await raw({ path: '/', headers: { Host: `127.0.0.1:${web.port}`, Origin: 'https://evil.example' } })).status).toBe(403);
  });

  it('answers an unknown verb with 404 and a wrong method with 405', async () => {
    expect((await post('dropEverything', {})).status).toBe(404);
    const get = await fetch(`${base}/api/listOrganizations`, { headers: { Authorization: `Bearer ${web.token}` } });
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
  });

  it('refuses non-JSON bodies and content types with 400', async () => {
    const notJson = await fetch(`${base}/api/listOrganizations`, { method: 'POST', headers: auth(), body: '{ok' });
    expect(notJson.status).toBe(400);
    const form = await fetch(`${base}/api/listOrganizations`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${web.token}`, 'Content-Type': 'text/plain' },
      body: '{}',
    });
    expect(form.status).toBe(400);
  });

  it('refuses bodies over the limit (50 MB) with 413', async () => {
    const over = MAX_BODY_BYTES + 1024;
    const big = await raw({ method: 'POST', path: '/api/checkDocument', headers: { ...auth(), 'Content-Length': String(over) } });
    expect(big.status).toBe(413);
    expect(JSON.parse(big.text)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/quá lớn/) } });
    const streamed = await fetch(`${base}/api/checkDocument`, {
      method: 'POST',
      headers: auth(),
      body: JSON.stringify({ pad: 'x'.repeat(over) }),
    });
    expect(streamed.status).toBe(413);
  });
});

describe('the UI files', () => {
  it('serves index.html and assets with their types and the Content-Security-Policy', async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('Soạn Nghị quyết');
    const script = await fetch(`${base}/assets/app.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('falls back to index.html for the UI routes, 404 for a missing asset', async () => {
    expect(await (await fetch(`${base}/documents/12`)).text()).toContain('<!doctype html>');
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
  });

  it('refuses paths that leave the UI folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/assets/../../secret.txt',
      '/..\\secret.txt',
      '/%2e%2e%5csecret.txt',
    ]) {
      const res = await raw({ path, headers: { Host: `127.0.0.1:${web.port}` } });
      expect(res.status, path).toBe(404);
      expect(res.text, path).not.toContain('bí mật');
    }
  });

  it('refuses writes to files (405)', async () => {
    expect((await fetch(`${base}/index.html`, { method: 'PUT', body: 'x' })).status).toBe(405);
  });
});
