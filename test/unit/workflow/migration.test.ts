import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/store/migrate.ts';
import { migrations } from '../../../electron/store/migrations/index.ts';
import { listRegister } from '../../../electron/services/register.ts';
import { draft, must } from '../store/kit.ts';

describe('migration 0003 (registers)', () => {
  it('enters the documents already issued in the number register of their term', () => {
    const db = new Database(':memory:');
    const backup = () => ({ ok: true as const, value: 'unused' });
    must(migrate(db, { migrations: migrations.slice(0, 2), backup }));
    db.prepare(
      `INSERT INTO organizations (id, name, body_kind, issuer_code, place, office_name, office_code, created_at, updated_at)
       VALUES ('HU-DUC-TRONG', 'HUYỆN ỦY ĐỨC TRỌNG', 'huyen-uy', 'HU', 'Đức Trọng', 'VĂN PHÒNG', 'VPHU', 'x', 'x')`,
    ).run();
    db.prepare(
      `INSERT INTO terms (org_id, ordinal, start_year, end_year, start_date, end_date) VALUES ('HU-DUC-TRONG', 'XII', 2020, 2025, '2020-10-15', NULL)`,
    ).run();
    const insert = db.prepare(
      `INSERT INTO documents (org_id, doc_type, plan_year, status, profile_id, number_seq, issued_on, title, summary, content, version, created_at, updated_at)
       VALUES ('HU-DUC-TRONG', 'NQ', ?, ?, 'hd36-2018', ?, ?, 'NGHỊ QUYẾT', ?, ?, 1, 'x', 'x')`,
    );
    const issued = (year: number, seq: number, date: string) =>
      draft(year, (d) => {
        d.header.number.seq = seq;
        d.header.date = date;
        d.marks = { draftRound: null, secrecy: seq === 5 ? 'mat' : null };
      });
    insert.run(2022, 'ban-hanh', 4, '2021-12-10', 'Năm 2022', JSON.stringify(issued(2022, 4, '2021-12-10')));
    insert.run(2023, 'ban-hanh', 5, '2022-12-15', 'Năm 2023', JSON.stringify(issued(2023, 5, '2022-12-15')));
    insert.run(2019, 'ban-hanh', 9, '2018-12-20', 'Nhiệm kỳ trước, chưa khai báo', JSON.stringify(issued(2019, 9, '2018-12-20')));
    insert.run(2024, 'du-thao', null, null, 'Dự thảo', JSON.stringify(draft(2024)));
    must(migrate(db, { migrations, backup }));
    const entries = must(listRegister(db, { orgId: 'HU-DUC-TRONG', termOrdinal: 'XII' })).entries;
    expect(entries.map((e) => [e.symbol, e.issuedOn, e.secret, e.signer, e.createdBy])).toEqual([
      ['04-NQ/HU', '2021-12-10', false, 'Nguyễn Ngọc Phúc', 'nâng cấp dữ liệu'],
      ['05-NQ/HU', '2022-12-15', true, 'Nguyễn Ngọc Phúc', 'nâng cấp dữ liệu'],
    ]);
    expect(entries[0]?.recipients).toBe('Ban Thường vụ Tỉnh ủy (để báo cáo); Lưu Văn phòng Huyện ủy');
    expect(entries[0]?.summary).toBe('Năm 2022');
  });
});
