import type { Organization, RecipientList, Signer } from '../../contract/model/office.ts';
import { fail, ok, type Result } from '../../contract/result.ts';
import { foldText } from '../../store/fold.ts';

const mentions = (text: string, words: string): boolean => ` ${foldText(text).replace(/[^a-z0-9]+/g, ' ')} `.includes(` ${words} `);

/** A saved list named for copies ("Nơi nhận bản sao", "Sao lục gửi chi bộ"), the first in name order; else null. */
export function copyRecipientList(lists: readonly RecipientList[]): RecipientList | null {
  return (
    lists.find(
      (l) => mentions(l.name, 'ban sao') || mentions(l.name, 'sao y') || mentions(l.name, 'sao luc') || mentions(l.name, 'trich sao'),
    ) ?? null
  );
}

/** A saved list named for resolutions ("Nghị quyết năm"), the first in name order: a new resolution with no earlier one starts from it. */
export function resolutionList(lists: readonly RecipientList[]): RecipientList | null {
  return lists.find((l) => mentions(l.name, 'nghi quyet') && copyRecipientList([l]) === null) ?? null;
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
        `Chưa có người ký bản sao của Văn phòng ${org.name}: hãy thêm người ký là Chánh hoặc Phó Chánh Văn phòng ở Cơ quan › Người ký (gợi ý "T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG" hoặc "K/T CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG"; dòng lệnh: soan-nq signer add), hoặc ghi rõ người ký bản sao (chức vụ và họ tên).`,
      );
}

export { parseAuthority } from '../../format/authority.ts';
