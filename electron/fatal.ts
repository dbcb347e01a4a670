import type { AppError } from './contract/result.ts';
import { formatDateField, localDate, localTime } from './format/dates.ts';
import { formatNumberVi } from './format/numbers.ts';
import type { RestoreOffer } from './services/openDatabase.ts';

export type FatalStage = 'store' | 'start' | 'crash';

export type FatalText = { title: string; message: string };

function describe(error: AppError | unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string') return error.message;
  return String(error);
}

/**
 * The error dialog shown when the app cannot go on: what happened, in the user's words, and
 * what to do next. Pure, so the wording is tested.
 */
export function fatalText(stage: FatalStage, error: AppError | unknown, databasePath?: string): FatalText {
  const what = describe(error);
  if (stage === 'store') {
    return {
      title: 'Không mở được dữ liệu',
      message: [
        'Soạn Nghị quyết không mở được tệp dữ liệu nên chưa thể làm việc.',
        `Lý do: ${what}`,
        databasePath ? `Tệp dữ liệu: ${databasePath}` : '',
        'Cách xử lý: đóng các cửa sổ Soạn Nghị quyết khác (và lệnh soan-nq nếu đang chạy), kiểm tra ổ đĩa còn chỗ và thư mục có quyền ghi, rồi mở lại ứng dụng. Nếu tệp bị hỏng mà chưa có bản sao lưu tự động, hãy chép một bản sao lưu (thư mục "sao-luu" cạnh tệp dữ liệu, hoặc tệp có đuôi .bak-v…) vào chỗ tệp cũ.',
      ]
        .filter(Boolean)
        .join('\n\n'),
    };
  }
  return {
    title: stage === 'start' ? 'Không khởi động được ứng dụng' : 'Ứng dụng gặp lỗi',
    message: [
      stage === 'start' ? 'Soạn Nghị quyết không khởi động được.' : 'Soạn Nghị quyết gặp lỗi không mong đợi và phải đóng lại.',
      `Lý do: ${what}`,
      'Những gì đã lưu vẫn còn nguyên trong tệp dữ liệu. Hãy mở lại ứng dụng; nếu lỗi lặp lại, hãy gửi nội dung thông báo này cho bộ phận kỹ thuật.',
    ].join('\n\n'),
  };
}

/** "20/12/2026 lúc 08:05" in the office's local time. */
function takenAtText(iso: string): string {
  const at = new Date(iso);
  return `${formatDateField(localDate(at))} lúc ${localTime(at)}`;
}

export type RestoreOfferText = FatalText & { detail: string; buttons: [restore: string, quit: string] };

/** The question asked at start when the database is damaged and a backup exists: names the backup's date and contents. */
export function restoreOfferText(offer: RestoreOffer): RestoreOfferText {
  const { backup } = offer;
  return {
    title: 'Tệp dữ liệu bị hỏng',
    message: 'Tệp dữ liệu của Soạn Nghị quyết bị hỏng (có thể do mất điện hoặc ổ đĩa lỗi). Khôi phục từ bản sao lưu gần nhất?',
    detail: [
      `Bản sao lưu: ${backup.name}, sao lưu ngày ${takenAtText(backup.takenAt)}, gồm ${formatNumberVi(backup.organizations)} cơ quan và ${formatNumberVi(backup.documents)} văn bản.`,
      'Những gì làm sau lúc sao lưu sẽ không có trong dữ liệu khôi phục. Tệp bị hỏng không bị xóa: nó được giữ lại trong thư mục "sao-luu" (tên bắt đầu bằng "hong-") để bộ phận kỹ thuật xem.',
      `Tệp dữ liệu: ${offer.path}`,
    ].join('\n\n'),
    buttons: ['Khôi phục', 'Thoát'],
  };
}
