import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { addTerm, openStore, saveOrganization } from '../../electron/store/index.ts';
import { draft, ducTrongOrg, must } from '../unit/store/kit.ts';

/**
 * Numbers are given inside one BEGIN IMMEDIATE transaction: four processes issuing 2,500
 * approved documents each on one database file give numbers 1..10,000, each exactly once.
 */
const CHILDREN = 4;
const EACH = 2_500;
const TOTAL = CHILDREN * EACH;
const CHILD = fileURLToPath(new URL('./register-child.ts', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'soan-nq-register-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type ChildReport = { issued: number; retries: number; numbers: number[] };

function runChild(path: string, first: number): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [CHILD, path, String(first), String(EACH), '2025-12-10'],
      { maxBuffer: 8 * 1024 * 1024 },
      (err, stdout, stderr) => {
        if (err) reject(new Error(`tiến trình con lỗi: ${stderr || err.message}`));
        else resolve(JSON.parse(stdout) as ChildReport);
      },
    );
  });
}

/** 10,000 approved documents in one transaction, straight into the tables (setup, not what is tested). */
function prepare(path: string): void {
  const store = must(openStore(path));
  const { db } = store;
  must(saveOrganization(db, ducTrongOrg));
  must(addTerm(db, { orgId: 'HU-DUC-TRONG', ordinal: 'XII', startYear: 2020, endYear: 2025, startDate: '2020-10-15' }));
  const content = JSON.stringify(draft(2026));
  const insert = db.prepare(
    `INSERT INTO documents (org_id, doc_type, plan_year, status, profile_id, number_seq, issued_on, title, summary, content, version, created_at, updated_at)
     VALUES ('HU-DUC-TRONG', 'NQ', 2026, 'da-duyet', 'hd36-2018', NULL, NULL, 'NGHỊ QUYẾT', 'Thử cấp số', ?, 1, '2025-12-01T00:00:00Z', '2025-12-01T00:00:00Z')`,
  );
  db.transaction(() => {
    for (let i = 0; i < TOTAL; i++) insert.run(content);
  })();
  must(store.close());
}

describe('the number register under concurrent issuing', () => {
  it(`gives ${TOTAL} numbers from ${CHILDREN} processes, each exactly once, without gaps`, async () => {
    const path = join(work, 'so-dang-ky.sqlite');
    const t0 = performance.now();
    prepare(path);
    const t1 = performance.now();
    const reports = await Promise.all(Array.from({ length: CHILDREN }, (_, k) => runChild(path, k * EACH + 1)));
    const t2 = performance.now();
    const retries = reports.reduce((n, r) => n + r.retries, 0);
    console.info(
      `chuẩn bị ${TOTAL} văn bản: ${Math.round(t1 - t0)} ms; ${CHILDREN} tiến trình cấp số: ${Math.round(t2 - t1)} ms; thử lại vì bận: ${retries}`,
    );

    const given = reports.flatMap((r) => r.numbers).sort((a, b) => a - b);
    expect(given).toEqual(Array.from({ length: TOTAL }, (_, i) => i + 1));
    const store = must(openStore(path));
    const rows = store.db
      .prepare<[], { seq: number; document_id: number }>('SELECT seq, document_id FROM number_register ORDER BY seq')
      .all();
    expect(rows.map((r) => r.seq)).toEqual(given);
    expect(new Set(rows.map((r) => r.document_id)).size).toBe(TOTAL);
    const docs = store.db
      .prepare<[], { n: number; distinct_seq: number; max_seq: number }>(
        `SELECT count(*) AS n, count(DISTINCT number_seq) AS distinct_seq, max(number_seq) AS max_seq FROM documents WHERE status = 'ban-hanh'`,
      )
      .get();
    expect(docs).toEqual({ n: TOTAL, distinct_seq: TOTAL, max_seq: TOTAL });
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    must(store.close());
    // Each number is now on the disk before it is given (synchronous FULL): 10,000 fsyncs.
  }, 480_000);
});
