import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Role } from '../../electron/contract/model/people.ts';
import type { Result } from '../../electron/contract/result.ts';
import { exchange, PinnedAgent } from '../../electron/remote/tls.ts';
import { ADMIN, officeDatabase, removeDir, type Who } from '../integration/serverKit.ts';
import { projectRoot } from '../support/cli.ts';
import { ms, percentile, printTable, spreadOf, type Row } from './stats.ts';

/**
 * The office server under an office's load (issue 17): `soan-nq serve` in its own process on
 * loopback, 20 clients logged in with their own accounts, each talking as the desktop app does
 * (its pinned agent, connections kept alive: electron/remote/tls.ts); 5 of them save
 * their draft (with a real 30-page body, ~60 KB of JSON) every second (version-checked) and touch its presence, the other 15 list the
 * documents and touch presence every 2 s. p95 of a save's round trip, and every error counted.
 * `node test/bench/officeServer.ts [--seconds 60]`; `npm run bench` runs it for 60 s
 * (BENCH_SERVER_SECONDS to shorten).
 */
const SAVERS = 5;
const CLIENTS = 20;

type Server = { port: number; fingerprint: string };

/** `soan-nq serve` of the project at `root` (another checkout, to compare two versions side by side). */
function startServer(db: string, root: string): Promise<{ server: Server; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [join(root, 'electron/cli/soan-nq.ts'), 'serve', '--listen', '127.0.0.1:0', '--db', db], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  return new Promise((ready, failed) => {
    child.once('exit', () => failed(new Error(`Máy chủ đã thoát: ${out}`)));
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString('utf8');
      const port = /https:\/\/127\.0\.0\.1:(\d+)\//.exec(out)?.[1];
      const fingerprint = /\(SHA-256\): ([0-9A-F:]+)/.exec(out)?.[1];
      if (!port || !fingerprint) return;
      const stop = () =>
        new Promise<void>((done) => {
          child.removeAllListeners('exit');
          child.once('exit', () => done());
          child.kill('SIGTERM');
        });
      ready({ server: { port: Number(port), fingerprint }, stop });
    });
  });
}

const people: Who[] = Array.from({ length: CLIENTS }, (_, i) => ({
  name: `Người thử ${String(i + 1).padStart(2, '0')}`,
  password: `mat-khau-thu-${i + 1}`,
  role: (i < SAVERS ? 'chuyen-vien' : (['chanh-van-phong', 'van-thu', 'chuyen-vien'] as const)[i % 3]) as Role,
}));

type Doc = { id: number; version: number; content: { title: { summary: string }; body: unknown[] } };

/** A real resolution's body (Nhơn Trạch 2024, about 30 pages): what a secretary's save carries. */
const realBody = (JSON.parse(readFileSync(join(projectRoot, 'test/fixtures/nhon-trach-2024-nq09-hu.json'), 'utf8')) as { body: unknown[] })
  .body;

export type OfficeLoad = { saves: number[]; errors: number; requests: number };

/** The office's load for `seconds` against the server of the project at `root`: each save's round trip, errors, requests. */
export async function officeLoad(seconds: number, root = projectRoot, log: (line: string) => void = () => undefined): Promise<OfficeLoad> {
  const { dir, dbPath } = await officeDatabase('soan-nq-bench-server-', [ADMIN, ...people]);
  const { server, stop } = await startServer(dbPath, root);
  const saves: number[] = [];
  let errors = 0;
  let requests = 0;
  try {
    // Each client talks as the desktop app does (electron/remote/tls.ts): its own pinned agent, connections kept alive.
    const origin = `https://127.0.0.1:${server.port}`;
    const send = async (agent: PinnedAgent, path: string, body: unknown, token: string | null = null): Promise<Result<unknown> | null> => {
      const answer = await exchange(origin, agent, { method: 'POST', path, body, token });
      return answer.kind === 'answer' ? (answer.data as Result<unknown>) : null;
    };
    const clients = await Promise.all(
      people.map(async (p) => {
        const agent = new PinnedAgent(server.fingerprint);
        const login = await send(agent, '/auth/login', { name: p.name, password: p.password });
        if (!login?.ok) throw new Error(`Đăng nhập ${p.name}: ${login?.error.message ?? 'không kết nối được'}`);
        return { agent, token: (login.value as { token: string }).token };
      }),
    );
    const call = async (c: (typeof clients)[number], verb: string, body: unknown): Promise<Result<unknown> | null> => {
      requests += 1;
      const answer = await send(c.agent, `/api/${verb}`, body, c.token);
      if (answer === null || !answer.ok) errors += 1;
      return answer;
    };
    const drafts = await Promise.all(
      clients.slice(0, SAVERS).map(async (c, i) => {
        const made = await call(c, 'createNextYear', { orgId: 'DU-HIEP-THANH', year: 2030 + i });
        if (!made?.ok) throw new Error('Không tạo được dự thảo để đo');
        return made.value as Doc;
      }),
    );
    const until = performance.now() + seconds * 1000;
    const every = async (ms: number, tick: () => Promise<void>) => {
      for (let next = performance.now(); next < until; next += ms) {
        await new Promise((r) => setTimeout(r, Math.max(0, next - performance.now())));
        if (performance.now() >= until) return;
        await tick();
      }
    };
    log(`Máy chủ văn phòng: ${CLIENTS} máy trạm, ${SAVERS} máy lưu mỗi giây, trong ${seconds} giây…`);
    await Promise.all(
      clients.map((c, i) => {
        const doc = drafts[i];
        if (doc === undefined) {
          return every(2000, async () => {
            await call(c, 'listDocuments', {});
            await call(c, 'presence.touch', { documentId: drafts[i % SAVERS]?.id ?? 1 });
          });
        }
        let current = doc;
        return every(1000, async () => {
          const started = performance.now();
          const saved = await call(c, 'saveDocument', {
            id: current.id,
            expectedVersion: current.version,
            content: { ...current.content, body: realBody, title: { ...current.content.title, summary: `lần lưu lúc ${Date.now()}` } },
          });
          saves.push(performance.now() - started);
          if (saved?.ok) current = saved.value as Doc;
          await call(c, 'presence.touch', { documentId: current.id });
        });
      }),
    );
    for (const c of clients) c.agent.destroy();
  } finally {
    await stop();
    removeDir(dir);
  }
  log(`${requests} yêu cầu, ${errors} lỗi.`);
  return { saves, errors, requests };
}

export async function officeServerRows(log: (line: string) => void = () => undefined, seconds = 60): Promise<Row[]> {
  const { saves, errors, requests } = await officeLoad(seconds, projectRoot, log);
  const p95 = saves.length > 0 ? percentile(saves, 95) : Number.NaN;
  return [
    {
      case: `máy chủ văn phòng: lưu dự thảo 30 trang (${CLIENTS} máy, ${SAVERS} lưu/giây, ${seconds} s, ${errors} lỗi / ${requests} yêu cầu)`,
      runs: saves.length,
      p50: saves.length > 0 ? ms(percentile(saves, 50)) : '—',
      p95: saves.length > 0 ? ms(p95) : '—',
      spread: spreadOf(saves),
      goal: 'p95 < 100 ms, 0 lỗi',
      verdict: p95 < 100 && errors === 0 ? 'đạt' : 'KHÔNG ĐẠT',
    },
  ];
}

if (import.meta.main) {
  const at = process.argv.indexOf('--seconds');
  const seconds = at > 0 ? Number(process.argv[at + 1]) : 60;
  const rows = await officeServerRows((line) => console.log(line), Number.isFinite(seconds) && seconds > 0 ? seconds : 60);
  printTable(rows);
}
