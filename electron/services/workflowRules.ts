import type { Resolution } from '../contract/model/resolution.ts';
import {
  canChangeStatus,
  contentLockedMessage,
  draftRoundAfter,
  isContentEditable,
  statusNames,
  type DocumentStatus,
} from '../contract/model/status.ts';
import { fail, ok, type Result } from '../contract/result.ts';

/**
 * The document workflow's rules, as pure functions of the stored document and an already-checked
 * request: who signs a change, the version the change was based on, the status transitions, the
 * draft round ("Dự thảo lần N") and the content frozen once issued. The services run them inside
 * the transaction of the write they guard (documentSave.ts, workflowVersions.ts, register.ts),
 * so a concurrent save cannot slip between the check and the write. The table of transitions and
 * the draft round themselves are in contract/model/status.ts, shared with the screens.
 */

/** The stored document a rule looks at. */
export type Current = { id: number; version: number; status: DocumentStatus; content: Resolution };

type Refusal = Result<void>;
const allowed: Refusal = ok(undefined);

/** Every change is signed: who did it and, when given, why (recorded in the version and the audit row). */
export function signedChange(change: { who: string; why?: string | undefined }): Refusal {
  if (change.who.trim() === '') return fail('INVALID_INPUT', 'Thiếu người thực hiện');
  if (change.why?.trim() === '') return fail('INVALID_INPUT', 'Thiếu lý do thay đổi');
  return allowed;
}

/** A change based on an older version than the stored one is refused: someone else saved meanwhile. */
export function sameVersion(current: Pick<Current, 'version'>, expected: number | undefined): Refusal {
  if (expected === undefined || expected === current.version) return allowed;
  return fail(
    'CONFLICT',
    `Văn bản đã được lưu ở nơi khác (phiên bản ${current.version}, bạn đang sửa phiên bản ${expected}). Hãy mở lại văn bản rồi sửa tiếp.`,
  );
}

/** Only the workflow's changes of status; issuing goes through the number register only (register.ts). */
export function transition(from: DocumentStatus, to: DocumentStatus): Refusal {
  if (!canChangeStatus(from, to)) {
    return fail('INVALID_INPUT', `Không chuyển được văn bản từ "${statusNames[from]}" sang "${statusNames[to]}".`);
  }
  if (to === 'ban-hanh' && from !== to) {
    return fail('INVALID_INPUT', 'Văn bản chỉ được ban hành qua sổ đăng ký số văn bản (Ban hành: cấp số, ghi ngày ban hành).');
  }
  return allowed;
}

/** The content changes only while the secretary holds the draft (Dự thảo, Trả lại); issued content is frozen. */
export function contentEditable(status: DocumentStatus): Refusal {
  return isContentEditable(status) ? allowed : fail('INVALID_INPUT', contentLockedMessage(status));
}

/** Issuing takes an approved document. */
export function issuable(current: Pick<Current, 'id' | 'status'>): Refusal {
  if (current.status === 'da-duyet') return allowed;
  return fail(
    'INVALID_INPUT',
    `Chỉ ban hành được văn bản đã duyệt; văn bản #${current.id} đang ở trạng thái khác (cần trình duyệt và được duyệt trước).`,
  );
}

/** "Sửa văn bản đã ban hành" is for issued documents, and only when it changes something. */
export function amendable(current: Pick<Current, 'status'>, contentChanged: boolean): Refusal {
  if (current.status !== 'ban-hanh') {
    return fail('INVALID_INPUT', 'Chỉ dùng "Sửa văn bản đã ban hành" cho văn bản đã ban hành; văn bản này sửa và lưu như bình thường.');
  }
  return contentChanged ? allowed : fail('INVALID_INPUT', 'Nội dung không thay đổi so với bản đã ban hành.');
}

/** An issued document is kept as issued: it cannot go to the bin. */
export function deletable(current: Pick<Current, 'id' | 'status'>): Refusal {
  if (current.status !== 'ban-hanh') return allowed;
  return fail('INVALID_INPUT', `Văn bản #${current.id} đã ban hành nên được lưu giữ như khi ban hành; không xóa được.`);
}

/** A review returned from Word is read into a document not yet issued. */
export function reviewImportable(status: DocumentStatus): Refusal {
  if (status !== 'ban-hanh') return allowed;
  return fail('INVALID_INPUT', 'Văn bản đã ban hành: không nhập góp ý vào được. Hãy lập phiên bản sửa đổi nếu cần sửa.');
}

/**
 * Where a new comment's anchor goes: with the next save while the content is editable (false);
 * written into the content in place, without a version, while under review (true); an issued
 * document's content is frozen, so it takes no anchor.
 */
export function anchorsInPlace(status: DocumentStatus): Result<boolean> {
  if (status === 'ban-hanh') {
    return fail('INVALID_INPUT', 'Văn bản đã ban hành được giữ nguyên như khi ban hành: không đánh dấu thêm đoạn góp ý vào nội dung được.');
  }
  return ok(!isContentEditable(status));
}

/** What a save writes, or nothing at all. */
export type SavePlan =
  { write: false } | { write: true; content: Resolution; json: string; status: DocumentStatus; action?: 'phien-ban'; autosave?: true };

export type SaveRequest = {
  content: Resolution;
  /** A status change made with the content (saved and submitted at once). */
  status?: DocumentStatus;
  expectedVersion?: number;
  /** Keep a version even when nothing changed ("Lưu phiên bản"). */
  forceVersion?: boolean;
  /** An autosave or plain save: kept for recovery, not listed as a checkpoint. */
  autosave?: boolean;
};

/**
 * A save of an existing document: refused when based on an older version, when the status
 * change is not the workflow's, or when it changes content that is not editable; nothing to
 * write when content and status are unchanged (unless `forceVersion`). Saved and submitted at
 * once, "Dự thảo lần N" follows the same rule as a status change.
 */
export function planSave(current: Current & { json: string }, request: SaveRequest): Result<SavePlan> {
  const status = request.status ?? current.status;
  for (const rule of [sameVersion(current, request.expectedVersion), transition(current.status, status)]) {
    if (!rule.ok) return rule;
  }
  const given = request.content;
  const round = given.marks.draftRound;
  const draftRound = status === current.status ? round : draftRoundAfter(current.status, status, round);
  const content = draftRound === round ? given : { ...given, marks: { ...given.marks, draftRound } };
  const json = JSON.stringify(content);
  const contentChanged = json !== current.json;
  const sameStatus = status === current.status;
  if (!contentChanged && sameStatus && request.forceVersion !== true) return ok({ write: false });
  if (contentChanged) {
    const editable = contentEditable(current.status);
    if (!editable.ok) return editable;
  }
  return ok({
    write: true,
    content,
    json,
    status,
    ...(request.forceVersion === true && sameStatus ? { action: 'phien-ban' as const } : {}),
    ...(request.autosave === true && sameStatus ? { autosave: true as const } : {}),
  });
}

/**
 * A change of status alone (trình duyệt, trả lại, duyệt): refused outside the workflow or when
 * based on an older version; nothing to write when the status is the same; the content carries
 * the next "Dự thảo lần N".
 */
export function planStatusChange(
  current: Current,
  request: { status: DocumentStatus; expectedVersion?: number },
): Result<{ write: false } | { write: true; content: Resolution; status: DocumentStatus }> {
  for (const rule of [sameVersion(current, request.expectedVersion), transition(current.status, request.status)]) {
    if (!rule.ok) return rule;
  }
  if (request.status === current.status) return ok({ write: false });
  const draftRound = draftRoundAfter(current.status, request.status, current.content.marks.draftRound);
  return ok({ write: true, content: { ...current.content, marks: { ...current.content.marks, draftRound } }, status: request.status });
}
