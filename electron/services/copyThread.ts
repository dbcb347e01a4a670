import type { Result } from '../contract/result.ts';
import type { ReceivedDocx } from '../docx/appendCopy/index.ts';
import type { CopyBlock } from '../docx/copyTexts.ts';
import type { FormatProfile } from '../format/profile.ts';
import { IMPORT_TIME_MS, offThread } from './importThread.ts';

/**
 * A received .docx for a sao lục, read and printed off the main thread, like an import: opening
 * it (ZIP, every XML part screened and parsed, outside links taken out) and appending the copy
 * block run in a reading thread with its own heap and time limits, so a hostile file (a ZIP bomb,
 * deeply nested XML, a huge part) can neither freeze nor kill the app. Out of time or memory,
 * the clerk is told in Vietnamese what to do.
 */

export type CopyThreadTask =
  { task: 'copy-open'; bytes: Uint8Array } | { task: 'copy-append'; received: ReceivedDocx; block: CopyBlock; profile: FormatProfile };

function copyFailed<T>(cause: 'TOO_LARGE' | 'READ_FAILED', details: string): Result<T> {
  return {
    ok: false,
    error: {
      code: cause === 'TOO_LARGE' ? 'INVALID_INPUT' : 'READ_FAILED',
      message:
        cause === 'TOO_LARGE'
          ? 'Không dùng được tệp .docx nhận về: tệp quá phức tạp để đọc an toàn. Hãy mở tệp bằng Word, lưu lại thành .docx rồi sao lục lại; nếu vẫn không được, đề nghị nơi gửi gửi lại tệp.'
          : 'Không dùng được tệp .docx nhận về: bộ đọc gặp lỗi. Hãy thử lại; nếu vẫn không được, mở tệp bằng Word, lưu lại thành .docx rồi sao lục lại.',
      details: [details],
      cause,
    },
  };
}

/** Opens a received .docx (see `openReceivedDocx`) in a reading thread; never throws, never hangs past the time limit. */
export function openReceivedOffThread(bytes: Uint8Array, timeMs = IMPORT_TIME_MS): Promise<Result<ReceivedDocx>> {
  return offThread<Result<ReceivedDocx>>({ task: 'copy-open', bytes }, copyFailed, timeMs);
}

/** The received .docx with the copy block appended (see `appendCopyBlock`), printed in a reading thread. */
export function appendCopyOffThread(
  received: ReceivedDocx,
  block: CopyBlock,
  profile: FormatProfile,
  timeMs = IMPORT_TIME_MS,
): Promise<Result<Uint8Array>> {
  return offThread<Result<Uint8Array>>({ task: 'copy-append', received, block, profile }, copyFailed, timeMs);
}
