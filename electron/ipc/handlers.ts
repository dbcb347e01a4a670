import type { Handlers } from './context.ts';
import { commentHandlers } from './verbs/comments.ts';
import { copyHandlers } from './verbs/copies.ts';
import { databaseHandlers } from './verbs/database.ts';
import { documentHandlers } from './verbs/documents.ts';
import { draftHandlers } from './verbs/drafts.ts';
import { fileHandlers } from './verbs/files.ts';
import { importHandlers } from './verbs/imports.ts';
import { reviewHandlers } from './verbs/review.ts';
import { resultHandlers } from './verbs/results.ts';
import { workflowHandlers } from './verbs/workflow.ts';
import { officeHandlers } from './verbs/office.ts';
import { backupHandlers } from './verbs/backups.ts';
import { remoteHandlers } from './verbs/remote.ts';
import { accountHandlers, presenceHandlers } from './verbs/accounts.ts';
import { printHandlers } from './verbs/printing.ts';
import { spellingHandlers } from './verbs/spelling.ts';
import { officeHostHandlers } from './verbs/officeHost.ts';
import { editHandlers } from './verbs/edits.ts';

export type { Handler, Handlers } from './context.ts';

/**
 * One handler per verb of the contract, gathered from one table per domain (verbs/*.ts, each
 * `satisfies Partial<Handlers>`). The type makes the set complete: a verb added to the contract
 * without its handler does not compile. The same table serves the desktop (IPC) and the browser
 * (HTTP), always through `dispatch`, which checks the request first.
 */
export const handlers: Handlers = {
  ...documentHandlers,
  ...copyHandlers,
  ...commentHandlers,
  ...workflowHandlers,
  ...importHandlers,
  ...reviewHandlers,
  ...fileHandlers,
  ...resultHandlers,
  ...draftHandlers,
  ...databaseHandlers,
  ...officeHandlers,
  ...backupHandlers,
  ...remoteHandlers,
  ...accountHandlers,
  ...presenceHandlers,
  ...printHandlers,
  ...spellingHandlers,
  ...officeHostHandlers,
  ...editHandlers,
};
