import { basename, dirname, join } from 'node:path';
import { resolutionSchema } from '../contract/model/resolution.ts';
import { fail, ok, type Result } from '../contract/result.ts';
import type { Db } from './db.ts';
import { isBusy } from './errors.ts';
import { readJson } from './json.ts';
import { reindexDocument } from './searchIndex.ts';

/**
 * Checks run each time the database is opened for writing: `PRAGMA quick_check` over the whole
 * file, then the full-text index's own integrity check. When only the search index is damaged it
 * is rebuilt from the documents (nothing is lost: the index holds nothing else); when the data
 * itself is damaged the file is refused with what to do, before anything is written to it.
 */

export type StartCheck = { searchRebuilt: boolean };

const FTS_SQL = `CREATE VIRTUAL TABLE document_search USING fts5(
    heading, body, original UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
  )`;

const onlySearchIndex = (problems: readonly string[]): boolean => problems.every((p) => /document_search/.test(p));

/** Whether the index has one row per document and passes FTS5's own check (another process writing: taken as sound). */
function searchIndexSound(db: Db): boolean {
  try {
    const counted = db.transaction(() => [
      Number(db.prepare('SELECT count(*) FROM document_search').pluck().get()),
      Number(db.prepare('SELECT count(*) FROM documents').pluck().get()),
    ])();
    if (counted[0] !== counted[1]) return false;
    db.prepare("INSERT INTO document_search(document_search, rank) VALUES ('integrity-check', 1)").run();
    return true;
  } catch (err) {
    return isBusy(err);
  }
}

/** Drops the search index and indexes every document again from its stored content */
export function rebuildSearchIndex(db: Db): Result<number> {
  try {
    return ok(
      db.transaction(() => {
        db.exec('DROP TABLE IF EXISTS document_search');
        db.exec(FTS_SQL);
        let n = 0;
        for (const row of db.prepare<[], { id: number; content: string }>('SELECT id, content FROM documents').all()) {
          const content = readJson(resolutionSchema, row.content, `Nội dung văn bản #${row.id}`);
          if (!content.ok) continue;
          reindexDocument(db, row.id, content.value, null);
          n += 1;
        }
        return n;
      })(),
    );
  } catch (err) {
    return fail(isBusy(err) ? 'WRITE_FAILED' : 'READ_FAILED', 'Không dựng lại được chỉ mục tìm kiếm.', [
      err instanceof Error ? err.message : String(err),
    ]);
  }
}

const damaged = (path: string, details: string[]): Result<never> =>
  fail(
    'DATABASE_DAMAGED',
    `Tệp dữ liệu "${path}" bị hỏng (có thể do mất điện, ổ đĩa lỗi hoặc tệp bị chép dở). Ứng dụng chưa ghi gì vào tệp. Hãy khôi phục tệp dữ liệu từ bản sao lưu gần nhất (thư mục "${join(dirname(path), 'sao-luu')}", các tệp "${basename(path)}.bak-…" cạnh tệp dữ liệu, hoặc bản sao lưu của cơ quan): chép bản sao lưu đè lên tệp này rồi mở lại.`,
    details.slice(0, 10),
  );

/** The start checks of an open database: refuses a damaged file, rebuilds a damaged search index. */
export function checkAtStart(db: Db, path: string): Result<StartCheck> {
  let problems: string[];
  try {
    problems = db
      .prepare('PRAGMA quick_check')
      .pluck()
      .all()
      .map(String)
      .filter((p) => p !== 'ok');
  } catch (err) {
    if (isBusy(err)) return ok({ searchRebuilt: false });
    return damaged(path, [err instanceof Error ? err.message : String(err)]);
  }
  if (problems.length > 0 && !onlySearchIndex(problems)) return damaged(path, problems);
  if (problems.length === 0 && searchIndexSound(db)) return ok({ searchRebuilt: false });
  const rebuilt = rebuildSearchIndex(db);
  if (!rebuilt.ok && rebuilt.error.code === 'WRITE_FAILED') return ok({ searchRebuilt: false });
  if (!rebuilt.ok) return damaged(path, [...problems, ...(rebuilt.error.details ?? [])]);
  return ok({ searchRebuilt: true });
}
