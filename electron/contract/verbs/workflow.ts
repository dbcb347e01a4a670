import {
  workflowRequests,
  type RegisterEntry,
  type RegisterListing,
  type StatusEvent,
  type VersionComparison,
  type VersionRef,
  type VersionSnapshot,
} from '../workflow.ts';
import type { StoredDocument, Term } from '../model/office.ts';
import type { ExportOutcome } from './documents.ts';
import { channel } from './channel.ts';

/** Review, issue, versions, compare and the number register (request schemas in ../workflow.ts). */
export const workflowVerbs = {
  /** The status history: created, submitted, returned (with the reason), approved, issued, amended. */
  documentHistory: channel<StatusEvent[]>()(workflowRequests.documentHistory),
  submitForReview: channel<StoredDocument>()(workflowRequests.submitForReview),
  /** Back to the secretary; the reason is required. */
  returnDraft: channel<StoredDocument>()(workflowRequests.returnDraft),
  approveDocument: channel<StoredDocument>()(workflowRequests.approveDocument),
  /** The clerk issues an approved document: next number of the register, issue date (today by default). */
  issueDocument: channel<StoredDocument>()(workflowRequests.issueDocument),
  listVersions: channel<VersionRef[]>()(workflowRequests.listVersions),
  /** A version opened read-only. */
  getVersion: channel<VersionSnapshot>()(workflowRequests.getVersion),
  /** "Lưu phiên bản": a version even when nothing changed, of the text being edited when given. */
  saveVersion: channel<StoredDocument>()(workflowRequests.saveVersion),
  restoreVersion: channel<StoredDocument>()(workflowRequests.restoreVersion),
  /** A new version of an issued document (reason required), same number and date. */
  amendIssued: channel<StoredDocument>()(workflowRequests.amendIssued),
  compareVersions: channel<VersionComparison>()(workflowRequests.compareVersions),
  /** The newer of two versions as .docx with Word tracked changes against the older. */
  exportVersionDiff: channel<ExportOutcome>()(workflowRequests.exportVersionDiff),
  listTerms: channel<Term[]>()(workflowRequests.listTerms),
  /** The number register of a body, type (NQ by default) and term (the running one by default). */
  listRegister: channel<RegisterListing>()(workflowRequests.listRegister),
  voidNumber: channel<RegisterEntry>()(workflowRequests.voidNumber),
  exportRegister: channel<ExportOutcome>()(workflowRequests.exportRegister),
};
