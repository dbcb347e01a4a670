import type { Suggestion } from '../../../electron/contract/model/review.ts';

/** Words the suggestions list shows (pure, tested without a browser). */

export const kindNames: Record<Suggestion['kind'], string> = {
  insert: 'Thêm chữ',
  delete: 'Xóa chữ',
  format: 'Đổi định dạng',
  paragraph: 'Đoạn văn',
  join: 'Gộp đoạn',
};

export const stateNames: Record<Suggestion['state'], string> = {
  open: 'Chờ xử lý',
  accepted: 'Đã chấp nhận',
  rejected: 'Đã bỏ qua',
  unplaced: 'Không đặt được vào văn bản',
};

/** "06/12/2026 09:00" from an ISO time (local time of the machine). */
export function timeVi(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Open ones first (reading order), then the unplaced, then those decided. */
export function orderSuggestions(list: readonly Suggestion[]): Suggestion[] {
  const rank: Record<Suggestion['state'], number> = { open: 0, unplaced: 1, accepted: 2, rejected: 2 };
  return [...list].sort((a, b) => rank[a.state] - rank[b.state] || a.id - b.id);
}
