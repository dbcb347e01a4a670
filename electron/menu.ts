import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from './contract/api.ts';

/**
 * The Vietnamese application menu. Items that act on the document (Mới, Mở, Lưu, Xuất, Tìm,
 * Thông tin) send a menu command to the window; editing and view items are native roles, so
 * they work in every text field and in the editor alike.
 */
export function menuTemplate(
  send: (command: MenuCommand) => void,
  platform: NodeJS.Platform = process.platform,
): MenuItemConstructorOptions[] {
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(name),
  });
  const appMenu: MenuItemConstructorOptions[] = platform === 'darwin' ? [{ label: 'Soạn Nghị quyết', role: 'appMenu' }] : [];
  return [
    ...appMenu,
    {
      label: 'Tệp',
      submenu: [
        command('Mới', 'new', 'CmdOrCtrl+N'),
        command('Mở…', 'open', 'CmdOrCtrl+O'),
        command('Lưu', 'save', 'CmdOrCtrl+S'),
        { type: 'separator' },
        command('Xuất .docx…', 'export', 'CmdOrCtrl+E'),
        command('Xuất PDF…', 'pdf'),
        command('In…', 'print', 'CmdOrCtrl+P'),
        { type: 'separator' },
        { label: 'Thoát', role: 'quit', accelerator: 'CmdOrCtrl+Q' },
      ],
    },
    {
      label: 'Chỉnh sửa',
      submenu: [
        { label: 'Hoàn tác', role: 'undo', accelerator: 'CmdOrCtrl+Z' },
        { label: 'Làm lại', role: 'redo', accelerator: 'CmdOrCtrl+Y' },
        { type: 'separator' },
        { label: 'Cắt', role: 'cut', accelerator: 'CmdOrCtrl+X' },
        { label: 'Sao chép', role: 'copy', accelerator: 'CmdOrCtrl+C' },
        { label: 'Dán', role: 'paste', accelerator: 'CmdOrCtrl+V' },
        { label: 'Chọn tất cả', role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
        { type: 'separator' },
        command('Tìm…', 'search', 'CmdOrCtrl+F'),
        command('Thay thế…', 'replace', 'CmdOrCtrl+H'),
      ],
    },
    {
      label: 'Xem',
      submenu: [
        { label: 'Phóng to', role: 'zoomIn', accelerator: 'CmdOrCtrl+=' },
        { label: 'Thu nhỏ', role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
        { label: 'Cỡ thật', role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
        { type: 'separator' },
        { label: 'Toàn màn hình', role: 'togglefullscreen', accelerator: platform === 'darwin' ? 'Ctrl+Cmd+F' : 'F11' },
      ],
    },
    {
      label: 'Trợ giúp',
      role: 'help',
      submenu: [command('Thông tin về Soạn Nghị quyết', 'about')],
    },
  ];
}

export function installMenu(send: (command: MenuCommand) => void): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(send)));
}
