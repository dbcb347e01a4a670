import type { BodyKind } from '../../electron/contract/model/parts.ts';

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
