import type { StoredDocument } from '../contract/model/office.ts';
import type { Result } from '../contract/result.ts';
import { binRow, markBinned } from '../store/bin.ts';
import type { Db } from '../store/db.ts';
import { loadDocument } from '../store/documents.ts';
import { attempt, unwrap } from '../store/errors.ts';
import { deletable, signedChange } from './workflowRules.ts';

export type BinInput = { id: number; who: string; why?: string };

/**
 * Moves a document to the bin, with an audit row. An issued document is kept as issued and
 * cannot be deleted. Deleting a document already in the bin changes nothing.
 */
export function deleteDocument(db: Db, input: BinInput): Result<{ id: number }> {
  return attempt('xóa văn bản', () =>
    db
      .transaction(() => {
        unwrap(signedChange(input));
        const row = binRow(db, input.id);
        if (row.deleted_at !== null) return { id: row.id };
        unwrap(deletable(row));
        markBinned(db, row, { deleted: true, who: input.who, why: input.why ?? 'Chuyển vào thùng rác' });
        return { id: row.id };
      })
      .immediate(),
  );
}

/** Takes a document out of the bin, with an audit row; a document not in the bin is returned as it is. */
export function restoreDocument(db: Db, input: BinInput): Result<StoredDocument> {
  return attempt('khôi phục văn bản', () =>
    db
      .transaction((): StoredDocument => {
        unwrap(signedChange(input));
        const row = binRow(db, input.id);
        if (row.deleted_at !== null) markBinned(db, row, { deleted: false, who: input.who, why: input.why ?? 'Khôi phục từ thùng rác' });
        return loadDocument(db, row.id);
      })
      .immediate(),
  );
}
