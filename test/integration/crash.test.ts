import { spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { walkTargets, type Resolution } from '../../electron/contract/model/index.ts';
import {
  getDocument,
  getVersion,
  listAudit,
  listVersions,
  openStore,
  saveOrganization,
  searchDocuments,
} from '../../electron/store/index.ts';
import { saveDocument } from '../../electron/services/documentSave.ts';
import { ducTrongOrg, fixture, must } from '../unit/store/kit.ts';
import { markerOf, revenueOf } from './crash-child.ts';

/**
 * Crash safety on a real WAL file: a child process saves versions of a document in a loop and
 * is killed with SIGKILL at a random moment, ROUNDS times. After each kill the database must pass
 * PRAGMA integrity_check and hold every version the child reported as committed, with valid
 * content, and the document must equal its latest version; then a new child carries on from it.
 *
 * The kill delays come from a seeded PRNG (seed printed; CRASH_SEED=<n> repeats the schedule —
 * the child's speed still varies from run to run, so where a kill lands is not exactly repeated).
 * SIGKILL ends the process, not the machine: this proves the store against a crashing or killed
 * app, not against power loss (synchronous=NORMAL in WAL may lose the last commits then).
 */
const ROUNDS = 50;
/** Kill 5–120 ms after the child's first "committed" line: mostly inside a save (~10 ms each). */
const MIN_DELAY_MS = 5;
const MAX_DELAY_MS = 120;
const CHILD = fileURLToPath(new URL('./crash-child.ts', import.meta.url));
const who = 'Chuyên viên Văn phòng';

const work = mkdtempSync(join(tmpdir(), 'soan-nq-crash-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** mulberry32: small, seeded, good enough to spread delays. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type ChildRun = { lines: string[]; stderr: string; signal: NodeJS.Signals | null; code: number | null; killedAfterMs: number | null };

/** Runs the child until `delayMs` after its first committed save, then kills it with SIGKILL. */
function runChild(path: string, documentId: number, delayMs: number): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, path, String(documentId)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let pending = '';
    let stderr = '';
    let firstCommitAt: number | null = null;
    let killedAfterMs: number | null = null;
    const kill = () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    };
    const watchdog = setTimeout(kill, 15_000);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const parts = pending.split('\n');
      pending = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        if (firstCommitAt === null && line.startsWith('committed ')) {
          firstCommitAt = performance.now();
          setTimeout(() => {
            killedAfterMs = performance.now() - (firstCommitAt ?? 0);
            kill();
          }, delayMs);
        }
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(watchdog);
      if (pending.length > 0) lines.push(pending);
      resolve({ lines, stderr, signal, code, killedAfterMs });
    });
  });
}

/**
 * Frames at the end of the WAL written after its last commit frame (same salts as the header):
 * a commit the kill caught half-written. Read before anyone opens the file (which would recover
 * and, on close, checkpoint and delete the WAL). A save writes the WAL only when it commits (its
 * pages fit in the cache), so nothing else leaves such frames.
 */
function framesAfterLastCommit(walPath: string): number {
  if (!existsSync(walPath)) return 0;
  const wal = readFileSync(walPath);
  if (wal.length < 32) return 0;
  const pageSize = wal.readUInt32BE(8);
  const salt1 = wal.readUInt32BE(16);
  const salt2 = wal.readUInt32BE(20);
  let after = 0;
  for (let at = 32; at + 24 <= wal.length; at += 24 + pageSize) {
    if (wal.readUInt32BE(at + 8) !== salt1 || wal.readUInt32BE(at + 12) !== salt2) break;
    after = wal.readUInt32BE(at + 4) !== 0 ? 0 : after + 1;
  }
  return after;
}

type Line = { kind: 'ready' | 'saving' | 'committed'; documentId: number; version: number };

function parseLine(line: string): Line {
  const m = /^(ready|saving|committed) (\d+) (\d+)$/.exec(line);
  if (!m || (m[1] !== 'ready' && m[1] !== 'saving' && m[1] !== 'committed')) throw new Error(`Dòng lạ từ tiến trình con: "${line}"`);
  return { kind: m[1], documentId: Number(m[2]), version: Number(m[3]) };
}

/** Checks that `content` is version `version` as the child wrote it. */
function expectVersionContent(content: Resolution, version: number, context: string): void {
  const last = content.body.at(-1);
  const text = last?.type === 'paragraph' ? last.runs.map((r) => (r.type === 'text' ? r.text : '')).join('') : '';
  expect(text, context).toContain(markerOf(version));
  expect(content.marks.draftRound, context).toBe(version);
  const revenue = [...walkTargets(content.targets)].find(([n]) => n.key === 'thu-ngan-sach')?.[0];
  expect(revenue?.value?.written, context).toBe(revenueOf(version).written);
}

type KillWhere = 'between-saves' | 'in-transaction' | 'after-commit-before-report';

describe('store under SIGKILL', () => {
  it(`keeps every reported version and a sound file through ${ROUNDS} kills of a saving process`, async () => {
    const seed = Number(process.env['CRASH_SEED'] ?? randomInt(2 ** 31));
    const random = prng(seed);
    console.log(`crash test: seed ${seed} (CRASH_SEED=${seed} npx vitest run test/integration/crash.test.ts to repeat the kill schedule)`);
    const started = performance.now();

    const path = join(work, 'crash.sqlite');
    const setup = must(openStore(path));
    must(saveOrganization(setup.db, ducTrongOrg));
    const original = fixture('duc-trong-2022-nq04-hu');
    const targetCount = [...walkTargets(original.targets)].length;
    const documentId = must(saveDocument(setup.db, { orgId: 'HU-DUC-TRONG', content: original, who, why: 'Dự thảo lần 1' })).id;
    must(setup.close());

    const reported = new Set<number>([1]);
    const where: Record<KillWhere, number> = { 'between-saves': 0, 'in-transaction': 0, 'after-commit-before-report': 0 };
    let tornCommits = 0;
    let verifiedUpTo = 1;
    for (let round = 1; round <= ROUNDS; round += 1) {
      const delay = MIN_DELAY_MS + random() * (MAX_DELAY_MS - MIN_DELAY_MS);
      const run = await runChild(path, documentId, delay);
      const context = `seed ${seed}, lượt ${round}, giết sau ${delay.toFixed(1)} ms\n${run.stderr}`;
      expect(run.signal, context).toBe('SIGKILL');
      tornCommits += framesAfterLastCommit(`${path}-wal`) > 0 ? 1 : 0;

      const lines = run.lines.map(parseLine);
      expect(lines[0], context).toEqual({ kind: 'ready', documentId, version: verifiedUpTo });
      const committed = lines.filter((l) => l.kind === 'committed').map((l) => l.version);
      expect(committed.length, context).toBeGreaterThan(0);
      // Versions follow each other from where the last round was left.
      expect(committed, context).toEqual(committed.map((_, i) => verifiedUpTo + 1 + i));
      for (const v of committed) reported.add(v);
      const lastReported = committed.at(-1) ?? verifiedUpTo;
      const last = lines.at(-1);

      const store = must(openStore(path));
      try {
        const { db } = store;
        expect(db.pragma('integrity_check', { simple: true }), context).toBe('ok');
        expect(db.pragma('foreign_key_check'), context).toEqual([]);
        db.prepare("INSERT INTO document_search (document_search) VALUES ('integrity-check')").run();

        const doc = must(getDocument(db, documentId));
        // At most one version beyond the last reported one: committed, killed before printing.
        expect([lastReported, lastReported + 1], context).toContain(doc.version);
        if (doc.version === lastReported + 1) {
          expect(last, context).toEqual({ kind: 'saving', documentId, version: doc.version });
          where['after-commit-before-report'] += 1;
        } else if (last?.kind === 'saving') {
          where['in-transaction'] += 1;
        } else {
          where['between-saves'] += 1;
        }

        const versions = must(listVersions(db, documentId)).map((v) => v.version);
        expect(versions, context).toEqual(Array.from({ length: doc.version }, (_, i) => i + 1));
        for (let v = verifiedUpTo + 1; v <= doc.version; v += 1) {
          expectVersionContent(must(getVersion(db, documentId, v)).content, v, `${context}\nphiên bản ${v}`);
        }
        expect(must(getVersion(db, documentId, doc.version)).content, context).toEqual(doc.content);
        // Everything a save writes went in with it, or not at all.
        expect(must(listAudit(db, { documentId })), context).toHaveLength(doc.version);
        expect(db.prepare('SELECT count(*) FROM targets WHERE document_id = ?').pluck().get(documentId), context).toBe(targetCount);
        expect(
          must(searchDocuments(db, markerOf(doc.version))).map((h) => h.document.id),
          context,
        ).toEqual([documentId]);
        verifiedUpTo = doc.version;
      } finally {
        must(store.close());
      }
    }

    // Every version ever reported, read back in full once more at the end.
    const store = must(openStore(path));
    try {
      const versions = must(listVersions(store.db, documentId)).map((v) => v.version);
      for (const v of reported) expect(versions).toContain(v);
      for (const v of versions) {
        if (v > 1) expectVersionContent(must(getVersion(store.db, documentId, v)).content, v, `seed ${seed}, phiên bản ${v}`);
      }
      expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      must(store.close());
    }

    const seconds = (performance.now() - started) / 1000;
    const kills = where['between-saves'] + where['in-transaction'] + where['after-commit-before-report'];
    console.log(
      `crash test: ${ROUNDS} lượt giết SIGKILL trong ${seconds.toFixed(1)} s; ${reported.size - 1} phiên bản báo đã lưu ` +
        `(+ ${where['after-commit-before-report']} đã lưu nhưng chưa kịp báo), tổng ${verifiedUpTo} phiên bản; ` +
        `giết khi giao dịch đang mở: ${where['in-transaction']}, giữa hai lần lưu: ${where['between-saves']}, ` +
        `sau commit trước khi báo: ${where['after-commit-before-report']}; WAL có commit ghi dở: ${tornCommits}`,
    );
    expect(kills).toBe(ROUNDS);
    expect(reported.size - 1).toBeGreaterThanOrEqual(ROUNDS);
    // The point of the test: kills must land inside saves, not only between them.
    expect(where['in-transaction'] + where['after-commit-before-report']).toBeGreaterThan(0);
  }, 180_000);
});
