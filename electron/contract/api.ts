import type { z } from 'zod';
import type { Result } from './result.ts';
import { commentVerbs } from './verbs/comments.ts';
import { copyVerbs } from './verbs/copies.ts';
import { databaseVerbs } from './verbs/database.ts';
import { documentVerbs } from './verbs/documents.ts';
import { draftVerbs } from './verbs/drafts.ts';
import { fileVerbs } from './verbs/files.ts';
import { importVerbs } from './verbs/imports.ts';
import { reviewVerbs } from './verbs/review.ts';
import { resultVerbs } from './verbs/results.ts';
import { workflowVerbs } from './verbs/workflow.ts';
import { firstStartVerbs, officeVerbs } from './verbs/office.ts';
import { backupVerbs } from './verbs/backups.ts';
import { remoteVerbs } from './verbs/remote.ts';
import { accountVerbs } from './verbs/accounts.ts';
import { presenceVerbs } from './verbs/presence.ts';
import { printVerbs } from './verbs/printing.ts';
import { spellingVerbs } from './verbs/spelling.ts';
import { officeHostVerbs } from './verbs/officeHost.ts';
import { editVerbs } from './verbs/edits.ts';

export type { AppInfo, ExportOutcome } from './verbs/documents.ts';
export type { ContentCheck, DocxCheck, ProfileRef } from './verbs/files.ts';
export type { AssessedRow, PasteProblem, TargetAssessment } from './verbs/results.ts';
export type { DatabaseStatus, DemoSummary } from './verbs/database.ts';
export type { FirstStartState, RegisterImportResult, RegisterNextList, RegisterStartResult, SetupChange } from './verbs/office.ts';
export type { BackupInfo, RestoreOutcome } from './verbs/backups.ts';
export type { ConnectionState, ServerProbe, SessionInfo } from './verbs/remote.ts';
export type { Account, Refusal } from './verbs/accounts.ts';
export type { Editor } from './verbs/presence.ts';
export type { PrintOutcome } from './verbs/printing.ts';
export type { SavedEdits } from './verbs/edits.ts';
export {
  copyKindNames,
  copyKinds,
  copyKindSchema,
  makeCopyRequestSchema,
  type CopyDefaults,
  type CopyKind,
  type CopyListing,
  type CopyRecord,
  type CopyRegisterView,
  type MadeCopyOutcome,
  type MakeCopyRequest,
} from './verbs/copies.ts';

/**
 * The one contract between the UI and the Node side. Every verb is declared once, in the table of
 * its domain under `verbs/` (one file per domain, the request schemas beside the verbs, built with
 * `verbs/channel.ts`); this file gathers the tables. The Electron preload, the loopback HTTP
 * transport and the command line all reach exactly these verbs through `ipc/dispatch.ts`; the
 * renderer's `window.api` type is derived from this table, never restated.
 */
export const api = {
  ...documentVerbs,
  ...copyVerbs,
  ...workflowVerbs,
  ...importVerbs,
  ...commentVerbs,
  ...reviewVerbs,
  ...fileVerbs,
  ...resultVerbs,
  ...draftVerbs,
  ...databaseVerbs,
  ...officeVerbs,
  ...firstStartVerbs,
  ...backupVerbs,
  ...remoteVerbs,
  ...accountVerbs,
  ...presenceVerbs,
  ...printVerbs,
  ...spellingVerbs,
  ...officeHostVerbs,
  ...editVerbs,
} as const;

export type ApiName = keyof typeof api;
export type ApiRequest<K extends ApiName> = z.input<(typeof api)[K]['request']>;
export type ApiParsedRequest<K extends ApiName> = z.output<(typeof api)[K]['request']>;
export type ApiResult<K extends ApiName> = NonNullable<(typeof api)[K]['result']>;

/**
 * What the renderer sees as `window.api`: one async function per verb, never throwing. `who` is
 * the person working ("Bạn là ai?"); without it the transport's default person acts.
 */
export type Api = { [K in ApiName]: (request: ApiRequest<K>, who?: string) => Promise<Result<ApiResult<K>>> };

/** The IPC channel of a verb (the only place channel strings are made). */
export function ipcChannel(name: ApiName): string {
  return `api:${name}`;
}

export const apiNames = Object.keys(api) as ApiName[];

/**
 * Menu items that act on the UI (Tệp › Mới, Lưu …): the desktop shell sends one of these to the
 * window and the preload hands it to `onMenuCommand` subscribers. Editing (undo, cut, paste) and
 * view (zoom, full screen) items are native roles and never reach the UI.
 */
export const menuCommands = ['new', 'open', 'save', 'export', 'print', 'pdf', 'search', 'replace', 'about'] as const;
export type MenuCommand = (typeof menuCommands)[number];

/** The IPC channel on which the shell sends menu commands to the window. */
export const MENU_CHANNEL = 'menu:command';

/** What the desktop preload exposes as `window.api`: the contract's verbs plus the menu subscription. */
export type WindowApi = Api & {
  /** Calls `listener` for each menu command; returns the function that unsubscribes. */
  onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
};
