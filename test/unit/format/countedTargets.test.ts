import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Resolution } from '../../../electron/contract/model/resolution.ts';
import type { TargetNode } from '../../../electron/contract/model/targets.ts';
import { countedTargets, isFieldGroup } from '../../../electron/format/countedTargets.ts';

const targetsOf = (file: string): TargetNode[] => (JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as Resolution).targets;
const group = (name: string, children: TargetNode[] = [{ key: 'a', name: 'A', children: [] }]): TargetNode => ({
  key: name,
  name,
  children,
});

describe('the chỉ tiêu a resolution counts', () => {
  it('counts the targets under field headings, not the fields ("Về kinh tế" is no chỉ tiêu)', () => {
    expect(countedTargets(targetsOf('../../fixtures/nhon-trach-2024-nq09-hu.json'))).toHaveLength(56);
    const hiepThanh = countedTargets(targetsOf('../../../resources/demo/hiep-thanh-2026-nq12-du.json'));
    expect(hiepThanh.map((n) => n.key)).toEqual([
      'kinh-te.thu-ngan-sach',
      'kinh-te.thu-nhap-binh-quan',
      'xa-hoi.ho-ngheo',
      'xa-hoi.bao-hiem-y-te',
      'xa-hoi.lao-dong-qua-dao-tao',
      'moi-truong.rac-thai',
      'moi-truong.nuoc-sach',
      'xay-dung-dang.chi-bo-hoan-thanh-tot',
      'xay-dung-dang.ket-nap-dang-vien',
      'quoc-phong-an-ninh',
    ]);
  });

  it('keeps an indicator with parts as one chỉ tiêu (Đức Trọng: "Bao gồm 18 chỉ tiêu cơ bản")', () => {
    expect(countedTargets(targetsOf('../../fixtures/duc-trong-2022-nq04-hu.json'))).toHaveLength(18);
  });

  it('knows a field by its lead word or by the field words alone', () => {
    for (const name of [
      'Về kinh tế',
      'Lĩnh vực văn hóa - xã hội',
      'Nhóm chỉ tiêu về xây dựng Đảng',
      'Quốc phòng - an ninh',
      'Văn hóa, xã hội và môi trường',
    ]) {
      expect(isFieldGroup(group(name)), name).toBe(true);
    }
    for (const name of ['Giá trị sản xuất của một số ngành chủ yếu', 'Tỷ lệ trẻ em suy dinh dưỡng']) {
      expect(isFieldGroup(group(name)), name).toBe(false);
    }
    expect(isFieldGroup(group('Về kinh tế', []))).toBe(false);
  });
});
