import { authorityKinds, type Recipient, type Signature } from '../../contract/model/parts.ts';
import type { Organization, RecipientList, Signer } from '../../contract/model/office.ts';
import { fail, ok, type Result } from '../../contract/result.ts';
import { foldText } from '../../store/fold.ts';

/** The list a copy goes to when the office has not saved one for copies. */
export const DEFAULT_COPY_RECIPIENTS: readonly Recipient[] = [{ text: 'Các chi bộ, đảng bộ trực thuộc' }, { text: 'Lưu Văn phòng' }];

const mentions = (text: string, words: string): boolean => ` ${foldText(text).replace(/[^a-z0-9]+/g, ' ')} `.includes(` ${words} `);

/** A saved list named for copies ("Nơi nhận bản sao", "Sao lục gửi chi bộ"), the first in name order; else null. */
export function copyRecipientList(lists: readonly RecipientList[]): RecipientList | null {
  return (
    lists.find(
      (l) => mentions(l.name, 'ban sao') || mentions(l.name, 'sao y') || mentions(l.name, 'sao luc') || mentions(l.name, 'trich sao'),
    ) ?? null
  );
}

/** The saved list with this name (case and diacritics aside), or a message naming the lists there are. */
export function recipientListNamed(lists: readonly RecipientList[], name: string): Result<RecipientList> {
  const found = lists.find((l) => l.name === name) ?? lists.find((l) => foldText(l.name) === foldText(name));
  if (found) return ok(found);
  const names = lists.map((l) => `"${l.name}"`).join(', ');
  return fail(
    'NOT_FOUND',
    `Không có danh sách nơi nhận "${name}".${names ? ` Các danh sách đã lưu: ${names}.` : ' Chưa lưu danh sách nào.'}`,
  );
}

/** Whether a signer signs for the office (Chánh / Phó Chánh Văn phòng, "K/T CHÁNH VĂN PHÒNG" …). */
export function isOfficeSigner(signer: Pick<Signer, 'title' | 'authorityOf'>): boolean {
  return mentions(`${signer.title} ${signer.authorityOf}`, 'van phong');
}

/** The office's signer who signs copies by default: the first active one in picker order. */
export function officeSigner(signers: readonly Signer[], org: Pick<Organization, 'name'>): Result<Signer> {
  const found = signers.find((s) => s.active && isOfficeSigner(s));
  return found
    ? ok(found)
    : fail(
        'NOT_FOUND',
        `Chưa có người ký bản sao của Văn phòng ${org.name}: hãy thêm người ký là Chánh hoặc Phó Chánh Văn phòng, hoặc ghi rõ người ký (chức vụ và họ tên).`,
      );
}

/** "K/T CHÁNH VĂN PHÒNG" -> { authority: 'K/T', authorityOf: 'CHÁNH VĂN PHÒNG' }; "" -> none. */
export function parseAuthority(text: string): Result<Pick<Signature, 'authority' | 'authorityOf'>> {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t === '' || /^(none|không)$/i.test(t)) return ok({ authority: 'none', authorityOf: '' });
  const m = /^(T\/M|K\/T|T\/L|Q\.)\s*(.*)$/i.exec(t);
  const kind = authorityKinds.find((k) => k === m?.[1]?.toUpperCase());
  if (!m || !kind || !m[2])
    return fail(
      'INVALID_INPUT',
      `Quyền hạn ký "${text}" không hợp lệ: dùng dạng "K/T CHÁNH VĂN PHÒNG", "T/L BAN THƯỜNG VỤ" hoặc để trống khi người đứng đầu ký.`,
    );
  return ok({ authority: kind, authorityOf: m[2] });
}
