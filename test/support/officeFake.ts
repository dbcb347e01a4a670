import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type TestCertificate = { key: string; cert: string; fingerprint: string };

/** A fresh self-signed certificate for 127.0.0.1 (openssl), and its SHA-256 fingerprint as the server prints it. */
export function makeCertificate(): TestCertificate {
  const dir = mkdtempSync(join(tmpdir(), 'soan-nq-cert-'));
  try {
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '30', '-subj', '/CN=127.0.0.1'].concat([
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ]),
      { stdio: 'ignore' },
    );
    const key = readFileSync(join(dir, 'key.pem'), 'utf8');
    const cert = readFileSync(join(dir, 'cert.pem'), 'utf8');
    return { key, cert, fingerprint: new X509Certificate(cert).fingerprint256 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export type SeenRequest = { method: string; path: string; authorization: string | undefined; body: string };

export type FakeOffice = { origin: string; port: number; seen: SeenRequest[]; server: Server; close: () => Promise<void> };

/**
 * A stand-in for the office server over real TLS, speaking the protocol of BRIEF.md: /server-info,
 * /auth/login (one account: "Nguyễn Văn A" / "mat-khau-dung"), /auth/logout, /api/<verb> behind the
 * token (answers `{ok:true,value:{verb, request}}`). Every request is recorded in `seen`.
 */
export async function startFakeOffice(certificate: TestCertificate, port = 0): Promise<FakeOffice> {
  const seen: SeenRequest[] = [];
  let token = 'phien-1';
  const server = createServer({ key: certificate.key, cert: certificate.cert }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const path = req.url ?? '/';
      seen.push({ method: req.method ?? '', path, authorization: req.headers.authorization, body });
      const send = (status: number, value: unknown) => {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      const authed = req.headers.authorization === `Bearer ${token}`;
      if (path === '/server-info') {
        return send(200, {
          ok: true,
          value: { app: 'soan-nq', fingerprint: certificate.fingerprint, version: '1', name: 'Văn phòng thử' },
        });
      }
      if (path === '/auth/login') {
        const given = JSON.parse(body) as { name: string; password: string };
        if (given.name !== 'Nguyễn Văn A' || given.password !== 'mat-khau-dung') {
          return send(401, { ok: false, error: { code: 'UNAUTHENTICATED', message: 'Sai tên hoặc mật khẩu.' } });
        }
        const value = { token, expiresAt: '2026-12-31T00:00:00Z', person: { id: 1, name: 'Nguyễn Văn A' }, role: 'chuyen-vien' };
        return send(200, { ok: true, value });
      }
      if (!authed) return send(401, { ok: false, error: { code: 'UNAUTHENTICATED', message: 'Phiên đăng nhập đã hết hạn.' } });
      if (path === '/auth/logout') {
        token = `${token}x`;
        return send(200, { ok: true, value: null });
      }
      if (path.startsWith('/api/')) {
        return send(200, { ok: true, value: { verb: path.slice(5), request: JSON.parse(body || '{}') as unknown } });
      }
      return send(404, { ok: false, error: { code: 'NOT_FOUND', message: 'Không có.' } });
    });
  });
  await new Promise<void>((ready) => server.listen({ host: '127.0.0.1', port }, ready));
  const actual = (server.address() as AddressInfo).port;
  return {
    origin: `https://127.0.0.1:${actual}`,
    port: actual,
    seen,
    server,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
