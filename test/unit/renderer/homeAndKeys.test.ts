import { describe, expect, it } from 'vitest';
import type { DocumentSummary, Organization } from '../../../electron/contract/model/office.ts';
import { commandOfKey } from '../../../renderer/app/commands.ts';
import { groupDocuments, proposedYear } from '../../../renderer/screens/home/grouping.ts';
import { shortcutOf } from '../../../renderer/editor/plugins/Shortcuts/keys.ts';

const org = (id: string, name: string): Organization => ({
  id,
  name,
  parentId: null,
  superiorBody: null,
  bodyKind: 'huyen-uy',
  issuerCode: 'HU',
  place: 'X',
  officeName: 'VĂN PHÒNG',
  officeCode: 'VPHU',
});
const doc = (id: number, orgId: string, planYear: number, status: DocumentSummary['status'], summary: string): DocumentSummary => ({
  id,
  orgId,
  planYear,
  status,
  summary,
  docType: 'NQ',
  profileId: 'hd36-2018',
  numberSeq: null,
  issuedOn: null,
  title: 'NGHỊ QUYẾT',
  version: 1,
  createdAt: '',
  updatedAt: '',
});

describe('Trang chủ', () => {
  const orgs = [
    org('HU-NHON-TRACH', 'HUYỆN ỦY NHƠN TRẠCH'),
    org('DU-AN-BINH', 'ĐẢNG ỦY XÃ AN BÌNH'),
    org('HU-DUC-TRONG', 'HUYỆN ỦY ĐỨC TRỌNG'),
  ];
  const docs = [
    doc(1, 'HU-DUC-TRONG', 2022, 'ban-hanh', 'về phát triển'),
    doc(2, 'HU-DUC-TRONG', 2023, 'du-thao', 'về đảm bảo'),
    doc(3, 'HU-DUC-TRONG', 2023, 'du-thao', 'về an ninh'),
    doc(4, 'HU-DUC-TRONG', 2023, 'trinh-duyet', 'về xây dựng'),
    doc(5, 'HU-NHON-TRACH', 2024, 'ban-hanh', 'về chỉ tiêu'),
    doc(6, 'DU-AN-BINH', 2026, 'du-thao', 'về nhiệm vụ'),
  ];

  it('groups by body in Vietnamese order (Đ after D, before H), newest year first, statuses in workflow order', () => {
    const groups = groupDocuments(docs, orgs);
    expect(groups.map((g) => g.name)).toEqual(['ĐẢNG ỦY XÃ AN BÌNH', 'HUYỆN ỦY ĐỨC TRỌNG', 'HUYỆN ỦY NHƠN TRẠCH']);
    const ducTrong = groups[1];
    expect(ducTrong?.years.map((y) => y.year)).toEqual([2023, 2022]);
    expect(ducTrong?.years[0]?.statuses.map((s) => [s.status, s.documents.map((d) => d.id)])).toEqual([
      ['du-thao', [3, 2]],
      ['trinh-duyet', [4]],
    ]);
  });

  it('proposes the year after the body’s latest resolution', () => {
    expect(proposedYear(docs, 'HU-DUC-TRONG')).toBe(2024);
    expect(proposedYear(docs, 'NEW', new Date(2026, 0, 5))).toBe(2027);
  });
});

const key = (init: Partial<KeyboardEvent>): KeyboardEvent =>
  ({
    key: '',
    code: '',
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    isComposing: false,
    keyCode: 0,
    ...init,
  }) as KeyboardEvent;

describe('shortcuts', () => {
  it('maps Ctrl+N/O/S/E/F to the app commands, never while an input method composes', () => {
    expect(commandOfKey(key({ key: 's', code: 'KeyS', ctrlKey: true }))).toBe('save');
    expect(commandOfKey(key({ key: 'e', code: 'KeyE', ctrlKey: true }))).toBe('export');
    expect(commandOfKey(key({ key: 's', code: 'KeyS', ctrlKey: true, isComposing: true }))).toBeNull();
    expect(commandOfKey(key({ key: 'Process', code: 'KeyS', ctrlKey: true, keyCode: 229 }))).toBeNull();
    expect(commandOfKey(key({ key: 's', code: 'KeyS' }))).toBeNull();
  });

  it('maps Ctrl+Alt+1..5 to heading levels by physical key', () => {
    expect(shortcutOf(key({ code: 'Digit1', key: '&', ctrlKey: true, altKey: true }))).toEqual({
      block: { type: 'heading', level: 'part' },
    });
    expect(shortcutOf(key({ code: 'Digit3', ctrlKey: true, altKey: true }))).toEqual({ block: { type: 'heading', level: 'item' } });
    expect(shortcutOf(key({ code: 'Digit9', ctrlKey: true, altKey: true }))).toEqual({ block: { type: 'bullet', marker: '+' } });
    expect(shortcutOf(key({ code: 'Digit1', ctrlKey: true, altKey: true, isComposing: true }))).toBeNull();
  });
});
