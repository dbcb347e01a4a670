import type { BodyKind } from '../../electron/contract/model/parts.ts';
import type { Assessment } from '../../electron/contract/model/targets.ts';

/** Vietnamese names of the issuing-body kinds, as the UI shows them. */
export const bodyKindLabels: Record<BodyKind, string> = {
  'tinh-uy': 'Tỉnh ủy',
  'thanh-uy': 'Thành ủy',
  'huyen-uy': 'Huyện ủy',
  'quan-uy': 'Quận ủy',
  'thi-uy': 'Thị ủy',
  'dang-uy-xa': 'Đảng ủy xã',
  'dang-uy-phuong': 'Đảng ủy phường',
  'dang-uy-dac-khu': 'Đảng ủy đặc khu',
  'dang-uy-co-quan': 'Đảng ủy cơ quan',
  'dang-uy-khoi': 'Đảng ủy khối',
  'chi-bo': 'Chi bộ',
  'uy-ban-kiem-tra': 'Ủy ban Kiểm tra',
  'ban-dang': 'Ban của cấp ủy',
  'van-phong': 'Văn phòng cấp ủy',
};

/** How a year's result compares with its target. */
export const assessmentLabels: Record<Assessment, string> = {
  vuot: 'Vượt',
  dat: 'Đạt',
  'khong-dat': 'Không đạt',
  'can-danh-gia': 'Cần đánh giá',
};
