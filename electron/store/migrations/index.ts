import { migration0001 } from './0001-initial.ts';
import { migration0002 } from './0002-document-bin.ts';
import { migration0003 } from './0003-registers.ts';
import { migration0004 } from './0004-comments.ts';
import { migration0005 } from './0005-office-setup.ts';
import { migration0006 } from './0006-word-review.ts';
import { migration0007 } from './0007-accounts.ts';
import { migration0008 } from './0008-comment-parts.ts';
import { migration0009 } from './0009-search-waiting.ts';
import type { Migration } from './types.ts';

export type { Migration } from './types.ts';

/** Every migration, in order; `migrations[i].version === i + 1`. Append only. */
export const migrations: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
];

/** The schema version this build of the app writes. */
export const LATEST_VERSION = migrations.length;

/** Marks our files ("SNQ1") in the SQLite header, so the app refuses a stranger's database. */
export const APPLICATION_ID = 0x534e5131;
