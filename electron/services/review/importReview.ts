import { createHash, randomUUID } from 'node:crypto';
import type { Block } from '../../contract/model/body.ts';
import { mapInlineLists } from '../../contract/model/commentAnchors.ts';
import type { CommentThread } from '../../contract/model/comments.ts';
import type { Inline } from '../../contract/model/inline.ts';
import type { CommentPart, ImportedComment, ReviewImportReport, SuggestionAnchor } from '../../contract/model/review.ts';
import { isContentEditable } from '../../contract/model/status.ts';
import { type Result } from '../../contract/result.ts';
import { nowIso } from '../../store/clock.ts';
import { insertComment, insertReply, listComments } from '../../store/comments.ts';
import type { Db } from '../../store/db.ts';
import { checkContent, saveDocument } from '../documentSave.ts';
import { loadDocument } from '../../store/documents.ts';
import { attempt, unwrap } from '../../store/errors.ts';
import { hasReviewItem, importedCommentId, insertReviewItem, listSuggestionRows, setCommentTime } from '../../store/reviewItems.ts';
import { profileFor } from '../documents.ts';
import { anchorsInPlace, reviewImportable } from '../workflowRules.ts';
import { placeReview, type CommentRange, type PlacedComment } from './place.ts';
import { readWordReview } from './wordRead.ts';

/**
 * "Nhập góp ý từ Word": the reviewer's .docx read back into the draft it was made from. Tracked
 * changes become suggestions (open, or unplaced and listed); comments become threads anchored on
 * the body text they cover (the marks in its runs) or on the part of the draft they are on (kept
 * with the comment's item: a target's value, a recipient, the signer …), replies join their thread, and comments the review copy carried from
 * the app are recognised rather than added again. Every item is fingerprinted: the same file
 * imported twice adds nothing twice. One transaction; the anchors are saved as a new version.
 */

const fingerprint = (parts: readonly unknown[]): string => createHash('sha256').update(JSON.stringify(parts)).digest('hex');
const same = (a: string, b: string): boolean => a.normalize('NFC').trim() === b.normalize('NFC').trim();

/** Marks [start, end) of an inline list with comment `id` (runs split at the edges). */
function markRange(inlines: readonly Inline[], start: number, end: number, id: string): Inline[] {
  const out: Inline[] = [];
  let pos = 0;
  for (const inline of inlines) {
    if (inline.type !== 'text') {
      out.push(inline);
      continue;
    }
    const a = pos;
    const b = pos + inline.text.length;
    pos = b;
    if (b <= start || a >= end) {
      out.push(inline);
      continue;
    }
    const from = Math.max(start, a) - a;
    const to = Math.min(end, b) - a;
    if (from > 0) out.push({ ...inline, text: inline.text.slice(0, from) });
    out.push({ ...inline, text: inline.text.slice(from, to), comments: [...(inline.comments ?? []), id] });
    if (to < inline.text.length) out.push({ ...inline, text: inline.text.slice(to) });
  }
  return out;
}

function anchorBody(body: readonly Block[], ranges: readonly CommentRange[], id: string): Block[] {
  let next = [...body];
  for (const r of ranges) {
    const block = next[r.block];
    if (!block) continue;
    if (r.cell && block.type === 'table') {
      const { row, col } = r.cell;
      const rows = block.rows.map((cells, i) =>
        i !== row ? cells : cells.map((cell, j) => (j === col ? { ...cell, runs: markRange(cell.runs, r.start, r.end, id) } : cell)),
      );
      next = next.map((b, i) => (i === r.block ? { ...block, rows } : b));
      continue;
    }
    if (block.type !== 'heading' && block.type !== 'paragraph' && block.type !== 'bullet') continue;
    next = next.map((b, i) => (i === r.block ? (mapInlineLists([b], (runs) => markRange(runs, r.start, r.end, id))[0] ?? b) : b));
  }
  return next;
}

/** What is kept of a comment's place with its item: the part it is on, or its first body range. */
function commentPlace(c: PlacedComment): CommentPart {
  if (c.part) return c.part;
  const first = c.ranges[0];
  if (!first) return { anchor: { part: 'none', where: '' }, length: 0, text: '', place: c.place };
  const anchor: SuggestionAnchor = first.cell
    ? { part: 'body-cell', block: first.block, row: first.cell.row, col: first.cell.col, at: first.start }
    : { part: 'body', block: first.block, at: first.start };
  return { anchor, length: first.end - first.start, text: c.quote, place: c.place };
}

function placedKind(c: PlacedComment): ImportedComment['placed'] {
  if (c.ranges.length > 0) return 'body';
  return c.part && c.part.anchor.part !== 'none' ? 'part' : 'none';
}

function existingThread(threads: readonly CommentThread[], c: PlacedComment): CommentThread | null {
  return threads.find((t) => same(t.author, c.author) && (same(t.body, c.body) || c.body.endsWith(t.body))) ?? null;
}

export type WordReviewInput = { id: number; fileName: string; bytes: Uint8Array };

export function importWordReview(db: Db, input: WordReviewInput, who: string): Result<ReviewImportReport> {
  const read = readWordReview(input.bytes);
  if (!read.ok) return read;
  return attempt('nhập góp ý từ Word', () =>
    db
      .transaction((): ReviewImportReport => {
        const doc = loadDocument(db, input.id);
        unwrap(reviewImportable(doc.status));
        const profile = unwrap(profileFor(doc.content));
        const placed = placeReview(doc.content, profile, read.value);
        const at = nowIso(db);
        const base = { documentId: doc.id, source: input.fileName, importedBy: who, importedAt: at };
        const newIds = new Set<number>();
        let alreadyImported = 0;
        const reviewers = new Set<string>();
        placed.changes.forEach((c, seq) => {
          const author = c.author.trim() || who;
          reviewers.add(author);
          // By where it is in the file (origin), not where it lands in the draft now; the earlier form still counts.
          const print = fingerprint([c.kind, author, c.madeAt, c.origin, c.deleted, c.inserted, c.emphasis]);
          const before = fingerprint([c.kind, author, c.madeAt, c.anchor, c.deleted, c.inserted, c.emphasis]);
          if (hasReviewItem(db, doc.id, print) || hasReviewItem(db, doc.id, before)) return void (alreadyImported += 1);
          const state = c.anchor.part === 'none' ? 'unplaced' : 'open';
          newIds.add(insertReviewItem(db, { ...base, ...c, author, fingerprint: print, seq, state, commentId: null }));
        });
        const threads = unwrap(listComments(db, doc.id));
        const threadOf = new Map<string, string>();
        let body: Block[] = doc.content.body;
        const comments: ImportedComment[] = [];
        const roots = placed.comments.filter((c) => c.parentWordId === null);
        const replies = placed.comments.filter((c) => c.parentWordId !== null);
        for (const c of [...roots, ...replies]) {
          const author = c.author.trim() || who;
          reviewers.add(author);
          const print = fingerprint(['comment', author, c.madeAt, c.body, c.quote]);
          const before = importedCommentId(db, doc.id, print);
          if (before !== null || hasReviewItem(db, doc.id, print)) {
            if (before) threadOf.set(c.wordId, before);
            alreadyImported += 1;
            continue;
          }
          const parentThread = c.parentWordId === null ? null : (threadOf.get(c.parentWordId) ?? null);
          if (c.parentWordId === null) {
            const known = existingThread(threads, c);
            if (known) {
              threadOf.set(c.wordId, known.id);
              continue;
            }
            const id = randomUUID();
            body = anchorBody(body, c.ranges, id);
            unwrap(
              insertComment(db, {
                id,
                documentId: doc.id,
                author,
                body: c.body,
                quote: c.quote,
                documentBody: unwrap(anchorsInPlace(doc.status)) ? body : undefined,
              }),
            );
            if (c.madeAt) setCommentTime(db, id, c.madeAt);
            insertReviewItem(db, {
              ...base,
              fingerprint: print,
              seq: 0,
              kind: 'comment',
              state: 'comment',
              author,
              madeAt: c.madeAt,
              anchor: commentPlace(c),
              place: c.place,
              deleted: '',
              inserted: c.body,
              emphasis: null,
              commentId: id,
            });
            threadOf.set(c.wordId, id);
            const placed = placedKind(c);
            comments.push({
              threadId: id,
              author,
              createdAt: c.madeAt ?? at,
              body: c.body,
              quote: c.quote,
              place: c.place,
              placed,
              replies: [],
            });
            continue;
          }
          if (parentThread === null) continue;
          const thread = threads.find((t) => t.id === parentThread);
          if (thread?.replies.some((r) => same(r.author, author) && same(r.body, c.body))) continue;
          const reply = unwrap(insertReply(db, { parentId: parentThread, author, body: c.body }));
          if (c.madeAt) setCommentTime(db, reply.id, c.madeAt);
          insertReviewItem(db, {
            ...base,
            fingerprint: print,
            seq: 0,
            kind: 'comment',
            state: 'comment',
            author,
            madeAt: c.madeAt,
            anchor: { part: 'none', where: '' },
            place: '',
            deleted: '',
            inserted: c.body,
            emphasis: null,
            commentId: reply.id,
          });
          const shown = comments.find((x) => x.threadId === parentThread);
          const entry = { author, createdAt: c.madeAt ?? at, body: c.body };
          if (shown) shown.replies.push(entry);
          else {
            comments.push({
              threadId: parentThread,
              author: thread?.author ?? '',
              createdAt: thread?.createdAt ?? '',
              body: thread?.body ?? '',
              quote: thread?.quote ?? '',
              place: thread?.onPart?.place ?? '',
              placed: thread?.onPart ? (thread.onPart.anchor.part === 'none' ? 'none' : 'part') : 'body',
              replies: [entry],
            });
          }
        }
        if (isContentEditable(doc.status) && body !== doc.content.body) {
          unwrap(
            saveDocument(db, {
              id: doc.id,
              // The body with the comments' anchors from the Word file: checked once, before it is saved.
              content: unwrap(checkContent({ ...doc.content, body })),
              expectedVersion: doc.version,
              who,
              why: `Nhập góp ý từ Word (${[...reviewers].join(', ')})`,
            }),
          );
        }
        const all = listSuggestionRows(db, doc.id).filter((s) => newIds.has(s.id));
        return {
          documentId: doc.id,
          source: input.fileName,
          reviewers: [...reviewers],
          comments,
          suggestions: all.filter((s) => s.state === 'open'),
          unplaced: all.filter((s) => s.state === 'unplaced'),
          alreadyImported,
        };
      })
      .immediate(),
  );
}

export function listDocumentSuggestions(db: Db, documentId: number): Result<ReturnType<typeof listSuggestionRows>> {
  return attempt('đọc góp ý', () => {
    loadDocument(db, documentId);
    return listSuggestionRows(db, documentId);
  });
}
