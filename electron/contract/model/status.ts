import * as z from 'zod';

/** Where a document is in its life: dự thảo, trình duyệt, trả lại, đã duyệt, ban hành. */
export const documentStatuses = ['du-thao', 'trinh-duyet', 'tra-lai', 'da-duyet', 'ban-hanh'] as const;
export const documentStatusSchema = z.enum(documentStatuses);
export type DocumentStatus = z.infer<typeof documentStatusSchema>;

export const statusNames: Record<DocumentStatus, string> = {
  'du-thao': 'Dự thảo',
  'trinh-duyet': 'Trình duyệt',
  'tra-lai': 'Trả lại',
  'da-duyet': 'Đã duyệt',
  'ban-hanh': 'Ban hành',
};

/**
 * The changes of status the office's workflow allows, and only these: the secretary submits a
 * draft (Dự thảo -> Trình duyệt); the chief of staff returns it with a reason (-> Trả lại) or
 * approves it (-> Đã duyệt); a returned draft is edited and submitted again (Trả lại -> Trình
 * duyệt); the clerk issues an approved document with the next number (Đã duyệt -> Ban hành).
 * A draft approved by mistake may be sent back (Đã duyệt -> Trả lại, with a reason) until it is
 * issued. An issued document stays as issued.
 */
const next: Record<DocumentStatus, readonly DocumentStatus[]> = {
  'du-thao': ['trinh-duyet'],
  'trinh-duyet': ['tra-lai', 'da-duyet'],
  'tra-lai': ['trinh-duyet'],
  'da-duyet': ['tra-lai', 'ban-hanh'],
  'ban-hanh': [],
};

/** Whether `from` may become `to` (staying in the same status is no change, always allowed). */
export function canChangeStatus(from: DocumentStatus, to: DocumentStatus): boolean {
  return from === to || next[from].includes(to);
}

/** The statuses a document in `from` may move to. */
export function nextStatuses(from: DocumentStatus): readonly DocumentStatus[] {
  return next[from];
}

/** The content may be edited only while the secretary holds the draft: Dự thảo and Trả lại. */
export function isContentEditable(status: DocumentStatus): boolean {
  return status === 'du-thao' || status === 'tra-lai';
}

/** Why a content change is refused in `status` (for a status where `isContentEditable` is false). */
export function contentLockedMessage(status: DocumentStatus): string {
  if (status === 'ban-hanh') {
    return 'Văn bản đã ban hành được giữ nguyên như khi ban hành; không sửa được nội dung. Nếu cần sửa, hãy lập phiên bản sửa đổi kèm lý do.';
  }
  return `Văn bản đang ở trạng thái "${statusNames[status]}" nên chỉ được xem, không sửa được nội dung. Chỉ sửa được khi văn bản là dự thảo hoặc đã bị trả lại.`;
}

/**
 * "Dự thảo lần N" after a change of status: a draft starts at lần 1; submitting it keeps its round
 * (lần 1 if it had none); each submission after a return prints the next round (the revised draft
 * is lần 2); issuing removes the mark. Other changes keep it.
 */
export function draftRoundAfter(from: DocumentStatus, to: DocumentStatus, round: number | null): number | null {
  if (to === 'ban-hanh') return null;
  if (to === 'trinh-duyet' && from === 'tra-lai') return (round ?? 1) + 1;
  if (to === 'trinh-duyet' && from === 'du-thao') return round ?? 1;
  return round;
}
