import type { Block } from '../contract/model/body.ts';
import type { CommentEntry, CommentListing, CommentThread } from '../contract/model/comments.ts';
import { fail, ok, type Result } from '../contract/result.ts';
import { renderDocx } from '../docx/pack.ts';
import { commentNumbers, type ReviewThread } from '../docx/comments.ts';
import { insertComment, insertReply, listComments, removeComment, setResolved } from '../store/comments.ts';
import type { Db } from '../store/db.ts';
import { getDocument, loadDocument } from '../store/documents.ts';
import { attempt, unwrap } from '../store/errors.ts';
import { profileFor } from './documents.ts';
import { anchorPartComments } from './review/partComments.ts';
import { exportFileName } from './exportFile.ts';
import { anchorsInPlace } from './workflowRules.ts';

/**
 * Comments (ý kiến) on a document: threads anchored to a range of the body, replies, resolve and
 * reopen, delete by the author, and the review copy (.docx with the open threads as Word
 * comments). The author is the name the UI gives, else the transport's user.
 */

/** The author of a change: the name given by the UI, else who the transport says is working. */
export function authorOf(given: string | undefined, who: string): string {
  const name = (given ?? '').trim() || who.trim();
  return name === '' ? 'Người dùng' : name;
}

export function listDocumentComments(db: Db, documentId: number, who: string): Result<CommentListing> {
  const threads = listComments(db, documentId);
  return threads.ok ? ok({ who: authorOf(undefined, who), threads: threads.value }) : threads;
}

export type AddCommentInput = {
  documentId: number;
  id: string;
  body: string;
  quote: string;
  author?: string | undefined;
  documentBody?: readonly Block[] | undefined;
};

/** A new thread; its anchor goes where `anchorsInPlace` says, decided in the same transaction as the write. */
export function addComment(db: Db, input: AddCommentInput, who: string): Result<CommentThread> {
  return attempt('lưu ý kiến', () =>
    db
      .transaction((): CommentThread => {
        const doc = loadDocument(db, input.documentId);
        const inPlace = input.documentBody !== undefined && unwrap(anchorsInPlace(doc.status));
        return unwrap(
          insertComment(db, {
            id: input.id,
            documentId: input.documentId,
            author: authorOf(input.author, who),
            body: input.body,
            quote: input.quote,
            documentBody: inPlace ? input.documentBody : undefined,
          }),
        );
      })
      .immediate(),
  );
}

export function replyComment(
  db: Db,
  input: { parentId: string; body: string; author?: string | undefined },
  who: string,
): Result<CommentEntry> {
  return insertReply(db, { parentId: input.parentId, body: input.body, author: authorOf(input.author, who) });
}

export function resolveComment(
  db: Db,
  input: { id: string; resolved: boolean; author?: string | undefined },
  who: string,
): Result<CommentThread> {
  return setResolved(db, { id: input.id, resolved: input.resolved, who: authorOf(input.author, who) });
}

export function deleteComment(db: Db, input: { id: string; author?: string | undefined }, who: string): Result<{ id: string }> {
  const removed = removeComment(db, { id: input.id, who: authorOf(input.author, who) });
  return removed.ok ? ok({ id: removed.value.id }) : removed;
}

/** "Nghi-quyet-04-NQ-HU-2022.docx" -> "Nghi-quyet-04-NQ-HU-2022-gop-y.docx". */
export function reviewCopyFileName(name: string): string {
  return name.replace(/\.docx$/i, '-gop-y.docx');
}

export function reviewThreads(threads: readonly CommentThread[]): ReviewThread[] {
  return threads
    .filter((t) => t.resolvedAt === null)
    .map((t) => ({
      id: t.id,
      author: t.author,
      createdAt: t.createdAt,
      body: t.body,
      quote: t.quote,
      replies: t.replies.map((r) => ({ author: r.author, createdAt: r.createdAt, body: r.body })),
      ...(t.onPart ? { elsewhere: true } : {}),
    }));
}

/** The review copy: the stored content as .docx, every open thread a Word comment on its marked text (or the part it is on). */
export async function renderReviewCopy(db: Db, documentId: number): Promise<Result<{ fileName: string; bytes: Uint8Array }>> {
  const doc = getDocument(db, documentId);
  if (!doc.ok) return doc;
  const threads = listComments(db, documentId);
  if (!threads.ok) return threads;
  const content = doc.value.content;
  const profile = profileFor(content);
  if (!profile.ok) return profile;
  try {
    const open = reviewThreads(threads.value);
    const built = await renderDocx(content, profile.value, { modifiedAt: new Date(), comments: open });
    const numbers = commentNumbers(content.body, open);
    const parts = threads.value.flatMap((t) =>
      t.onPart && t.resolvedAt === null ? [{ part: t.onPart, ids: numbers.get(t.id) ?? [] }] : [],
    );
    const bytes = anchorPartComments(built, content, profile.value, parts);
    return ok({ fileName: reviewCopyFileName(exportFileName(content)), bytes });
  } catch (err) {
    return fail('INTERNAL', 'Không tạo được bản góp ý (.docx) từ văn bản này.', [err instanceof Error ? err.message : String(err)]);
  }
}
