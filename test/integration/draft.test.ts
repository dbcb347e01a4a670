import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Resolution } from '../../electron/contract/model/resolution.ts';
import { PLACEHOLDER_FINDING, targetNeedsValue } from '../../electron/contract/model/placeholders.ts';
import { walkTargets } from '../../electron/contract/model/targets.ts';
import { appendixRows, targetLines } from '../../electron/format/printed.ts';
import { resolveProfile } from '../../electron/format/resolveProfile.ts';
import { checkResolution } from '../../electron/services/check/index.ts';
import { ensureDemo, seedDemo } from '../../electron/services/demo.ts';
import { prepareNextYear, startNextYear } from '../../electron/services/draft.ts';
import { draftSigner, moveYearOn } from '../../electron/services/nextYear.ts';
import { listAudit, listVersions, openStore, type Store } from '../../electron/store/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'soan-nq-draft-'));
let store: Store;

beforeAll(() => {
  const opened = openStore(join(dir, 'demo.sqlite'));
  if (!opened.ok) throw new Error(opened.error.message);
  store = opened.value;
  const seeded = seedDemo(store.db);
  if (!seeded.ok) throw new Error(`${seeded.error.message} ${seeded.error.details?.join('; ')}`);
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Targets of a draft still waiting for this year's value (last year's figure carried beside them). */
const placeholderTargets = (doc: Resolution) => [...walkTargets(doc.targets)].filter(([n]) => targetNeedsValue(n)).length;

function text(block: Resolution['body'][number] | undefined): string {
  return block && 'runs' in block ? block.runs.map((r) => (r.type === 'text' ? r.text : '')).join('') : '';
}

describe('the demo', () => {
  it('is seeded once: a store with data is left alone', () => {
    const again = ensureDemo(store.db);
    expect(again).toEqual({ ok: true, value: null });
  });

  it('keeps the demo copies of the real resolutions identical to the test fixtures', () => {
    for (const name of ['duc-trong-2022-nq04-hu.json', 'nhon-trach-2024-nq09-hu.json']) {
      const demo = readFileSync(new URL(`../../resources/demo/${name}`, import.meta.url), 'utf8');
      const fixture = readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
      expect(JSON.parse(demo)).toEqual(JSON.parse(fixture));
    }
  });
});

describe('next year from last year', () => {
  it('counts a commune’s chỉ tiêu under its field headings and names the unmet one, not its field (Hiệp Thạnh 2027)', () => {
    const made = startNextYear(store.db, { orgId: 'DU-HIEP-THANH', year: 2027, who: 'Chuyên viên A' });
    if (!made.ok) throw new Error(made.error.message);
    const lines = made.value.content.body.map(text);
    expect(lines).toContain('Kết quả thực hiện chỉ tiêu Nghị quyết năm 2026 — 10 chỉ tiêu: 8 đạt và vượt, 1 không đạt, 1 cần đánh giá.');
    expect(lines).toContain('Một số chỉ tiêu chưa đạt Nghị quyết đề ra: Tỷ lệ dân số tham gia bảo hiểm y tế.');
  });

  it('starts Đức Trọng 2023 from the 2022 resolution and its results', () => {
    const made = startNextYear(store.db, { orgId: 'HU-DUC-TRONG', year: 2023, who: 'Chuyên viên A' });
    if (!made.ok) throw new Error(made.error.message);
    const doc = made.value.content;
    expect(made.value.status).toBe('du-thao');
    expect(doc.planYear).toBe(2023);
    expect(doc.header).toEqual({
      superiorBody: 'ĐẢNG BỘ TỈNH LÂM ĐỒNG',
      issuingBody: 'HUYỆN ỦY ĐỨC TRỌNG',
      bodyKind: 'huyen-uy',
      number: { seq: null, typeCode: 'NQ', issuerCode: 'HU' },
      place: 'Đức Trọng',
      date: null,
    });
    expect(doc.marks.draftRound).toBe(1);
    expect(doc.profileId).toBe('hd36-2018');
    expect(doc.title.summary).toBe(
      'về phát triển kinh tế - xã hội, đảm bảo quốc phòng - an ninh,\nxây dựng Đảng, xây dựng hệ thống chính trị năm 2023',
    );

    // Same groups, order and indicators as 2022; this year's values left for the secretary.
    const before = JSON.parse(readFileSync(new URL('../fixtures/duc-trong-2022-nq04-hu.json', import.meta.url), 'utf8')) as Resolution;
    expect([...walkTargets(doc.targets)].map(([n]) => n.key)).toEqual([...walkTargets(before.targets)].map(([n]) => n.key));
    expect([...walkTargets(doc.targets)].every(([n]) => n.value === undefined)).toBe(true);
    const budget = doc.targets.find((n) => n.key === 'thu-ngan-sach');
    expect(budget?.previous).toEqual({ year: 2022, target: '770,4', result: '812,6', assessment: 'vuot' });
    const stunting = [...walkTargets(doc.targets)].find(([n]) => n.key === 'tre-em-suy-dinh-duong.the-thap-coi')?.[0];
    expect(stunting?.previous).toEqual({ year: 2022, target: '<18', result: '16,9', assessment: 'dat' });

    // The review section opens with the assessment of last year's targets.
    expect(text(doc.body[0])).toBe('KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NĂM 2022');
    // Hộ nghèo 0,31% against 0,24% (and 0,45% against 0,4% for the ethnic minorities) is not met: a
    // poverty rate is a level to come down to (it was counted "vượt").
    const poverty = doc.targets.find((n) => n.key === 'ho-ngheo');
    expect(poverty?.previous).toMatchObject({ target: '0,24', result: '0,31', assessment: 'khong-dat' });
    // A group with no figure of its own (Giá trị sản xuất, Chỉ tiêu về y tế, về trồng rừng) is met in
    // part, counted as such and named with how many of its parts were met, as the appendix prints it.
    expect(text(doc.body[2])).toBe(
      'Kết quả thực hiện chỉ tiêu Nghị quyết năm 2022 — 18 chỉ tiêu: 11 đạt và vượt, 3 đạt một phần, 2 không đạt, 2 cần đánh giá.',
    );
    expect(text(doc.body[4])).toBe(
      'Một số chỉ tiêu chưa đạt Nghị quyết đề ra: Giá trị sản xuất (đạt 2/4), tỷ lệ hộ nghèo, chỉ tiêu về y tế (đạt 2/3), tỷ lệ bảo hiểm y tế toàn dân, chỉ tiêu về trồng rừng (đạt 1/2).',
    );
    const printed = new Map(appendixRows(doc.targets).map((r) => [r.key, r.assessment]));
    expect(printed.get('y-te')).toBe('Đạt 2/3');
    expect(doc.targets.find((n) => n.key === 'y-te')?.previous).toMatchObject({
      assessment: 'can-danh-gia',
      parts: { met: 2, notMet: 1, total: 3 },
    });
    expect(printed.get('y-te.bac-si-van-dan')).toBe('Không đạt');
    // A parent with its own figure is judged by it: Giải quyết việc làm 4.320 in 4.000-4.500.
    expect(printed.get('giai-quyet-viec-lam')).toBe('Đạt');
    expect(doc.body.some((b) => b.type === 'targets')).toBe(true);

    // Recipients and signer from last year's, punctuated by the profile from now on.
    expect(doc.recipients.punctuation).toBe('profile');
    expect(doc.recipients.lines.map((l) => l.text)).toEqual(before.recipients.lines.map((l) => l.text.replace(/[,.]$/, '')));
    expect(doc.signature).toEqual(before.signature);
    expect(doc.appendix).toMatchObject({
      include: true,
      title: 'CHỈ TIÊU KẾ HOẠCH NĂM 2023',
      valueHeader: 'KẾ HOẠCH NĂM 2023',
      orientation: 'landscape',
      columns: { previousTarget: true, previousResult: true, assessment: true },
    });

    // Saved with its first version and audit row.
    const versions = listVersions(store.db, made.value.id);
    expect(versions.ok && versions.value.map((v) => v.reason)).toEqual(['Khởi tạo từ nghị quyết năm 2022 (văn bản #1)']);
    const audit = listAudit(store.db, { documentId: made.value.id });
    expect(audit.ok && audit.value.map((a) => a.who)).toEqual(['Chuyên viên A']);
  });

  it('refuses a second draft for the same year', () => {
    const again = startNextYear(store.db, { orgId: 'HU-DUC-TRONG', year: 2023, who: 'Chuyên viên A' });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.message).toContain('Đã có nghị quyết năm 2023');
  });

  it("carries last year's values as this year's when asked", () => {
    const made = prepareNextYear(store.db, { orgId: 'DU-HIEP-THANH', year: 2027, carryValues: true, who: 'x' });
    if (!made.ok) throw new Error(made.error.message);
    const poverty = [...walkTargets(made.value.content.targets)].find(([n]) => n.key === 'xa-hoi.ho-ngheo')?.[0];
    expect(poverty?.value?.written).toBe('dưới 0,5');
    expect(poverty?.previous).toEqual({ year: 2026, target: 'dưới 0,5', result: '0,42', assessment: 'dat' });
    expect(made.value.content.header.issuingBody).toBe('ĐẢNG ỦY XÃ HIỆP THẠNH');
    expect(made.value.content.title.summary).toContain('năm 2027');
  });

  it('says so when last year has no results yet, and starts from the template when there is no last year', () => {
    const nt = prepareNextYear(store.db, { orgId: 'HU-NHON-TRACH', year: 2025, who: 'x' });
    if (!nt.ok) throw new Error(nt.error.message);
    expect(text(nt.value.content.body[2])).toBe('[… Nhập kết quả thực hiện năm 2024 để ứng dụng đánh giá 56 chỉ tiêu]');
    const fresh = prepareNextYear(store.db, { orgId: 'DU-HIEP-THANH', year: 2030, who: 'x' });
    if (!fresh.ok) throw new Error(fresh.error.message);
    expect(fresh.value.previousId).toBeNull();
    expect(fresh.value.content.targets).toEqual([]);
    expect(fresh.value.content.title.summary).toBe(
      'về phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh,\nxây dựng Đảng và hệ thống chính trị năm 2030',
    );
    expect(fresh.value.content.signature.name).toBe('Trần Văn Minh');
    // No last year: the template's outline, without a review to write from and without prompts (nothing holds its round up).
    expect(text(fresh.value.content.body[2])).toBe('Những hạn chế, khuyết điểm');
    expect(fresh.value.content.body.some((b) => text(b).startsWith('[…'))).toBe(false);
    const unknown = prepareNextYear(store.db, { orgId: 'HU-KHONG-CO', year: 2023, who: 'x' });
    expect(unknown.ok).toBe(false);
  });

  it('ends the body with the mark of the draft\'s profile: "." under 05-HD, "./." under 36-HD', () => {
    const lastParagraph = (content: Resolution) => text(content.body.filter((b) => b.type === 'paragraph').at(-1));
    const hd05 = prepareNextYear(store.db, { orgId: 'DU-HIEP-THANH', year: 2030, who: 'x' });
    if (!hd05.ok) throw new Error(hd05.error.message);
    expect(hd05.value.content.profileId).toBe('hd05-2026');
    expect(lastParagraph(hd05.value.content)).toMatch(/[^/]\.$/u);
    const hd36 = prepareNextYear(store.db, { orgId: 'HU-NHON-TRACH', year: 2025, who: 'x' });
    if (!hd36.ok) throw new Error(hd36.error.message);
    expect(hd36.value.content.profileId).toBe('hd36-2018');
    expect(lastParagraph(hd36.value.content)).toMatch(/\.\/\.$/u);
  });
});

describe('what is left to write (issue 14 §4)', () => {
  const made = () => {
    const d = prepareNextYear(store.db, { orgId: 'HU-DUC-TRONG', year: 2023, who: 'x' });
    if (!d.ok) throw new Error(d.error.message);
    return d.value.content;
  };

  it('puts a prompt under each empty section and leaves the written ones alone', () => {
    const body = made().body;
    const after = (heading: string) => text(body[body.findIndex((b) => text(b) === heading) + 1]);
    expect(after('MỤC TIÊU TỔNG QUÁT')).toBe('[… Nêu mục tiêu tổng quát năm 2023]');
    expect(after('NHIỆM VỤ VÀ GIẢI PHÁP')).toBe('[… Nêu nhiệm vụ và giải pháp năm 2023]');
    expect(after('CÁC CHỈ TIÊU CHỦ YẾU')).toBe('');
    expect(body[body.findIndex((b) => text(b) === 'CÁC CHỈ TIÊU CHỦ YẾU') + 1]?.type).toBe('targets');
  });

  it('prints a value not yet set as a placeholder, and the check lists each placeholder as an error', () => {
    const doc = made();
    const lines = targetLines(doc.targets).map((l) => l.text);
    expect(lines).toContain('2. Thu NSNN do huyện quản lý: … tỷ đồng.');
    expect(lines.filter((l) => l.includes('…')).length).toBe(placeholderTargets(doc));
    expect(appendixRows(doc.targets).find((r) => r.key === 'thu-ngan-sach')?.value).toBe('…');
    const profile = resolveProfile({ profileId: doc.profileId, date: null, planYear: doc.planYear });
    if (!profile.ok) throw new Error(profile.error.message);
    const open = checkResolution(doc, profile.value).filter((f) => f.code === PLACEHOLDER_FINDING);
    expect(open.every((f) => f.severity === 'error')).toBe(true);
    expect(open.map((f) => f.path)).toEqual(expect.arrayContaining(['targets[thu-ngan-sach]']));
    expect(open.filter((f) => f.path.startsWith('targets')).length).toBe(placeholderTargets(doc));
    expect(open.filter((f) => f.path.startsWith('body')).map((f) => f.message)).toEqual([
      'Chưa điền nội dung: còn "[… Nêu mục tiêu tổng quát năm 2023]".',
      'Chưa điền nội dung: còn "[… Nêu nhiệm vụ và giải pháp năm 2023]".',
    ]);
  });
});

describe('moving a year on', () => {
  it('moves the year and leaves ranges alone', () => {
    expect(moveYearOn('về chỉ tiêu, nhiệm vụ năm 2022', 2022)).toBe('về chỉ tiêu, nhiệm vụ năm 2023');
    expect(moveYearOn('nhiệm kỳ 2020-2022, năm 2022', 2022)).toBe('nhiệm kỳ 2020-2022, năm 2023');
    expect(moveYearOn('kế hoạch 2022–2025 và năm 2022', 2022)).toBe('kế hoạch 2022–2025 và năm 2023');
    expect(moveYearOn('ngày 10/12/2022', 2022)).toBe('ngày 10/12/2022');
  });
});

describe('who signs next year', () => {
  const secretary = { authority: 'T/M' as const, authorityOf: 'BAN THƯỜNG VỤ', title: 'BÍ THƯ', name: 'Vũ Thị Thuỳ Trang' };
  const declared = { authority: 'T/M' as const, authorityOf: 'ĐẢNG ỦY', title: 'BÍ THƯ', name: 'Nguyễn Văn Bí' };
  const body = { name: 'ĐẢNG ỦY PHƯỜNG AN HỘI', bodyKind: 'dang-uy-phuong' as const };

  it("keeps last year's signer, with last year's lines, while they are still among the body's signers", () => {
    expect(draftSigner(secretary, [{ ...secretary, authorityOf: 'ĐẢNG ỦY', name: 'VŨ THỊ THUỲ TRANG' }], body)).toEqual(secretary);
    expect(draftSigner(secretary, [], body)).toEqual(secretary);
  });

  it("takes the body's first signer when last year's no longer signs (a new secretary, or a file of another body)", () => {
    expect(draftSigner(secretary, [declared], body)).toEqual(declared);
    expect(draftSigner(null, [declared], body)).toEqual(declared);
  });

  it("gives the body's usual authority and asks for the name when nobody is known", () => {
    expect(draftSigner(null, [], { name: 'TỈNH ỦY LÀO CAI', bodyKind: 'tinh-uy' })).toEqual({
      authority: 'T/M',
      authorityOf: 'TỈNH ỦY',
      title: 'BÍ THƯ',
      name: '[… Họ tên người ký]',
    });
  });
});
