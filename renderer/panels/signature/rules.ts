import type { BodyKind, Signature } from '../../../electron/contract/model/parts.ts';

/** Bodies that lead collectively (cấp ủy, ủy ban kiểm tra): they sign T/M, never K/T. Same list as the format check. */
const collectiveKinds: ReadonlySet<BodyKind> = new Set([
  'tinh-uy',
  'thanh-uy',
  'huyen-uy',
  'quan-uy',
  'thi-uy',
  'dang-uy-xa',
  'dang-uy-phuong',
  'dang-uy-dac-khu',
  'dang-uy-co-quan',
  'dang-uy-khoi',
  'chi-bo',
  'uy-ban-kiem-tra',
]);

export function isCollective(kind: BodyKind): boolean {
  return collectiveKinds.has(kind);
}

/** Signing authority against the kind of body, at once while choosing (the format check says the same after saving). */
export function signatureWarnings(signature: Signature, kind: BodyKind): string[] {
  const collective = isCollective(kind);
  const out: string[] = [];
  if (collective && signature.authority === 'K/T') {
    out.push('Cấp ủy là tập thể lãnh đạo: không ký “K/T”. Dùng “T/M” (phó bí thư cũng ký “T/M …”, chức vụ “PHÓ BÍ THƯ”).');
  }
  if (collective && signature.authority === 'none') out.push('Văn bản của cấp ủy phải ghi quyền hạn ký “T/M” (thay mặt).');
  if (!collective && signature.authority === 'T/M') {
    out.push('Cơ quan tham mưu, giúp việc không ký “T/M”: người đứng đầu ký trực tiếp, cấp phó ký “K/T”, hoặc “T/L”.');
  }
  if (signature.authority !== 'none' && signature.authorityOf.trim() === '') {
    out.push(`“${signature.authority}” thiếu tên tập thể hoặc người được thay mặt, ví dụ “T/M HUYỆN ỦY”.`);
  }
  return out;
}
