import { z } from 'zod';

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

/** The changes of status the office's workflow allows; an issued document stays as issued. */
const next: Record<DocumentStatus, readonly DocumentStatus[]> = {
  'du-thao': ['trinh-duyet'],
  'trinh-duyet': ['tra-lai', 'da-duyet', 'du-thao'],
  'tra-lai': ['du-thao', 'trinh-duyet'],
  'da-duyet': ['ban-hanh', 'tra-lai'],
  'ban-hanh': [],
};

export function canChangeStatus(from: DocumentStatus, to: DocumentStatus): boolean {
  return from === to || next[from].includes(to);
}

/** The statuses a document in `from` may move to. */
export function nextStatuses(from: DocumentStatus): readonly DocumentStatus[] {
  return next[from];
}
