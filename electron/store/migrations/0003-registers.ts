import type { Migration } from './types.ts';

/**
 * The clerk's registers (sổ đăng ký).
 *
 * number_register: one row per number given to a document (số và ký hiệu). Numbers run from 01
 * for each (issuing organization, document type) within one term of the committee; secret and
 * non-secret documents share the sequence. A row is never deleted and a number never reused:
 * voiding fills voided_at / voided_by / void_reason together and changes nothing else.
 *
 * copy_register: one row per certified copy (Số …-BS/…), its own sequence per organization and
 * term, shared by the three kinds of copy.
 *
 * Documents already issued before this version are entered in the number register from their
 * stored content (when a term of their organization covers their issue date).
 */
const statements = [
  `CREATE TABLE number_register (
    id INTEGER PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organizations(id),
    term_id INTEGER NOT NULL REFERENCES terms(id),
    doc_type TEXT NOT NULL,
    seq INTEGER NOT NULL CHECK (seq > 0),
    document_id INTEGER REFERENCES documents(id),
    issued_on TEXT NOT NULL,
    summary TEXT NOT NULL,
    recipients TEXT NOT NULL,
    signer TEXT NOT NULL,
    secret INTEGER NOT NULL DEFAULT 0,
    voided_at TEXT,
    voided_by TEXT,
    void_reason TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    UNIQUE (org_id, term_id, doc_type, seq)
  ) STRICT`,
  `CREATE INDEX number_register_document ON number_register(document_id)`,
  `CREATE TRIGGER number_register_no_delete BEFORE DELETE ON number_register
    BEGIN SELECT RAISE(ABORT, 'Số đã cấp trong sổ đăng ký không được xóa; hãy hủy số kèm lý do'); END`,
  `CREATE TRIGGER number_register_immutable BEFORE UPDATE OF id, org_id, term_id, doc_type, seq, document_id, issued_on,
    summary, recipients, signer, secret, created_at, created_by ON number_register
    BEGIN SELECT RAISE(ABORT, 'Dòng đã ghi trong sổ đăng ký số văn bản không được sửa'); END`,
  `CREATE TRIGGER number_register_void_once BEFORE UPDATE OF voided_at, voided_by, void_reason ON number_register
    WHEN OLD.voided_at IS NOT NULL OR NEW.voided_at IS NULL OR NEW.voided_by IS NULL OR NEW.void_reason IS NULL
    BEGIN SELECT RAISE(ABORT, 'Số đã hủy không hủy lại được; hủy số phải ghi người hủy và lý do'); END`,

  `CREATE TABLE copy_register (
    id INTEGER PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organizations(id),
    term_id INTEGER NOT NULL REFERENCES terms(id),
    seq INTEGER NOT NULL CHECK (seq > 0),
    kind TEXT NOT NULL CHECK (kind IN ('sao-y','sao-luc','trich-sao')),
    document_id INTEGER REFERENCES documents(id),
    source_label TEXT NOT NULL,
    copied_on TEXT NOT NULL,
    recipients TEXT NOT NULL,
    signer TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    UNIQUE (org_id, term_id, seq)
  ) STRICT`,
  `CREATE INDEX copy_register_document ON copy_register(document_id)`,

  // Finds the highest number already printed on an issued document of a type (documents issued
  // outside the workflow, e.g. imported, must not get their number given again).
  `CREATE INDEX documents_issued_number ON documents(org_id, doc_type, number_seq, issued_on) WHERE status = 'ban-hanh' AND number_seq IS NOT NULL`,

  `INSERT OR IGNORE INTO number_register
     (org_id, term_id, doc_type, seq, document_id, issued_on, summary, recipients, signer, secret, created_at, created_by)
   SELECT d.org_id,
          (SELECT t.id FROM terms t
            WHERE t.org_id = d.org_id AND t.start_date <= d.issued_on AND (t.end_date IS NULL OR t.end_date > d.issued_on)
            ORDER BY t.start_date DESC LIMIT 1),
          d.doc_type, d.number_seq, d.id, d.issued_on, d.summary,
          coalesce((SELECT group_concat(replace(json_extract(l.value, '$.text'), char(10), ' ')
                              || coalesce(' ' || json_extract(l.value, '$.note'), ''), '; ')
                    FROM json_each(d.content, '$.recipients.lines') l), ''),
          coalesce(json_extract(d.content, '$.signature.name'), ''),
          json_extract(d.content, '$.marks.secrecy') IS NOT NULL,
          strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'nâng cấp dữ liệu'
     FROM documents d
    WHERE d.status = 'ban-hanh' AND d.number_seq > 0 AND d.issued_on IS NOT NULL
      AND EXISTS (SELECT 1 FROM terms t
                   WHERE t.org_id = d.org_id AND t.start_date <= d.issued_on AND (t.end_date IS NULL OR t.end_date > d.issued_on))
    ORDER BY d.issued_on, d.id`,
];

export const migration0003: Migration = {
  version: 3,
  name: 'registers',
  up(db) {
    for (const sql of statements) db.exec(sql);
  },
};
