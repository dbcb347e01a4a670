import { closeSync, openSync, readSync } from 'node:fs';
import { walkTargets } from '../../electron/contract/model/index.ts';
import { saveDocument } from '../../electron/services/documentSave.ts';
import { saveEdits } from '../../electron/services/documentEdits.ts';
import { startNextYear } from '../../electron/services/draft.ts';
import {
  latestDocument,
  openStore,
  searchDocuments,
  targetsWithResults,
  upsertResults,
  type Db,
  type ResultEntry,
} from '../../electron/store/index.ts';
import { ftsQuery, queryTerms } from '../../electron/store/fold.ts';
import { isCommonQuery, searchWords } from '../../electron/store/searchRank.ts';
import { underLoad } from './busyLoad.ts';
import { benchDatabase, fileMb, LAST_RESULT_YEAR, LAST_YEAR, must, resultEntries, WHO } from './generate.ts';
import { longResolution, middleEdit } from './longDocument.ts';
import { prng } from './random.ts';
import { measure, sampleRow, type Row } from './stats.ts';

/**
 * The store's rows of `npm run bench`, on the generated database (generate.ts): last year's
 * targets with results for one organization, full-text search (on the machine as it is, and again
 * while two more processes keep its cores busy), and starting next year's draft.
 * Notes (sizes, generation time, and the query plans of the statements the store actually ran)
 * are printed under the table.
 */

export const QUERIES = [
  'nong thon moi',
  'Đức Trọng',
  'bảo hiểm y tế',
  'chuyển đổi số',
  'xây dựng Đảng',
  'quốc phòng an ninh',
  'hộ nghèo',
  'Nhơn Trạch',
  'cai cach hanh chinh',
  'trồng rừng',
  'du lịch',
  'ma túy',
  'giải quyết việc làm',
  'gia đình văn hóa',
  'tai nạn giao thông',
  'covid',
  'dân vận khéo',
  'thu ngân sách',
  'Krông Pắc',
  'đảng viên',
] as const;

/** How many processes keep the machine busy for the search's row under load (as many as the 2 cores of the machine it is measured on). */
const BUSY = 2;

/** The pages of the draft the autosave rows save (as the browser's keystroke rows type in, browser.ts). */
const SAVE_PAGES = 300;
/** Autosaves measured (after two not measured), and how many of them are followed by a search for the word just typed. */
const SAVES = 30;
const SEARCH_EVERY = 3;

type Plan = { sql: string; lines: string[] };

/**
 * The editor's autosave of a ~300-page draft of the organization (saveEdits, one paragraph of the
 * middle changed, as after a word typed), in a transaction rolled back at the end: the time of each
 * save, and of a search for the word just typed after every third one (it must find the draft first).
 */
function autosaves(db: Db, orgId: string): { saves: number[]; searches: number[] } {
  const saves: number[] = [];
  const searches: number[] = [];
  db.exec('BEGIN IMMEDIATE');
  try {
    const content = longResolution(SAVE_PAGES);
    let saved = must(saveDocument(db, { orgId, content, who: WHO, why: 'Dữ liệu đo' }));
    for (let i = 0; i < SAVES + 2; i += 1) {
      const word = `kiểmđếm${i}`;
      const edit = middleEdit(content, `Đoạn sửa lần thứ ${i + 1}: ${word}`);
      const start = performance.now();
      const edits = must(saveEdits(db, { id: saved.id, expectedVersion: saved.version, content: edit, who: WHO }));
      const took = performance.now() - start;
      saved = { ...saved, version: edits.version };
      if (i < 2) continue;
      saves.push(took);
      if (i % SEARCH_EVERY !== 0) continue;
      const searchStart = performance.now();
      const hits = must(searchDocuments(db, word));
      searches.push(performance.now() - searchStart);
      if (hits[0]?.document.id !== saved.id) throw new Error(`Tìm "${word}" không thấy dự thảo vừa lưu`);
    }
  } finally {
    db.exec('ROLLBACK');
  }
  return { saves, searches };
}

/** The SQL of every statement `fn` prepares on `db`, in order, without repeats. */
function statementsOf(db: Db, fn: () => void): string[] {
  const seen: string[] = [];
  const prepare = db.prepare;
  db.prepare = ((source: string) => {
    seen.push(source);
    return prepare.call(db, source);
  }) as typeof db.prepare;
  try {
    fn();
  } finally {
    db.prepare = prepare;
  }
  return [...new Set(seen)];
}

/** Binds `values` to a statement's parameters by name (named ones) or null to every one. */
function bind(sql: string, values: Readonly<Record<string, unknown>> = {}): unknown[] {
  const named = [...new Set([...sql.matchAll(/@(\w+)/g)].map((m) => m[1] ?? ''))];
  if (named.length > 0) return [Object.fromEntries(named.map((n) => [n, values[n] ?? null]))];
  return Array.from({ length: (sql.match(/\?/g) ?? []).length }, () => null);
}

/** EXPLAIN QUERY PLAN of every statement `fn` prepares, as indented trees. */
function plansOf(db: Db, fn: () => void): Plan[] {
  return statementsOf(db, fn).map((sql) => {
    const rows = db.prepare<unknown[], { id: number; parent: number; detail: string }>(`EXPLAIN QUERY PLAN ${sql}`).all(...bind(sql));
    const depth = new Map<number, number>([[0, 0]]);
    const lines = rows.map((r) => {
      const d = (depth.get(r.parent) ?? 0) + 1;
      depth.set(r.id, d);
      return `${'  '.repeat(d)}${r.detail}`;
    });
    return { sql: sql.replace(/\s+/g, ' ').trim(), lines };
  });
}

function printPlans(title: string, plans: readonly Plan[]): string[] {
  return [
    `EXPLAIN QUERY PLAN — ${title}:`,
    ...plans.flatMap((p) => [`  ${p.sql.length > 150 ? `${p.sql.slice(0, 147)}…` : p.sql}`, ...p.lines.map((l) => `  ${l}`)]),
  ];
}

/** `fn` on a connection of its own, whose statements are all prepared anew (the store keeps them per connection). */
function onFreshConnection<T>(path: string, fn: (db: Db) => T): T {
  const store = must(openStore(path, { readonly: true }));
  try {
    return fn(store.db);
  } finally {
    must(store.close());
  }
}

/** Results of `year` for most targets of the organization's resolution of that year, as generate.ts makes them. */
function yearResults(db: Db, random: () => number, orgId: string, year: number): ResultEntry[] {
  const doc = must(latestDocument(db, orgId, year));
  if (!doc) throw new Error(`${orgId} không có nghị quyết năm ${year}`);
  return resultEntries(random, doc.content);
}

/** Reads a whole file in large chunks (to bring it into the OS page cache); returns the time taken. */
function warmFile(path: string): number {
  const start = performance.now();
  const fd = openSync(path, 'r');
  try {
    const chunk = Buffer.allocUnsafe(8 * 1024 * 1024);
    while (readSync(fd, chunk, 0, chunk.length, null) > 0);
  } finally {
    closeSync(fd);
  }
  return performance.now() - start;
}

export async function storeRows(log: (line: string) => void): Promise<{ rows: Row[]; notes: string[] }> {
  const bench = benchDatabase(log);
  // Measure the queries, not the disk: read the file once so its pages are in the OS cache, as
  // they are in an app that has been open for a while (the first cold read is printed below).
  const warmMs = warmFile(bench.path);
  const store = must(openStore(bench.path));
  const { db } = store;
  const random = prng(20251201);
  const randomOrg = () => bench.orgIds[Math.floor(random() * bench.orgIds.length)] ?? '';
  const rows: Row[] = [];
  const notes: string[] = [];
  try {
    const count = (table: string) => Number(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get());
    notes.push(
      `CSDL thử: ${fileMb(bench.path).toFixed(0)} MB, ${count('organizations')} tổ chức, ${count('documents')} văn bản, ${count('targets')} dòng chỉ tiêu, ` +
        `${count('indicators')} chỉ tiêu theo dõi, ${count('results')} kết quả; ` +
        (bench.generatedMs === null ? 'dùng tệp đệm' : `tạo trong ${(bench.generatedMs / 1000).toFixed(1)} s`) +
        `; đọc trước cả tệp vào bộ đệm của hệ điều hành trong ${(warmMs / 1000).toFixed(1)} s` +
        ` (${bench.path})`,
    );

    // Last year's targets with results, one organization at a time.
    let withResults = 0;
    const load = await measure(
      () => {
        const found = must(targetsWithResults(db, randomOrg(), LAST_RESULT_YEAR));
        if (!found || found.rows.length !== 60) throw new Error('Thiếu chỉ tiêu năm trước');
        withResults += found.rows.filter((r) => r.result !== null).length;
      },
      20,
      300,
    );
    rows.push(sampleRow(`chỉ tiêu năm trước + kết quả (1 đơn vị, năm ${LAST_RESULT_YEAR})`, load, 'p50 < 2 ms', (p50) => p50 < 2));
    if (withResults === 0) throw new Error('Không có kết quả nào: phép đo không đo phép nối kết quả');

    // Full-text search, the app's default limit (20 hits, each with its passage): on the machine as
    // it is, then again while BUSY more processes keep its cores busy.
    let hits = 0;
    const searchAll = () => {
      let query = 0;
      return measure(
        () => {
          hits += must(searchDocuments(db, QUERIES[query++ % QUERIES.length] ?? '')).length;
        },
        QUERIES.length,
        10 * QUERIES.length,
      );
    };
    rows.push(sampleRow(`tìm kiếm toàn văn (${QUERIES.length} câu, ≤ 20 kết quả)`, await searchAll(), 'p50 < 20 ms', (p50) => p50 < 20));
    rows.push(
      sampleRow(
        `  └ cùng các câu, máy bận (thêm ${BUSY} tiến trình vòng lặp bận)`,
        await underLoad(BUSY, searchAll),
        'p50 < 20 ms',
        (p50) => p50 < 20,
      ),
    );
    if (hits === 0) throw new Error('Tìm kiếm không thấy gì');
    const common = QUERIES.filter((q) => isCommonQuery(db, searchWords(db, queryTerms(q))));
    notes.push(
      `Tìm kiếm: ${common.length}/${QUERIES.length} câu có mọi từ trong ≥ nửa số văn bản (xếp theo tầng, mới trước, chỉ đọc số văn bản hiện ra); ` +
        `${QUERIES.length - common.length} câu có từ hiếm, xếp bằng bm25 trên mọi văn bản khớp (${QUERIES.filter((q) => !common.includes(q)).join(', ')}).`,
    );
    // What ranking every match by bm25 costs (a query with a rare word; before, every query), without passages.
    const rankSql = onFreshConnection(bench.path, (fresh) => statementsOf(fresh, () => must(searchDocuments(fresh, 'Krông Pắc')))).find(
      (sql) => /\bbm25\b/.test(sql) && !/org_id/.test(sql),
    );
    if (rankSql === undefined) throw new Error('Không thấy câu lệnh xếp hạng bm25');
    const statement = db.prepare<unknown[], unknown>(rankSql);
    let ranked = 0;
    const sqlOnly = await measure(
      () => statement.all(...bind(rankSql, { match: ftsQuery(queryTerms(QUERIES[ranked++ % QUERIES.length] ?? '')), count: 40 })),
      QUERIES.length,
      10 * QUERIES.length,
    );
    rows.push(sampleRow('  └ riêng câu xếp hạng bm25 mọi văn bản khớp (cả 20 câu), chưa đọc văn bản', sqlOnly, '—', null));

    // Next year's draft, each in a transaction rolled back: first (not timed) the results of the
    // year now ending, as the office would have entered them, then startNextYear (timed).
    const nextYear: number[] = [];
    for (let i = 0; i < 110; i += 1) {
      const orgId = randomOrg();
      db.exec('BEGIN IMMEDIATE');
      try {
        must(upsertResults(db, { orgId, year: LAST_YEAR, who: WHO, entries: yearResults(db, random, orgId, LAST_YEAR) }));
        const start = performance.now();
        const draft = must(startNextYear(db, { orgId, year: LAST_YEAR + 1, who: WHO }));
        const took = performance.now() - start;
        if (i >= 10) nextYear.push(took);
        if ([...walkTargets(draft.content.targets)].length !== 60) throw new Error('Dự thảo năm sau thiếu chỉ tiêu');
      } finally {
        db.exec('ROLLBACK');
      }
    }
    rows.push(sampleRow(`khởi tạo dự thảo năm sau (startNextYear, ${LAST_YEAR + 1})`, nextYear, 'p50 < 20 ms', (p50) => p50 < 20));

    const { saves, searches } = autosaves(db, bench.orgIds[0] ?? '');
    rows.push(sampleRow(`tự động lưu dự thảo ~${SAVE_PAGES} trang (saveEdits, sửa 1 đoạn)`, saves, '—', null));
    rows.push(sampleRow('  └ tìm ngay từ vừa gõ sau lần lưu đó', searches, '—', null));

    const sample = bench.orgIds[0] ?? '';
    notes.push(
      ...printPlans(
        `targetsWithResults(${sample}, ${LAST_RESULT_YEAR})`,
        plansOf(db, () => must(targetsWithResults(db, sample, LAST_RESULT_YEAR))),
      ),
    );
    for (const q of ['nong thon moi', 'Krông Pắc']) {
      notes.push(
        ...printPlans(
          `searchDocuments("${q}")`,
          onFreshConnection(bench.path, (fresh) => plansOf(fresh, () => must(searchDocuments(fresh, q)))),
        ),
      );
    }
    notes.push(
      '  (VIRTUAL TABLE INDEX 0:M3 = chỉ mục toàn văn FTS5 của document_search, MATCH trên mọi cột; 0:= = đọc một dòng theo rowid)',
    );
  } finally {
    must(store.close());
  }
  return { rows, notes };
}
