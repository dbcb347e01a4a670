import type { ClientRequestArgs, IncomingMessage } from 'node:http';
import { Agent, request } from 'node:https';
import { isIP } from 'node:net';
import type { Duplex } from 'node:stream';
import { connect, type TLSSocket } from 'node:tls';

/** The office server presented a certificate other than the pinned one. */
export class CertificateChangedError extends Error {
  readonly found: string;
  constructor(found: string) {
    super('certificate changed');
    this.found = found;
  }
}

/**
 * An https agent that trusts exactly one certificate: the one whose SHA-256 fingerprint was pinned
 * at the first connection. The server's certificate is self-signed, so the usual chain check
 * cannot apply (and `checkServerIdentity` is never reached past it); instead each connection is
 * made here, its certificate's fingerprint compared once the handshake is done, and only then is
 * the socket handed to the request — so nothing (no token, no document) is written to a server
 * whose certificate changed.
 */
export class PinnedAgent extends Agent {
  readonly pin: string;
  constructor(pin: string) {
    super({ keepAlive: true, maxSockets: 8 });
    this.pin = pin;
  }

  override createConnection(options: ClientRequestArgs, callback?: (err: Error | null, stream: Duplex) => void): Duplex | null | undefined {
    const host = options.hostname ?? options.host ?? 'localhost';
    const socket = connect({
      host,
      port: Number(options.port),
      ...(isIP(host) === 0 ? { servername: host } : {}),
      rejectUnauthorized: false,
      checkServerIdentity: () => undefined,
    });
    const done = callback ?? (() => undefined);
    const onError = (err: Error) => done(err, socket);
    socket.once('error', onError);
    socket.once('secureConnect', () => {
      socket.removeListener('error', onError);
      const found = socket.getPeerCertificate().fingerprint256;
      if (found === this.pin) return done(null, socket);
      socket.destroy();
      done(new CertificateChangedError(found), socket);
    });
    return undefined;
  }
}

export type Exchange = { method: 'GET' | 'POST'; path: string; body?: unknown; token?: string | null };

/** What came back: the server's answer, no answer at all, or a certificate that is not the pinned one. */
export type Answer =
  | { kind: 'answer'; status: number; data: unknown; fingerprint: string }
  | { kind: 'unreachable'; reason: string }
  | { kind: 'certificate-changed'; found: string };

/** A request is given this long to connect and be answered (a long export or copy included). */
export const REQUEST_TIMEOUT_MS = 120_000;

function readJson(res: IncomingMessage): Promise<unknown> {
  return new Promise((done, failed) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('error', failed);
    res.on('end', () => {
      try {
        done(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        done(null);
      }
    });
  });
}

/**
 * One JSON request to `origin` (https://host:port). With `agent` (a PinnedAgent) the certificate
 * must be the pinned one; without it (the first connection only) any certificate is accepted and
 * its fingerprint reported, for the person to compare.
 */
export function exchange(
  origin: string,
  agent: PinnedAgent | null,
  ex: Exchange,
  timeoutMs = REQUEST_TIMEOUT_MS,
  retry = true,
): Promise<Answer> {
  const url = new URL(ex.path, origin);
  const body = ex.method === 'POST' ? JSON.stringify(ex.body ?? {}) : undefined;
  return new Promise<Answer>((done) => {
    const req = request(
      {
        method: ex.method,
        hostname: url.hostname.replace(/^\[|\]$/g, ''),
        port: url.port === '' ? 443 : Number(url.port),
        path: url.pathname,
        headers: {
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) }),
          ...(ex.token ? { Authorization: `Bearer ${ex.token}` } : {}),
        },
        ...(agent ? { agent } : { agent: false, rejectUnauthorized: false }),
      },
      (res) => {
        const fingerprint = (res.socket as TLSSocket).getPeerCertificate?.().fingerprint256 ?? '';
        readJson(res).then(
          (data) => done({ kind: 'answer', status: res.statusCode ?? 0, data, fingerprint }),
          (err: unknown) => done({ kind: 'unreachable', reason: String(err) }),
        );
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`không trả lời sau ${Math.round(timeoutMs / 1000)} giây`)));
    req.on('error', (err: NodeJS.ErrnoException) => {
      // A kept-alive connection the server closed meanwhile (it restarted): the request never got there, so it is sent again on a new one.
      if (retry && req.reusedSocket && err.code === 'ECONNRESET') return done(exchange(origin, agent, ex, timeoutMs, false));
      done(
        err instanceof CertificateChangedError
          ? { kind: 'certificate-changed', found: err.found }
          : { kind: 'unreachable', reason: err.message },
      );
    });
    req.end(body);
  });
}
