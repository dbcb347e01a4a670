import { organizationSchema, type Organization, type OrganizationInput } from '../contract/model/office.ts';
import type { Result } from '../contract/result.ts';
import { validate } from '../contract/validation.ts';
import { nowIso } from './clock.ts';
import { sortVi } from '../format/collation.ts';
import type { Db } from './db.ts';
import { abort, attempt, unwrap } from './errors.ts';
import { readValue } from './json.ts';

type OrgRow = {
  id: string;
  parent_id: string | null;
  superior_body: string | null;
  name: string;
  body_kind: string;
  issuer_code: string;
  place: string;
  office_name: string;
  office_code: string;
};

function toOrganization(row: OrgRow): Organization {
  return unwrap(
    readValue(
      organizationSchema,
      {
        id: row.id,
        parentId: row.parent_id,
        superiorBody: row.superior_body,
        name: row.name,
        bodyKind: row.body_kind,
        issuerCode: row.issuer_code,
        place: row.place,
        officeName: row.office_name,
        officeCode: row.office_code,
      },
      `Tổ chức "${row.id}"`,
    ),
  );
}

const UPSERT_SQL = `INSERT INTO organizations (id, parent_id, superior_body, name, body_kind, issuer_code, place, office_name, office_code, created_at, updated_at)
  VALUES (@id, @parentId, @superiorBody, @name, @bodyKind, @issuerCode, @place, @officeName, @officeCode, @at, @at)
  ON CONFLICT (id) DO UPDATE SET parent_id = excluded.parent_id, superior_body = excluded.superior_body, name = excluded.name,
    body_kind = excluded.body_kind, issuer_code = excluded.issuer_code, place = excluded.place,
    office_name = excluded.office_name, office_code = excluded.office_code, updated_at = excluded.updated_at`;

/** Adds an organization, or updates the one with the same id. */
export function saveOrganization(db: Db, input: OrganizationInput): Result<Organization> {
  return attempt('lưu tổ chức', () =>
    db
      .transaction(() => {
        const org = unwrap(validate(organizationSchema, input, 'Tổ chức'));
        if (org.parentId === org.id) abort('INVALID_INPUT', 'Tổ chức không thể là cấp trên của chính nó.');
        if (org.parentId !== null && db.prepare('SELECT 1 FROM organizations WHERE id = ?').get(org.parentId) === undefined) {
          abort('NOT_FOUND', `Không tìm thấy tổ chức cấp trên "${org.parentId}".`);
        }
        db.prepare(UPSERT_SQL).run({ ...org, at: nowIso(db) });
        return org;
      })
      .immediate(),
  );
}

export function getOrganization(db: Db, id: string): Result<Organization> {
  return attempt('đọc tổ chức', () => {
    const row = db.prepare<[string], OrgRow>('SELECT * FROM organizations WHERE id = ?').get(id);
    if (!row) abort('NOT_FOUND', `Không tìm thấy tổ chức "${id}".`);
    return toOrganization(row);
  });
}

/** All organizations, in Vietnamese order of their names. */
export function listOrganizations(db: Db): Result<Organization[]> {
  return attempt('đọc danh sách tổ chức', () =>
    sortVi(db.prepare<[], OrgRow>('SELECT * FROM organizations').all().map(toOrganization), (o) => o.name),
  );
}

export { organizationSchema, type Organization, type OrganizationInput };
