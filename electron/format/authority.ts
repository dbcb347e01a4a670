import { authorityKinds, type Signature } from '../contract/model/parts.ts';
import { fail, ok, type Result } from '../contract/result.ts';

/** "K/T CHÁNH VĂN PHÒNG" -> { authority: 'K/T', authorityOf: 'CHÁNH VĂN PHÒNG' }; "" -> none. */
export function parseAuthority(text: string): Result<Pick<Signature, 'authority' | 'authorityOf'>> {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t === '' || /^(none|không)$/i.test(t)) return ok({ authority: 'none', authorityOf: '' });
  const m = /^(T\/M|K\/T|T\/L|Q\.)\s*(.*)$/i.exec(t);
  const kind = authorityKinds.find((k) => k === m?.[1]?.toUpperCase());
  if (!m || !kind || !m[2]) {
    return fail(
      'INVALID_INPUT',
      `Quyền hạn ký "${text}" không hợp lệ: dùng dạng "K/T CHÁNH VĂN PHÒNG", "T/L BAN THƯỜNG VỤ" hoặc để trống khi người đứng đầu ký.`,
    );
  }
  return ok({ authority: kind, authorityOf: m[2] });
}
