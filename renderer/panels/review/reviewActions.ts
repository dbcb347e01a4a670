import type { DocNumber } from '../../../electron/contract/model/parts.ts';
import type { Action } from '../../../electron/contract/model/people.ts';
import { nextStatuses, type DocumentStatus } from '../../../electron/contract/model/status.ts';
import type { StatusEvent } from '../../../electron/contract/workflow.ts';
import { formatDocNumber, type NumberingRules } from '../../../electron/format/docNumber.ts';

/** What can be done to a document from its status bar. */
export type ReviewAction = 'submit' | 'return' | 'approve' | 'issue' | 'save-version' | 'sao-y' | 'trich-sao';

export const actionLabels: Record<ReviewAction, string> = {
  submit: 'Trình duyệt',
  return: 'Trả lại',
  approve: 'Duyệt',
  issue: 'Ban hành',
  'save-version': 'Lưu phiên bản',
  'sao-y': 'Sao y bản chính',
  'trich-sao': 'Trích sao',
};

export const actionHints: Record<ReviewAction, string> = {
  submit: 'Gửi dự thảo cho Chánh Văn phòng xem và duyệt',
  return: 'Trả dự thảo về để sửa, ghi rõ lý do',
  approve: 'Duyệt dự thảo; văn thư sẽ ban hành',
  issue: 'Cấp số tiếp theo trong sổ đăng ký và ngày ban hành',
  'save-version': 'Giữ lại một phiên bản có tên để xem lại hoặc so sánh sau này',
  'sao-y': 'Làm bản sao y bản chính của văn bản đã ban hành',
  'trich-sao': 'Sao một phần văn bản đã ban hành',
};

/** The kind of action each is (the roles that may do it: contract/model/people.ts; the dispatcher refuses the others). */
export const actionKinds: Record<ReviewAction, Action> = {
  submit: 'soan-thao',
  return: 'duyet',
  approve: 'duyet',
  issue: 'ban-hanh',
  'save-version': 'soan-thao',
  'sao-y': 'ban-hanh',
  'trich-sao': 'ban-hanh',
};

/** The actions a status allows, in the order the bar shows them (the workflow's own rules: contract/model/status.ts). */
export function actionsFor(status: DocumentStatus): ReviewAction[] {
  const next = nextStatuses(status);
  const out: ReviewAction[] = [];
  if (next.includes('trinh-duyet')) out.push('submit');
  if (next.includes('tra-lai')) out.push('return');
  if (next.includes('da-duyet')) out.push('approve');
  if (next.includes('ban-hanh')) out.push('issue');
  if (status !== 'ban-hanh') out.push('save-version');
  if (status === 'ban-hanh') out.push('sao-y', 'trich-sao');
  return out;
}

/** "Dự thảo lần 2" while the document is not issued and has a round. */
export function roundText(status: DocumentStatus, draftRound: number | null): string | null {
  return status !== 'ban-hanh' && draftRound !== null ? `Dự thảo lần ${draftRound}` : null;
}

/** "Số 01-NQ/ĐU" once a number is given; null before. */
export function numberText(number: DocNumber, rules: NumberingRules): string | null {
  return number.seq === null ? null : formatDocNumber(number, rules);
}

/** What a step of the history did, in words. */
export function eventTitle(event: StatusEvent): string {
  if (event.kind === 'tao') return 'Tạo văn bản';
  if (event.kind === 'sua-sau-ban-hanh') return 'Sửa sau ban hành';
  if (event.from === event.to) return 'Lưu phiên bản';
  switch (event.to) {
    case 'trinh-duyet':
      return event.from === 'tra-lai' ? 'Trình duyệt lại' : 'Trình duyệt';
    case 'tra-lai':
      return 'Trả lại';
    case 'da-duyet':
      return 'Duyệt';
    case 'ban-hanh':
      return 'Ban hành';
    case 'du-thao':
      return 'Về dự thảo';
  }
}
