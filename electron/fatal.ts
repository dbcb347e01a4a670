import type { AppError } from './contract/result.ts';

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
        'Cách xử lý: đóng các cửa sổ Soạn Nghị quyết khác (và lệnh soan-nq nếu đang chạy), kiểm tra ổ đĩa còn chỗ và thư mục có quyền ghi, rồi mở lại ứng dụng. Nếu tệp bị hỏng, hãy chép bản sao lưu (tệp có đuôi .bak-v…) đặt cạnh tệp dữ liệu vào chỗ tệp cũ.',
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
