import type { Statement } from 'better-sqlite3';
import type { Db } from './db.ts';

/** Statements prepared once per connection (preparing is a large part of a small write). */
const cache = new WeakMap<Db, Map<string, Statement<unknown[], unknown>>>();

/** `db.prepare(sql)`, kept for the connection's life; only for fixed SQL text (never built from input). */
export function prepared<P extends unknown[] | object = unknown[], R = unknown>(db: Db, sql: string): Statement<P, R> {
  let statements = cache.get(db);
  if (statements === undefined) {
    statements = new Map();
    cache.set(db, statements);
  }
  let statement = statements.get(sql);
  if (statement === undefined) {
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  return statement as unknown as Statement<P, R>;
}
