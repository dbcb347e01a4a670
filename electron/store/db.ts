import type Database from 'better-sqlite3';

/** The open SQLite handle every query module takes as its first argument. */
export type Db = Database.Database;
