import { commentRequests, type CommentEntry, type CommentListing, type CommentThread } from '../model/comments.ts';
import type { ExportOutcome } from './documents.ts';
import { channel } from './channel.ts';

/** Ý kiến (request schemas in ../model/comments.ts): threads anchored on the body's text, with replies. */
export const commentVerbs = {
  /** A document's comment threads (oldest first) and the transport's user (the default author). */
  listComments: channel<CommentListing>()(commentRequests.listComments),
  /** A new thread; its anchor is the id on the marked runs of the content (written first). */
  addComment: channel<CommentThread>()(commentRequests.addComment),
  replyComment: channel<CommentEntry>()(commentRequests.replyComment),
  /** "Đã xử lý" (resolved: true) or "Mở lại" (false). */
  resolveComment: channel<CommentThread>()(commentRequests.resolveComment),
  /** Only the author may delete; a thread goes with its replies. */
  deleteComment: channel<{ id: string }>()(commentRequests.deleteComment),
  /** "Xuất bản góp ý": the current content as .docx with every open thread as a Word comment. */
  exportReviewCopy: channel<ExportOutcome>()(commentRequests.exportReviewCopy),
};
