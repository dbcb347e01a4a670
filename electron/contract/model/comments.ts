import * as z from 'zod';
import { blockSchema } from './body.ts';
import { isPartAnchor } from './partAnchors.ts';
import { suggestionAnchorSchema, type CommentPart } from './review.ts';

/**
 * Comments (ý kiến) on a document: a thread anchored to a range of the body, or on another part of
 * the draft (a target, a line of "Nơi nhận", the signer, the summary, a header field, an appendix
 * row), with replies, that is resolved ("Đã xử lý") or reopened. A body thread's anchor is not
 * stored here but in the content itself: the body's text runs carry the thread's id in `comments`
 * (model/inline.ts), so edits around the text keep it and deleting the whole text removes it. A
 * thread on another part keeps that part's anchor (model/review.ts, model/partAnchors.ts) with it
 * in the store, with the threads and replies.
 */

/** A comment's id: a UUID made by the client, so that the anchor can be written into the content first. */
export const commentIdSchema = z.uuid('Mã ý kiến phải là một UUID');

export const commentTextSchema = z.string().trim().min(1, 'Ý kiến không được để trống').max(10_000, 'Ý kiến quá dài (tối đa 10.000 ký tự)');

export const commentAuthorSchema = z.string().trim().min(1, 'Thiếu tên người góp ý').max(200, 'Tên người góp ý quá dài');

/** The longest quote a comment keeps (a part's words longer than this are cut, services/comments.ts). */
export const COMMENT_QUOTE_MAX = 2000;

/** The marked text as it read when the comment was made (shown when the text is gone). */
export const commentQuoteSchema = z.string().max(COMMENT_QUOTE_MAX, 'Đoạn trích quá dài (tối đa 2.000 ký tự)');

/** One comment: a thread's first comment (`parentId` null) or a reply in it. */
export const commentEntrySchema = z.object({
  id: commentIdSchema,
  documentId: z.number().int().positive(),
  parentId: commentIdSchema.nullable(),
  author: commentAuthorSchema,
  /** ISO 8601 UTC. */
  createdAt: z.string().min(1),
  body: commentTextSchema,
  quote: commentQuoteSchema,
  /** When and by whom the thread was marked "Đã xử lý"; null while open (always null on replies). */
  resolvedAt: z.string().min(1).nullable(),
  resolvedBy: z.string().min(1).nullable(),
});
export type CommentEntry = z.infer<typeof commentEntrySchema>;

/**
 * A thread: its first comment with the replies, oldest first; `onPart` when it was read from Word
 * on a part of the draft other than the body's text (model/review.ts).
 */
export type CommentThread = CommentEntry & { replies: CommentEntry[]; onPart?: CommentPart };

/** The threads of a document (oldest first) and who the transport says is working (the default author). */
export type CommentListing = { who: string; threads: CommentThread[] };

const documentId = z.number().int().positive();

/** The part of the draft a new thread is on, when not the body's text: one of the anchors of model/review.ts. */
export const commentPartAnchorSchema = suggestionAnchorSchema.refine(
  isPartAnchor,
  'Ý kiến trên nội dung được đánh dấu ngay trong chữ; phần này không nhận ý kiến riêng.',
);

/** The requests of the comment verbs (contract/api.ts). `author` defaults to the transport's user. */
export const commentRequests = {
  listComments: z.object({ documentId }),
  addComment: z.object({
    documentId,
    id: commentIdSchema,
    body: commentTextSchema,
    quote: commentQuoteSchema.default(''),
    author: commentAuthorSchema.optional(),
    /**
     * The document's body with this comment's anchor, for a document whose content is locked
     * (Trình duyệt, Đã duyệt): the anchor is written with the comment. An editable draft saves its
     * anchor through the ordinary save, so this is ignored there.
     */
    documentBody: z.array(blockSchema).optional(),
    /** On a part other than the body's text (then `documentBody` is not used): `at` is ignored, the whole part is meant. */
    part: commentPartAnchorSchema.optional(),
  }),
  replyComment: z.object({ parentId: commentIdSchema, body: commentTextSchema, author: commentAuthorSchema.optional() }),
  /** resolved: true marks the thread "Đã xử lý"; false reopens it. */
  resolveComment: z.object({ id: commentIdSchema, resolved: z.boolean(), author: commentAuthorSchema.optional() }),
  /** Only the comment's author may delete it; deleting a thread deletes its replies. */
  deleteComment: z.object({ id: commentIdSchema, author: commentAuthorSchema.optional() }),
  /** "Bản góp ý": the current content as .docx with every open thread as a Word comment. */
  exportReviewCopy: z.object({ id: documentId }),
};
