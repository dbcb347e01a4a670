import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Paragraph,
  TextRun,
  type ICommentOptions,
  type ICommentsOptions,
  type ParagraphChild,
} from 'docx';
import type { Block } from '../contract/model/body.ts';
import { commentRunCounts } from '../contract/model/commentAnchors.ts';
import type { TextRun as ModelTextRun } from '../contract/model/inline.ts';

/** One comment as printed in a review copy. */
export type ReviewComment = { author: string; createdAt: string; body: string };
/**
 * An open thread for the review copy: its first comment, the quote it was made on, its replies.
 * `elsewhere`: it sits on a printed part other than the body's text (a target's value, a
 * recipient, the signer …); its range is written after the build, where that part prints
 * (services/review/partComments.ts), so it is neither leading nor said to be gone.
 */
export type ReviewThread = ReviewComment & { id: string; quote: string; replies: readonly ReviewComment[]; elsewhere?: boolean };

/**
 * The Word comments of a review copy while the body is written. A thread's range starts before
 * the first text run carrying its id and ends after the last one (w:commentRangeStart / End, then
 * the w:commentReference run); its replies share the range and are threaded to it (parentId).
 * A thread whose marked text is gone is anchored where the text begins (the preamble, else the
 * body), its text saying so.
 */
export type CommentMarks = {
  /** What goes around one text run of the body. */
  around(run: ModelTextRun): { before: ParagraphChild[]; after: ParagraphChild[] };
  /** The threads without marked text: given once, at the first call. */
  leading(): ParagraphChild[];
  /** The `comments` option of the Document. */
  options(): ICommentsOptions;
};

type Planned = { ids: number[]; total: number; seen: number };

/** "Nguyễn Văn An" -> "NVA". */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/u)
    .filter(Boolean)
    .map((w) => w.charAt(0).toLocaleUpperCase('vi'))
    .join('')
    .slice(0, 4);
}

function paragraphs(text: string): Paragraph[] {
  return text.split('\n').map((line) => new Paragraph({ children: [new TextRun(line)] }));
}

const starts = (p: Planned): ParagraphChild[] => p.ids.map((n) => new CommentRangeStart(n));
const ends = (p: Planned): ParagraphChild[] => [
  ...p.ids.map((n) => new CommentRangeEnd(n)),
  ...p.ids.map((n) => new TextRun({ children: [new CommentReference(n)] })),
];

/** The threads in the order their Word comments are numbered: by their marked text in the body, the others after. */
function numberingOrder(counts: ReadonlyMap<string, number>, threads: readonly ReviewThread[]): ReviewThread[] {
  const order = [...counts.keys()];
  const rank = (id: string): number => {
    const i = order.indexOf(id);
    return i === -1 ? order.length : i;
  };
  return [...threads].sort((a, b) => rank(a.id) - rank(b.id));
}

/** The Word comment numbers of each thread (its first comment, then its replies), as `planComments` gives them. */
export function commentNumbers(blocks: readonly Block[], threads: readonly ReviewThread[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  let next = 0;
  for (const thread of numberingOrder(commentRunCounts(blocks), threads)) {
    out.set(
      thread.id,
      Array.from({ length: thread.replies.length + 1 }, (_, i) => next + i),
    );
    next += thread.replies.length + 1;
  }
  return out;
}

/** Plans the Word comments of `threads` over the body `blocks` (a fresh plan per document built). */
export function planComments(blocks: readonly Block[], threads: readonly ReviewThread[]): CommentMarks {
  const counts = commentRunCounts(blocks);
  const sorted = numberingOrder(counts, threads);
  const planned = new Map<string, Planned>();
  const comments: ICommentOptions[] = [];
  const orphans: Planned[] = [];
  let next = 0;
  for (const thread of sorted) {
    const total = counts.get(thread.id) ?? 0;
    const first = next;
    const gone = total === 0 && !thread.elsewhere ? `(Đoạn được góp ý đã bị xóa: “${thread.quote}”)\n` : '';
    comments.push(comment(first, thread, `${gone}${thread.body}`));
    next += 1;
    for (const reply of thread.replies) {
      comments.push({ ...comment(next, reply, reply.body), parentId: first });
      next += 1;
    }
    const plan: Planned = { ids: Array.from({ length: next - first }, (_, i) => first + i), total, seen: 0 };
    if (total > 0) planned.set(thread.id, plan);
    else if (!thread.elsewhere) orphans.push(plan);
  }
  let led = false;
  return {
    around(run) {
      const before: ParagraphChild[] = [];
      const after: ParagraphChild[] = [];
      for (const id of run.comments ?? []) {
        const plan = planned.get(id);
        if (!plan) continue;
        if (plan.seen === 0) before.push(...starts(plan));
        plan.seen += 1;
        if (plan.seen === plan.total) after.push(...ends(plan));
      }
      return { before, after };
    },
    leading() {
      if (led) return [];
      led = true;
      return orphans.flatMap((p) => [...starts(p), ...ends(p)]);
    },
    options: () => ({ children: comments }),
  };
}

function comment(id: number, c: ReviewComment, text: string): ICommentOptions {
  return { id, author: c.author, initials: initialsOf(c.author), date: new Date(c.createdAt), children: paragraphs(text) };
}
