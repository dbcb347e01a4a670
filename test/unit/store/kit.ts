import { readFileSync } from 'node:fs';
import { resolutionSchema, type Resolution, type ResolutionInput } from '../../../electron/contract/model/index.ts';
import type { Result } from '../../../electron/contract/result.ts';
import { openStore, type OpenOptions, type Store } from '../../../electron/store/connection.ts';
import { saveOrganization, type OrganizationInput } from '../../../electron/store/organizations.ts';

/** The value of a Result, or a test failure that shows the Vietnamese error. */
export function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}\n${(result.error.details ?? []).join('\n')}`);
  return result.value;
}

/** A clock that starts at `start` and moves one second each time it is read. */
export function tickingClock(start = '2025-12-01T08:00:00.000Z'): () => Date {
  let t = Date.parse(start);
  return () => {
    const d = new Date(t);
    t += 1000;
    return d;
  };
}

export function memoryStore(options: OpenOptions = {}): Store {
  return must(openStore(':memory:', { now: tickingClock(), ...options }));
}

export const ducTrongOrg: OrganizationInput = {
  id: 'HU-DUC-TRONG',
  superiorBody: 'ĐẢNG BỘ TỈNH LÂM ĐỒNG',
  name: 'HUYỆN ỦY ĐỨC TRỌNG',
  bodyKind: 'huyen-uy',
  issuerCode: 'HU',
  place: 'Đức Trọng',
  officeName: 'VĂN PHÒNG',
  officeCode: 'VPHU',
};

export const nhonTrachOrg: OrganizationInput = {
  id: 'HU-NHON-TRACH',
  superiorBody: 'ĐẢNG BỘ TỈNH ĐỒNG NAI',
  name: 'HUYỆN ỦY NHƠN TRẠCH',
  bodyKind: 'huyen-uy',
  issuerCode: 'HU',
  place: 'Nhơn Trạch',
  officeName: 'VĂN PHÒNG',
  officeCode: 'VPHU',
};

/** A store with the two districts of the real resolutions. */
export function seededStore(options: OpenOptions = {}): Store {
  const store = memoryStore(options);
  must(saveOrganization(store.db, ducTrongOrg));
  must(saveOrganization(store.db, nhonTrachOrg));
  return store;
}

export function fixture(name: 'duc-trong-2022-nq04-hu' | 'nhon-trach-2024-nq09-hu'): Resolution {
  return resolutionSchema.parse(JSON.parse(readFileSync(new URL(`../../fixtures/${name}.json`, import.meta.url), 'utf8')));
}

/** A small draft of Huyện ủy Đức Trọng with three targets (one group with two rows, one plain row). */
export function draft(planYear = 2023, patch: (doc: ResolutionInput) => void = () => {}): Resolution {
  const doc: ResolutionInput = {
    schemaVersion: 1,
    profileId: 'hd36-2018',
    planYear,
    header: {
      superiorBody: 'ĐẢNG BỘ TỈNH LÂM ĐỒNG',
      issuingBody: 'HUYỆN ỦY ĐỨC TRỌNG',
      bodyKind: 'huyen-uy',
      number: { seq: null, typeCode: 'NQ', issuerCode: 'HU' },
      place: 'Đức Trọng',
      date: null,
    },
    marks: { draftRound: 1 },
    title: { documentType: 'NGHỊ QUYẾT', summary: `Về phát triển kinh tế - xã hội năm ${planYear}` },
    body: [
      { type: 'heading', level: 'section', label: 'I.', runs: [{ type: 'text', text: 'Mục tiêu' }] },
      { type: 'paragraph', runs: [{ type: 'text', text: 'Tiếp tục xây dựng nông thôn mới nâng cao, phát triển kinh tế bền vững.' }] },
      { type: 'targets' },
    ],
    targets: [
      {
        key: 'gia-tri-san-xuat',
        name: 'Giá trị sản xuất',
        children: [
          {
            key: 'gia-tri-san-xuat.cong-nghiep',
            name: 'Ngành Công nghiệp',
            unit: '%',
            value: { written: 'Tăng 9 - 10', parsed: { kind: 'growthRange', min: 9, max: 10, direction: 'higher' } },
            children: [],
          },
          {
            key: 'gia-tri-san-xuat.dich-vu',
            name: 'Ngành Dịch vụ',
            unit: '%',
            value: { written: 'Tăng 10 - 11', parsed: { kind: 'growthRange', min: 10, max: 11, direction: 'higher' } },
            children: [],
          },
        ],
      },
      {
        key: 'thu-ngan-sach',
        name: 'Thu NSNN do huyện quản lý',
        unit: 'tỷ đồng',
        value: { written: '770,4', parsed: { kind: 'exact', value: 770.4, direction: 'exact' } },
        children: [],
      },
    ],
    recipients: { lines: [{ text: 'Ban Thường vụ Tỉnh ủy', note: '(để báo cáo)' }, { text: 'Lưu Văn phòng Huyện ủy' }] },
    signature: { authority: 'T/M', authorityOf: 'HUYỆN ỦY', title: 'BÍ THƯ', name: 'Nguyễn Ngọc Phúc' },
    appendix: { include: false },
  };
  patch(doc);
  return resolutionSchema.parse(doc);
}
