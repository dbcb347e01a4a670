import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handoffPage } from '../../electron/launch.ts';
import { openStore } from '../../electron/store/connection.ts';
import { HEADERS_TIMEOUT_MS, MAX_CONNECTIONS, startWebServer, type WebServer } from '../../electron/web/server.ts';
import { runCli } from '../support/cli.ts';

/** Issue 16, item 14: browser mode against other local users and idle connections. */
const work = mkdtempSync(join(tmpdir(), 'soan-nq-local-'));
let web: WebServer;
beforeAll(async () => {
  const staticDir = join(work, 'static');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>x</title>');
  web = await startWebServer({ dbPath: join(work, 'web.sqlite'), staticDir });
});
afterAll(async () => {
  await web.close();
  rmSync(work, { recursive: true, force: true });
});

/** Sends raw bytes, returns what came back and whether the server closed the connection. */
function raw(port: number, text: string): Promise<{ reply: string; closed: boolean }> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let reply = '';
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ reply, closed: false });
    }, 3000);
    socket.on('data', (d) => (reply += d.toString()));
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ reply, closed: true });
    });
    socket.write(text);
  });
}

describe('browser mode', () => {
  it('closes the connection after a 401 without reading the announced body', async () => {
    const r = await raw(
      web.port,
      `POST /api/listDocuments HTTP/1.1\r\nHost: 127.0.0.1:${web.port}\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n{`,
    );
    expect(r.reply).toMatch(/^HTTP\/1\.1 401/);
    expect(r.reply).toMatch(/connection: close/i);
    expect(r.closed).toBe(true);
  });

  it('caps connections and shortens the header and request timeouts', () => {
    expect(web.server.maxConnections).toBe(MAX_CONNECTIONS);
    expect(web.server.headersTimeout).toBe(HEADERS_TIMEOUT_MS);
    expect(web.server.requestTimeout).toBeLessThanOrEqual(60_000);
  });

  it('hands the token to the browser in a page only this user can read, not on a command line', () => {
    const page = handoffPage(web.url);
    expect(page).not.toContain(web.token);
    expect(readFileSync(page, 'utf8')).toContain(web.token);
    expect(statSync(page).mode & 0o777).toBe(0o600);
    expect(statSync(dirname(page)).mode & 0o777).toBe(0o700);
    rmSync(dirname(page), { recursive: true, force: true });
  });

  it.runIf(process.platform !== 'win32')('creates the database file 0600 and its data folder 0700', async () => {
    const db = join(work, 'du-lieu', 'kho.sqlite');
    expect((await runCli(['db', 'init', '--db', db], { cwd: work })).code).toBe(0);
    expect(statSync(db).mode & 0o777).toBe(0o600);
    expect(statSync(dirname(db)).mode & 0o777).toBe(0o700);
    const store = openStore(db);
    if (store.ok) store.value.close();
  });
});
