import type { DocumentSummary, Organization } from '../../../electron/contract/model/office.ts';
import { documentStatuses, type DocumentStatus } from '../../../electron/contract/model/status.ts';
import { compareVi } from '../../../electron/format/collation.ts';

export type StatusGroup = { status: DocumentStatus; documents: DocumentSummary[] };
export type YearGroup = { year: number; statuses: StatusGroup[] };
export type OrgGroup = { orgId: string; name: string; org: Organization | null; years: YearGroup[] };

/**
 * Trang chủ's listing: by issuing body (Vietnamese order of their names), then plan year (newest
 * first), then status (in the workflow's order), documents by summary in Vietnamese order.
 */
export function groupDocuments(documents: readonly DocumentSummary[], organizations: readonly Organization[]): OrgGroup[] {
  const orgs = new Map(organizations.map((o) => [o.id, o]));
  const byOrg = new Map<string, DocumentSummary[]>();
  for (const d of documents) byOrg.set(d.orgId, [...(byOrg.get(d.orgId) ?? []), d]);
  const groups: OrgGroup[] = [...byOrg].map(([orgId, docs]) => {
    const org = orgs.get(orgId) ?? null;
    const years = [...new Set(docs.map((d) => d.planYear))].sort((a, b) => b - a);
    return {
      orgId,
      org,
      name: org?.name ?? orgId,
      years: years.map((year) => ({
        year,
        statuses: documentStatuses
          .map((status) => ({
            status,
            documents: docs
              .filter((d) => d.planYear === year && d.status === status)
              .sort((a, b) => compareVi(a.summary, b.summary) || a.id - b.id),
          }))
          .filter((g) => g.documents.length > 0),
      })),
    };
  });
  return groups.sort((a, b) => compareVi(a.name, b.name));
}

/** The year "Tạo nghị quyết năm mới" proposes: after the body's latest plan year, else next year. */
export function proposedYear(documents: readonly DocumentSummary[], orgId: string, now: Date = new Date()): number {
  const years = documents.filter((d) => d.orgId === orgId).map((d) => d.planYear);
  return years.length > 0 ? Math.max(...years) + 1 : now.getFullYear() + 1;
}
