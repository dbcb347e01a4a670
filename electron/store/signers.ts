import { signatureOf, signerSchema, type Signer, type SignerInput } from '../contract/model/office.ts';
import type { Result } from '../contract/result.ts';
import { validate } from '../contract/validation.ts';
import type { Db } from './db.ts';
import { abort, attempt, unwrap } from './errors.ts';
import { readValue } from './json.ts';

type SignerRow = {
  id: number;
  org_id: string;
  name: string;
  title: string;
  authority: string;
  authority_of: string;
  position: number;
  active: number;
};

function toSigner(row: SignerRow): Signer {
  const s = readValue(
    signerSchema,
    {
      orgId: row.org_id,
      name: row.name,
      title: row.title,
      authority: row.authority,
      authorityOf: row.authority_of,
      position: row.position,
      active: row.active === 1,
    },
    `Người ký #${row.id}`,
  );
  return { id: row.id, ...unwrap(s) };
}

/** Adds a signer, or updates the one with `id`. */
export function saveSigner(db: Db, input: SignerInput): Result<Signer> {
  return attempt('lưu người ký', () => {
    const s = unwrap(validate(signerSchema, input, 'Người ký'));
    if (db.prepare('SELECT 1 FROM organizations WHERE id = ?').get(s.orgId) === undefined) {
      abort('NOT_FOUND', `Không tìm thấy tổ chức "${s.orgId}".`);
    }
    const values = [s.orgId, s.name, s.title, s.authority, s.authorityOf, s.position, s.active ? 1 : 0] as const;
    if (input.id === undefined) {
      const info = db
        .prepare('INSERT INTO signers (org_id, name, title, authority, authority_of, position, active) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(...values);
      return { id: Number(info.lastInsertRowid), ...s };
    }
    const info = db
      .prepare('UPDATE signers SET org_id = ?, name = ?, title = ?, authority = ?, authority_of = ?, position = ?, active = ? WHERE id = ?')
      .run(...values, input.id);
    if (info.changes === 0) abort('NOT_FOUND', `Không tìm thấy người ký #${input.id}.`);
    return { id: input.id, ...s };
  });
}

/** An organization's signers in picker order; inactive ones only when asked. */
export function listSigners(db: Db, orgId: string, options: { includeInactive?: boolean } = {}): Result<Signer[]> {
  return attempt('đọc danh sách người ký', () =>
    db
      .prepare<[string, number], SignerRow>('SELECT * FROM signers WHERE org_id = ? AND active >= ? ORDER BY position, id')
      .all(orgId, options.includeInactive ? 0 : 1)
      .map(toSigner),
  );
}

/** The signature block a signer gives by default. */

export { signatureOf, signerSchema, type Signer, type SignerInput };
