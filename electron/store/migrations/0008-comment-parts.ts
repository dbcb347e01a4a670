import type { Migration } from './types.ts';

/**
 * Comment threads on a part of the draft other than the body's text (a target, a line of the
 * "Nơi nhận" list, the signer, the summary, a header field, an appendix row). `part` is the JSON
 * of the model's CommentPart (model/review.ts: the part's anchor, the words it read, how many
 * lines its list had), on a thread's first comment only; NULL for a thread on the body's text,
 * whose anchor stays in the content's runs. Existing rows are unchanged.
 */
const statements = [`ALTER TABLE comments ADD COLUMN part TEXT CHECK (part IS NULL OR parent_id IS NULL)`];

export const migration0008: Migration = {
  version: 8,
  name: 'comment-parts',
  up(db) {
    for (const sql of statements) db.exec(sql);
  },
};
