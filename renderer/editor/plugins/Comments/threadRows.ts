import type { CommentThread } from '../../../../electron/contract/model/comments.ts';
import {
  commentableParts,
  locatePart,
  partGroup,
  partName,
  samePart,
  type DocParts,
} from '../../../../electron/contract/model/partAnchors.ts';
import type { ThreadRow } from './commentsStore.ts';

/** Where a thread on a part stands in the document's order (null: its part is gone), and its row's part. */
export type ThreadPlace = { rank: readonly [number, number] | null; part: NonNullable<ThreadRow['part']> };

/** The header's and title's parts, the targets (at their block in the body), the closing and appendix: the first number of a rank. */
const major = { header: 0, title: 0, body: 2, closing: 4, appendix: 4 } as const;

/**
 * The threads on parts other than the body's text, each where its part is in `parts` now (a line
 * found again by its words, a target by its key) with its Vietnamese name, ranked in print order;
 * a thread whose part was deleted keeps the name it had. Threads read from Word on a line the app
 * writes (anchor `none`) are left to the panel's own note.
 */
export function threadPlaces(parts: DocParts, threads: readonly CommentThread[]): Map<string, ThreadPlace> {
  const order = commentableParts(parts);
  const out = new Map<string, ThreadPlace>();
  for (const thread of threads) {
    const onPart = thread.onPart;
    if (!onPart || onPart.anchor.part === 'none') continue;
    const anchor = locatePart(parts, onPart);
    if (anchor === null) {
      out.set(thread.id, { rank: null, part: { gone: true, name: onPart.place } });
      continue;
    }
    const index = order.findIndex((p) => samePart(p.anchor, anchor));
    out.set(thread.id, {
      rank: [major[partGroup(anchor)], index === -1 ? order.length : index],
      part: { anchor, name: partName(parts, anchor) ?? onPart.place },
    });
  }
  return out;
}
