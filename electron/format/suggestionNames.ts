import type { Suggestion } from '../contract/model/review.ts';

/** A reviewer's suggestion (a tracked change read from Word) by kind, as the suggestions list and `soan-nq review` name it. */
export const suggestionKindNames: Record<Suggestion['kind'], string> = {
  insert: 'Thêm chữ',
  delete: 'Xóa chữ',
  format: 'Đổi định dạng',
  paragraph: 'Đoạn văn',
  join: 'Gộp đoạn',
};

/** Where a suggestion stands. */
export const suggestionStateNames: Record<Suggestion['state'], string> = {
  open: 'Chờ xử lý',
  accepted: 'Đã chấp nhận',
  rejected: 'Đã bỏ qua',
  unplaced: 'Không đặt được vào văn bản',
};
