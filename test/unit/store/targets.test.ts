import { describe, expect, it } from 'vitest';
import { walkTargets } from '../../../electron/contract/model/index.ts';
import { listAudit } from '../../../electron/store/audit.ts';
import { saveDocument } from '../../../electron/services/documentSave.ts';
import { listResults, upsertResults } from '../../../electron/store/results.ts';
import { TARGETS_WITH_RESULTS_SQL, targetsWithResults } from '../../../electron/store/targets.ts';
import { draft, fixture, must, seededStore } from './kit.ts';

const who = 'Chuyên viên Văn phòng';

describe('targets and indicators', () => {
  it('keeps one targets row per node of the tree, in order, and one indicator per key', () => {
    const { db } = seededStore();
    const doc = fixture('duc-trong-2022-nq04-hu');
    const { id } = must(saveDocument(db, { orgId: 'HU-DUC-TRONG', content: doc, status: 'ban-hanh', who, why: 'Nhập' }));
    const rows = db
      .prepare<[number], { key: string; depth: number; written: string | null }>(
        'SELECT i.key, t.depth, t.written FROM targets t JOIN indicators i ON i.id = t.indicator_id WHERE t.document_id = ? ORDER BY t.position',
      )
      .all(id);
    expect(rows).toEqual([...walkTargets(doc.targets)].map(([n, depth]) => ({ key: n.key, depth, written: n.value?.written ?? null })));
    expect(db.prepare("SELECT count(*) FROM indicators WHERE org_id = 'HU-DUC-TRONG'").pluck().get()).toBe(rows.length);
  });

  it('rewrites the rows when the targets change, and names indicators after the latest year', () => {
    const { db } = seededStore();
    const d22 = must(saveDocument(db, { orgId: 'HU-DUC-TRONG', content: draft(2022), who, why: 'x' }));
    const renamed = draft(2023, (d) => {
      d.targets = [{ key: 'thu-ngan-sach', name: 'Thu ngân sách nhà nước trên địa bàn', unit: 'tỷ đồng', children: [] }];
    });
    const d23 = must(saveDocument(db, { orgId: 'HU-DUC-TRONG', content: renamed, who, why: 'x' }));
    must(
      saveDocument(db, {
        id: d22.id,
        content: draft(2022, (d) => {
          d.marks = { draftRound: 2 };
        }),
        who,
        why: 'Sửa bản 2022',
      }),
    );
    const indicator = db.prepare("SELECT name, last_year FROM indicators WHERE key = 'thu-ngan-sach'").get();
    expect(indicator).toEqual({ name: 'Thu ngân sách nhà nước trên địa bàn', last_year: 2023 });
    expect(db.prepare('SELECT count(*) FROM targets WHERE document_id = ?').pluck().get(d23.id)).toBe(1);
    expect(db.prepare('SELECT count(*) FROM targets WHERE document_id = ?').pluck().get(d22.id)).toBe(4);
    const group = db.prepare("SELECT group_key, group_name FROM indicators WHERE key = 'gia-tri-san-xuat.dich-vu'").get();
    expect(group).toEqual({ group_key: 'gia-tri-san-xuat', group_name: 'Giá trị sản xuất' });
  });
});

describe('results', () => {
  it("shows last year's targets beside their results, in the document's order", () => {
    const { db } = seededStore();
    const doc = must(saveDocument(db, { orgId: 'HU-DUC-TRONG', content: draft(2022), who, why: 'x' }));
    expect(
      must(
        upsertResults(db, {
          orgId: 'HU-DUC-TRONG',
          year: 2022,
          who: 'Chánh Văn phòng',
          entries: [
            { key: 'thu-ngan-sach', written: '785,2', parsed: { kind: 'exact', value: 785.2, direction: 'exact' }, source: 'nhap-tay' },
            { key: 'gia-tri-san-xuat.cong-nghiep', written: 'Tăng 9,5%', source: 'dan-bang-tinh' },
          ],
        }),
      ),
    ).toBe(2);
    const year = must(targetsWithResults(db, 'HU-DUC-TRONG', 2022));
    expect(year?.document.id).toBe(doc.id);
    expect(year?.rows.map((r) => [r.key, r.depth, r.target?.written ?? null, r.result?.written ?? null, r.result?.source ?? null])).toEqual(
      [
        ['gia-tri-san-xuat', 0, null, null, null],
        ['gia-tri-san-xuat.cong-nghiep', 1, 'Tăng 9 - 10', 'Tăng 9,5%', 'dan-bang-tinh'],
        ['gia-tri-san-xuat.dich-vu', 1, 'Tăng 10 - 11', null, null],
        ['thu-ngan-sach', 0, '770,4', '785,2', 'nhap-tay'],
      ],
    );
    expect(year?.rows[3]).toMatchObject({
      name: 'Thu NSNN do huyện quản lý',
      unit: 'tỷ đồng',
      target: { written: '770,4', parsed: { kind: 'exact', value: 770.4, direction: 'exact' } },
      result: { parsed: { kind: 'exact', value: 785.2, direction: 'exact' }, recordedBy: 'Chánh Văn phòng' },
    });
    expect(must(targetsWithResults(db, 'HU-DUC-TRONG', 2019))).toBeNull();
  });

  it('replaces a result for the same indicator and year, and audits each entry batch', () => {
    const { db } = seededStore();
    must(saveDocument(db, { orgId: 'HU-DUC-TRONG', content: draft(2022), who, why: 'x' }));
    must(
      upsertResults(db, {
        orgId: 'HU-DUC-TRONG',
        year: 2022,
        who,
        entries: [{ key: 'thu-ngan-sach', written: '780', source: 'nhap-tay' }],
      }),
    );
    must(
      upsertResults(db, {
        orgId: 'HU-DUC-TRONG',
        year: 2022,
        who,
        entries: [{ key: 'thu-ngan-sach', written: '785,2', source: 'nhap-van-ban' }],
      }),
    );
    const results = must(listResults(db, 'HU-DUC-TRONG', 2022));
    expect([...results.entries()].map(([k, r]) => [k, r.written, r.source, r.parsed])).toEqual([
      ['thu-ngan-sach', '785,2', 'nhap-van-ban', null],
    ]);
    expect(
      must(listAudit(db, { orgId: 'HU-DUC-TRONG' }))
        .filter((a) => a.action === 'ket-qua')
        .map((a) => a.detail.keys),
    ).toEqual([['thu-ngan-sach'], ['thu-ngan-sach']]);
  });

  it('writes nothing when one key of the batch is unknown', () => {
    const { db } = seededStore();
    must(saveDocument(db, { orgId: 'HU-DUC-TRONG', content: draft(2022), who, why: 'x' }));
    const r = upsertResults(db, {
      orgId: 'HU-DUC-TRONG',
      year: 2022,
      who,
      entries: [
        { key: 'thu-ngan-sach', written: '785,2', source: 'nhap-tay' },
        { key: 'khong-co', written: '1', source: 'nhap-tay' },
      ],
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', details: ['khong-co'] } });
    expect(db.prepare('SELECT count(*) FROM results').pluck().get()).toBe(0);
    expect(
      upsertResults(db, { orgId: 'HU-DUC-TRONG', year: 2022, who, entries: [{ key: 'thu-ngan-sach', written: '  ', source: 'nhap-tay' }] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });

  it('finds targets and results through indexes, never scanning targets or results', () => {
    const { db } = seededStore();
    for (const year of [2020, 2021, 2022, 2023]) must(saveDocument(db, { orgId: 'HU-DUC-TRONG', content: draft(year), who, why: 'x' }));
    db.exec('ANALYZE');
    const plan = db
      .prepare<{ year: number; documentId: number }, { detail: string }>(`EXPLAIN QUERY PLAN ${TARGETS_WITH_RESULTS_SQL}`)
      .all({ year: 2022, documentId: 3 })
      .map((r) => r.detail);
    expect(plan.some((d) => /^SEARCH t USING PRIMARY KEY \(document_id=\?\)/.test(d))).toBe(true);
    expect(plan.some((d) => /^SEARCH i USING INTEGER PRIMARY KEY \(rowid=\?\)/.test(d))).toBe(true);
    expect(plan.some((d) => /^SEARCH r USING PRIMARY KEY \(indicator_id=\? AND year=\?\)/.test(d))).toBe(true);
    expect(plan.filter((d) => /^SCAN /.test(d) || /TEMP B-TREE/.test(d))).toEqual([]);
    const pick = db
      .prepare<[], { detail: string }>(
        "EXPLAIN QUERY PLAN SELECT id FROM documents d WHERE d.org_id = 'HU-DUC-TRONG' AND d.plan_year = 2022 ORDER BY d.status = 'ban-hanh' DESC, d.updated_at DESC LIMIT 1",
      )
      .all()
      .map((r) => r.detail);
    expect(pick.some((d) => d.includes('USING INDEX documents_org_year'))).toBe(true);
  });
});
