import type { OrganizationInput } from '../../electron/store/index.ts';
import { prng } from './random.ts';

/** The benchmark's bodies: huyện ủy of real districts, each with đảng ủy xã of real commune names, and the names that sign for them. */

export const DISTRICTS = 50;
export const COMMUNES_PER_DISTRICT = 9;

const PROVINCES: ReadonlyArray<[string, readonly string[]]> = [
  ['TỈNH LÂM ĐỒNG', ['Đức Trọng', 'Lâm Hà', 'Di Linh', 'Bảo Lâm', 'Đơn Dương', 'Lạc Dương', 'Đạ Huoai', 'Cát Tiên', 'Đam Rông', 'Đạ Tẻh']],
  ['TỈNH ĐỒNG NAI', ['Nhơn Trạch', 'Long Thành', 'Trảng Bom', 'Thống Nhất', 'Cẩm Mỹ', 'Xuân Lộc', 'Định Quán', 'Tân Phú', 'Vĩnh Cửu']],
  ['TỈNH BÀ RỊA - VŨNG TÀU', ['Châu Đức', 'Xuyên Mộc', 'Đất Đỏ', 'Long Điền']],
  ['THÀNH PHỐ HỒ CHÍ MINH', ['Củ Chi', 'Hóc Môn', 'Bình Chánh', 'Nhà Bè', 'Cần Giờ']],
  [
    'THÀNH PHỐ HÀ NỘI',
    [
      'Gia Lâm',
      'Đông Anh',
      'Sóc Sơn',
      'Thanh Trì',
      'Mê Linh',
      'Ba Vì',
      'Phúc Thọ',
      'Đan Phượng',
      'Hoài Đức',
      'Quốc Oai',
      'Thạch Thất',
      'Chương Mỹ',
      'Thanh Oai',
      'Thường Tín',
      'Phú Xuyên',
      'Ứng Hòa',
    ],
  ],
  ['TỈNH ĐẮK LẮK', ['Krông Pắc', 'Cư M’gar', 'Ea Kar', 'Krông Ana', 'Lắk', 'Buôn Đôn']],
];
const COMMUNES = [
  'Hiệp An',
  'Hiệp Thạnh',
  'Liên Hiệp',
  'Phú Hội',
  'Tân Hội',
  'Tân Thành',
  'Đà Loan',
  'Ninh Gia',
  'Tà Năng',
  'Tà Hine',
  'Đa Quyn',
  'Ninh Loan',
  'Bình Thạnh',
  'N’Thol Hạ',
  'Phú Hữu',
  'Long Tân',
  'Đại Phước',
  'Phước An',
  'Phước Thiền',
  'Long Thọ',
  'Vĩnh Thanh',
  'Phước Khánh',
  'Phú Đông',
  'Phú Thạnh',
  'Hiệp Phước',
  'Tân An',
  'Tân Phước',
  'Phú Lộc',
  'Xuân Hòa',
  'Bình An',
  'An Phước',
  'Long Phước',
  'Tam An',
  'Phước Bình',
  'Bàu Cạn',
  'Suối Trầu',
  'Cẩm Đường',
  'Lộc An',
  'Bình Sơn',
  'Long An',
] as const;
export const SIGNERS = [
  'Nguyễn Ngọc Phúc',
  'Trần Văn Hiệp',
  'Lê Thị Thu Hà',
  'Phạm Minh Tuấn',
  'Hoàng Văn Nam',
  'Võ Thị Mai',
  'Đặng Quốc Khánh',
  'Bùi Thanh Sơn',
] as const;

/** "Đức Trọng" -> "DUC-TRONG". */
function code(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'D')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export type Org = OrganizationInput & { id: string; district: string };

export function organizations(): Org[] {
  const random = prng(1);
  const districts = PROVINCES.flatMap(([province, names]) => names.map((name) => ({ province, name }))).slice(0, DISTRICTS);
  return districts.flatMap(({ province, name }) => {
    const districtId = `HU-${code(name)}`;
    const district: Org = {
      id: districtId,
      superiorBody: `ĐẢNG BỘ ${province}`,
      name: `HUYỆN ỦY ${name.toUpperCase()}`,
      bodyKind: 'huyen-uy',
      issuerCode: 'HU',
      place: name,
      officeName: 'VĂN PHÒNG',
      officeCode: 'VPHU',
      district: name,
    };
    const communes = [...COMMUNES].sort(() => random() - 0.5).slice(0, COMMUNES_PER_DISTRICT);
    return [
      district,
      ...communes.map((commune, i): Org => ({
        id: `${districtId}-X${String(i + 1).padStart(2, '0')}`,
        parentId: districtId,
        superiorBody: `ĐẢNG BỘ HUYỆN ${name.toUpperCase()}`,
        name: `ĐẢNG ỦY XÃ ${commune.toUpperCase()}`,
        bodyKind: 'dang-uy-xa',
        issuerCode: 'ĐU',
        place: commune,
        officeName: 'VĂN PHÒNG ĐẢNG ỦY',
        officeCode: 'VPĐU',
        district: name,
      })),
    ];
  });
}
