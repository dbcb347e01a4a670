import type { Block } from '../contract/model/body.ts';
import { COMMENT_QUOTE_MAX, type CommentEntry, type CommentListing, type CommentThread } from '../contract/model/comments.ts';
import { isPartAnchor, locatePart, partLines, partName, partText, type PartAnchor } from '../contract/model/partAnchors.ts';
import type { CommentPart, SuggestionAnchor } from '../contract/model/review.ts';
import type { Resolution } from '../contract/model/resolution.ts';
import { fail, ok, type Result } from '../contract/result.ts';
import { fitText } from '../format/shortText.ts';
import { renderDocx } from '../docx/pack.ts';
import { commentNumbers, type ReviewThread } from '../docx/comments.ts';
import { insertComment, insertReply, listComments, removeComment, setResolved } from '../store/comments.ts';
import type { Db } from '../store/db.ts';
import { countPeople, findPerson } from '../store/people.ts';
import { getDocument, loadDocument } from '../store/documents.ts';
import { abort, attempt, unwrap } from '../store/errors.ts';
import { profileFor } from './documents.ts';
import { anchorPartComments } from './review/partComments.ts';
import { exportFileName } from './exportFile.ts';
import { anchorsInPlace } from './workflowRules.ts';

/**
 * Comments (ý kiến) on a document: threads anchored to a range of the body, replies, resolve and
 * reopen, delete by the author, and the review copy (.docx with the open threads as Word
 * comments). The author is the person working once the office has named its people (the one
 * "Bạn là ai?" chose, or the office server's session: the name a request gives cannot sign for
 * someone else); before that, the name the UI gives, else the transport's user.
 */

/** The author of a change: the name given by the UI, else who the transport says is working. */
export function authorOf(given: string | undefined, who: string): string {
  const name = (given ?? '').trim() || who.trim();
  return name === '' ? 'Người dùng' : name;
}

/** The author in this office: the person working when they are one of its people, else `authorOf`. */
function authorIn(db: Db, given: string | undefined, who: string): string {
  return countPeople(db) > 0 && findPerson(db, who)?.active ? who : authorOf(given, who);
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
  part?: SuggestionAnchor | undefined;
};

/** The stored form of a thread on `anchor` of `doc`: the part's words and name now; refused when the draft has no such part. */
export function commentPartOf(doc: Resolution, anchor: SuggestionAnchor): CommentPart {
  const text = isPartAnchor(anchor) ? partText(doc, anchor) : null;
  if (!isPartAnchor(anchor) || text === null) {
    abort('NOT_FOUND', 'Phần được góp ý không còn trong văn bản (vừa bị xóa). Hãy mở lại văn bản rồi góp ý.');
  }
  const whole: PartAnchor = { ...anchor, at: 0 };
  const lines = partLines(doc, whole);
  return { anchor: whole, length: text.length, text, place: partName(doc, whole) ?? '', ...(lines === undefined ? {} : { lines }) };
}

/**
 * A new thread. On the body's text its anchor goes where `anchorsInPlace` says, decided in the
 * same transaction as the write; on another part the part is kept with the thread, by the same
 * rule: not on an issued document (replying and resolving stay open there).
 */
export function addComment(db: Db, input: AddCommentInput, who: string): Result<CommentThread> {
  return attempt('lưu ý kiến', () =>
    db
      .transaction((): CommentThread => {
        const doc = loadDocument(db, input.documentId);
        const part = input.part ? commentPartOf(doc.content, input.part) : undefined;
        if (part) unwrap(anchorsInPlace(doc.status));
        const inPlace = !part && input.documentBody !== undefined && unwrap(anchorsInPlace(doc.status));
        return unwrap(
          insertComment(db, {
            id: input.id,
            documentId: input.documentId,
            author: authorIn(db, input.author, who),
            body: input.body,
            quote: part ? input.quote.trim() || fitText(part.text, COMMENT_QUOTE_MAX, { lines: 'keep' }) : input.quote,
            documentBody: inPlace ? input.documentBody : undefined,
            part,
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
  return insertReply(db, { parentId: input.parentId, body: input.body, author: authorIn(db, input.author, who) });
}

export function resolveComment(
  db: Db,
  input: { id: string; resolved: boolean; author?: string | undefined },
  who: string,
): Result<CommentThread> {
  return setResolved(db, { id: input.id, resolved: input.resolved, who: authorIn(db, input.author, who) });
}

export function deleteComment(db: Db, input: { id: string; author?: string | undefined }, who: string): Result<{ id: string }> {
  const removed = removeComment(db, { id: input.id, who: authorIn(db, input.author, who) });
  return removed.ok ? ok({ id: removed.value.id }) : removed;
}

/** "Nghi-quyet-04-NQ-HU-2022.docx" -> "Nghi-quyet-04-NQ-HU-2022-gop-y.docx". */
export function reviewCopyFileName(name: string): string {
  return name.replace(/\.docx$/i, '-gop-y.docx');
}

/**
 * Where each open thread on a part is in `doc` now (a line found again by its words, a target by
 * its key), its text the part's words when they changed; a thread whose part was deleted has none
 * (the review copy says so). A part read from Word on a line the app writes stays as it was.
 */
export function partsNow(doc: Resolution, threads: readonly CommentThread[]): Map<string, CommentPart> {
  const out = new Map<string, CommentPart>();
  for (const t of threads) {
    const part = t.onPart;
    if (!part || t.resolvedAt !== null) continue;
    if (part.anchor.part === 'none') {
      out.set(t.id, part);
      continue;
    }
    const found = locatePart(doc, part);
    const now = found ? partText(doc, found) : null;
    if (!found || now === null) continue;
    const kept = part.text !== '' && now.includes(part.text);
    const text = kept ? part.text : now;
    out.set(t.id, { ...part, anchor: kept ? found : { ...found, at: 0 }, text, length: text.length });
  }
  return out;
}

export function reviewThreads(threads: readonly CommentThread[], parts: ReadonlyMap<string, CommentPart> = new Map()): ReviewThread[] {
  return threads
    .filter((t) => t.resolvedAt === null)
    .map((t) => ({
      id: t.id,
      author: t.author,
      createdAt: t.createdAt,
      body: t.body,
      quote: t.quote,
      replies: t.replies.map((r) => ({ author: r.author, createdAt: r.createdAt, body: r.body })),
      ...(parts.has(t.id) ? { elsewhere: true } : {}),
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
    const now = partsNow(content, threads.value);
    const open = reviewThreads(threads.value, now);
    const built = await renderDocx(content, profile.value, { modifiedAt: new Date(), comments: open });
    const numbers = commentNumbers(content.body, open);
    const parts = [...now].map(([id, part]) => ({ part, ids: numbers.get(id) ?? [] }));
    const bytes = anchorPartComments(built, content, profile.value, parts);
    return ok({ fileName: reviewCopyFileName(exportFileName(content)), bytes });
  } catch (err) {
    return fail('INTERNAL', 'Không tạo được bản góp ý (.docx) từ văn bản này.', [err instanceof Error ? err.message : String(err)]);
  }
}
