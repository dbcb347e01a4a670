import type { ApiName, ApiParsedRequest, ApiResult, AppInfo, PrintOutcome } from '../contract/api.ts';
import type { Result } from '../contract/result.ts';
import type { OfficeHostState } from '../contract/verbs/officeHost.ts';
import type { RemoteLink } from '../remote/link.ts';
import type { CopySink } from '../services/copies/sinks.ts';
import type { EditsThread } from '../services/editsThread.ts';
import type { SaveFile } from '../services/exportFile.ts';
import type { PresenceBoard } from '../services/presence.ts';
import type { Store } from '../store/connection.ts';

/** What every handler is given besides its request: the open store and the transport's own ways. */
export type HandlerContext = {
  store: Store;
  transport: AppInfo['transport'];
  /**
   * Who is working, for this call: the person the UI says is working ("Bạn là ai?"), the command
   * line's --as, else the transport's default (the system user). Written into versions, status
   * changes, comments, copies and the audit log, and checked against their role.
   */
  who: string;
  /** Where an exported file (.docx, .csv) goes: a save dialog, or a download. */
  saveFile: SaveFile;
  /**
   * Where a file that is made and recorded in one transaction (a certified copy) is staged: the
   * command line's -o, put in place only if the record is written. Absent: kept in memory and
   * sent back (the desktop's save dialog, the browser's download).
   */
  stageFile?: CopySink;
  /** The desktop app's link to an office server (absent elsewhere: the app works alone). */
  remote?: RemoteLink;
  /** The office server's session of this call (its id: the one kept when the password changes). */
  session?: { id: number; personId: number };
  /** The office server's board of who is editing what; absent when working alone. */
  presence?: PresenceBoard;
  /** The office server this desktop app runs for the office (Cơ quan › Máy chủ văn phòng); absent elsewhere. */
  officeHost?: OfficeHostControl;
  /** The desktop app's autosaves, made off its main thread (services/editsThread.ts); absent elsewhere. */
  editsThread?: EditsThread;
  /** Prints the calling window (the desktop app: Electron's print / printToPDF); absent where the browser prints. */
  printWindow?: (mode: 'print' | 'pdf', fileName: string) => Promise<Result<PrintOutcome>>;
};

/** The office server run by the desktop app, as its verbs see it (electron/server/host.ts). */
export type OfficeHostStatus = Omit<OfficeHostState, 'canHost' | 'accounts'>;
export type OfficeHostControl = {
  state: () => OfficeHostStatus;
  start: (listen: string) => Promise<Result<OfficeHostStatus>>;
  stop: () => Promise<Result<OfficeHostStatus>>;
};

/** The handler of one verb: its request already checked against the verb's schema, a Result back. */
export type Handler<K extends ApiName> = (
  request: ApiParsedRequest<K>,
  ctx: HandlerContext,
) => Promise<Result<ApiResult<K>>> | Result<ApiResult<K>>;

/** One handler for every verb of the contract. */
export type Handlers = { [K in ApiName]: Handler<K> };

/** The context of one call: the person the caller named, when it named one, else the transport's default. */
export function asPerson(ctx: HandlerContext, who: unknown): HandlerContext {
  return typeof who === 'string' && who.trim() !== '' ? { ...ctx, who: who.normalize('NFC').trim().slice(0, 120) } : ctx;
}
