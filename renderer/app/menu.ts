import { onMenuCommand } from '../api/index.ts';
import { runCommand } from './commands.ts';

/** The desktop menu (Tệp › Mới, Mở, Lưu, Xuất, Tìm; Trợ giúp › Thông tin) runs the same commands as the shortcuts. */
export function listenToMenu(): () => void {
  return onMenuCommand((command) => {
    runCommand(command);
  });
}
