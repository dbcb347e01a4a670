import type { Organization, OrganizationInput } from '../../contract/model/office.ts';
import type { Result } from '../../contract/result.ts';
import type { Db } from '../../store/db.ts';
import { abort, attempt, unwrap } from '../../store/errors.ts';
import { getOrganization, saveOrganization } from '../../store/organizations.ts';
import { auditSetup } from './audit.ts';

export type SaveOrganizationInput = { organization: OrganizationInput; who: string; mode: 'add' | 'edit' };

/**
 * Adds a body (refused when the id is taken) or edits one (refused when it does not exist), with
 * an audit row holding before and after. Documents already issued keep the names they were issued
 * with: their content is a snapshot and is never rewritten.
 */
export function saveOrganizationAudited(db: Db, input: SaveOrganizationInput): Result<Organization> {
  return attempt('lưu cơ quan', () =>
    db
      .transaction(() => {
        const id = input.organization.id;
        const existing = getOrganization(db, id);
        if (input.mode === 'add' && existing.ok)
          abort('INVALID_INPUT', `Đã có cơ quan mã "${id}" (${existing.value.name}). Dùng "org edit" để sửa, hoặc chọn mã khác.`);
        if (input.mode === 'edit' && !existing.ok) abort('NOT_FOUND', `Không tìm thấy cơ quan mã "${id}". Dùng "org add" để thêm.`);
        const before = existing.ok ? existing.value : null;
        const saved = unwrap(saveOrganization(db, before ? { ...before, ...input.organization } : input.organization));
        auditSetup(db, {
          orgId: saved.id,
          who: input.who,
          entity: `co-quan:${saved.id}`,
          reason: input.mode === 'add' ? `Thêm cơ quan ${saved.name}` : `Sửa thông tin cơ quan ${saved.name}`,
          before,
          after: saved,
        });
        return saved;
      })
      .immediate(),
  );
}
