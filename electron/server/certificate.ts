import { X509Certificate } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { generate } from 'selfsigned';

/**
 * The office server's own certificate, made at its first start and kept beside the database
 * (`<db>.server/chung-chi.pem`, the key in `khoa-rieng.pem`, mode 0600, in a 0700 folder). Clients
 * pin it by its SHA-256 fingerprint, shown by the server at every start, so no authority is needed.
 * It is made once and never renewed silently: a new certificate would make every client refuse
 * the server (as it should when someone else answers at the address).
 */
export type ServerCertificate = { cert: string; key: string; fingerprint: string; dir: string; created: boolean };

export const serverDir = (dbPath: string): string => `${dbPath}.server`;

/** "AB:CD:…": the SHA-256 of the DER certificate in uppercase hex pairs. */
export function fingerprintOf(certPem: string): string {
  return new X509Certificate(certPem).fingerprint256.toUpperCase();
}

function writePrivate(path: string, text: string): void {
  const temp = `${path}.tmp`;
  writeFileSync(temp, text, { mode: 0o600 });
  chmodSync(temp, 0o600);
  renameSync(temp, path);
}

export async function ensureCertificate(dbPath: string, names: readonly string[] = []): Promise<ServerCertificate> {
  const dir = serverDir(dbPath);
  const certFile = join(dir, 'chung-chi.pem');
  const keyFile = join(dir, 'khoa-rieng.pem');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (existsSync(certFile) && existsSync(keyFile)) {
    const cert = readFileSync(certFile, 'utf8');
    return { cert, key: readFileSync(keyFile, 'utf8'), fingerprint: fingerprintOf(cert), dir, created: false };
  }
  const dns = [...new Set(['localhost', hostname(), ...names.filter((n) => !/^[\d.:]+$/.test(n))])];
  const ips = [...new Set(['127.0.0.1', '::1', ...names.filter((n) => /^[\d.:]+$/.test(n))])];
  const notBeforeDate = new Date(Date.now() - 24 * 60 * 60 * 1000);
  const pems = await generate([{ name: 'commonName', value: `Soạn Nghị quyết — máy chủ văn phòng (${hostname()})` }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate: new Date(notBeforeDate.getTime() + 20 * 365 * 24 * 60 * 60 * 1000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [...dns.map((value) => ({ type: 2 as const, value })), ...ips.map((ip) => ({ type: 7 as const, ip }))],
      },
    ],
  });
  writePrivate(keyFile, pems.private);
  writeFileSync(certFile, pems.cert, { mode: 0o644 });
  return { cert: pems.cert, key: pems.private, fingerprint: fingerprintOf(pems.cert), dir, created: true };
}
