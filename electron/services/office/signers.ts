import type { Signer, SignerInput } from '../../contract/model/office.ts';
import type { Result } from '../../contract/result.ts';
import type { Db } from '../../store/db.ts';
import { abort, attempt, unwrap } from '../../store/errors.ts';
import { listSigners, saveSigner } from '../../store/signers.ts';
import { auditSetup } from './audit.ts';

/** Adds a signer (last in the picker unless a position is given) or edits one, with an audit row. */
export function saveSignerAudited(db: Db, input: SignerInput & { who: string }): Result<Signer> {
  return attempt('lưu người ký', () =>
    db
      .transaction(() => {
        const { who, ...signer } = input;
        const all = unwrap(listSigners(db, signer.orgId, { includeInactive: true }));
        const before = signer.id === undefined ? null : (all.find((s) => s.id === signer.id) ?? null);
        if (signer.id !== undefined && before === null) abort('NOT_FOUND', `Không tìm thấy người ký #${signer.id} của cơ quan này.`);
        const position = signer.position ?? before?.position ?? all.length;
        const saved = unwrap(saveSigner(db, { ...before, ...signer, position }));
        auditSetup(db, {
          orgId: saved.orgId,
          who,
          entity: `nguoi-ky:${saved.id}`,
          reason: before ? `Sửa người ký ${saved.name}` : `Thêm người ký ${saved.name}`,
          before,
          after: saved,
        });
        return saved;
      })
      .immediate(),
  );
}
