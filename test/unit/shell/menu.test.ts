import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuCommands, type MenuCommand } from '../../../electron/contract/api.ts';

const installed = vi.hoisted(() => ({ template: null as unknown }));
vi.mock('electron', () => ({
  Menu: {
    buildFromTemplate: (template: unknown) => ({ template }),
    setApplicationMenu: (menu: { template: unknown }) => {
      installed.template = menu.template;
    },
  },
}));

const { installMenu, menuTemplate } = await import('../../../electron/menu.ts');

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function find(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const item = items(template).find((i) => i.label === label);
  if (!item) throw new Error(`không có mục "${label}"`);
  return item;
}

describe('the Vietnamese menu', () => {
  it('has Tệp, Chỉnh sửa, Xem and Trợ giúp', () => {
    expect(menuTemplate(() => undefined, 'linux').map((m) => m.label)).toEqual(['Tệp', 'Chỉnh sửa', 'Xem', 'Trợ giúp']);
    expect(menuTemplate(() => undefined, 'darwin')[0]?.role).toBe('appMenu');
  });

  it('gives the asked shortcuts', () => {
    const t = menuTemplate(() => undefined, 'win32');
    const shortcuts: Record<string, string> = {
      Mới: 'CmdOrCtrl+N',
      'Mở…': 'CmdOrCtrl+O',
      Lưu: 'CmdOrCtrl+S',
      'Xuất .docx…': 'CmdOrCtrl+E',
      'Hoàn tác': 'CmdOrCtrl+Z',
      'Làm lại': 'CmdOrCtrl+Y',
      'Tìm…': 'CmdOrCtrl+F',
      'Cỡ thật': 'CmdOrCtrl+0',
      'Toàn màn hình': 'F11',
    };
    for (const [label, accelerator] of Object.entries(shortcuts)) expect(find(t, label).accelerator, label).toBe(accelerator);
  });

  it('uses native roles for editing, view and quitting', () => {
    const t = menuTemplate(() => undefined, 'linux');
    const roles: Record<string, string> = {
      Thoát: 'quit',
      'Hoàn tác': 'undo',
      'Làm lại': 'redo',
      Cắt: 'cut',
      'Sao chép': 'copy',
      Dán: 'paste',
      'Phóng to': 'zoomIn',
      'Thu nhỏ': 'zoomOut',
      'Cỡ thật': 'resetZoom',
      'Toàn màn hình': 'togglefullscreen',
    };
    for (const [label, role] of Object.entries(roles)) expect(find(t, label).role, label).toBe(role);
  });

  it('sends every menu command of the contract, each from one item', () => {
    const sent: MenuCommand[] = [];
    const t = menuTemplate((c) => sent.push(c), 'linux');
    for (const item of items(t)) if (item.click) (item.click as () => void)();
    expect(sent.sort()).toEqual([...menuCommands].sort());
  });

  it('installs the menu as the application menu', () => {
    const sent: MenuCommand[] = [];
    installMenu((c) => sent.push(c));
    const t = installed.template as MenuItemConstructorOptions[];
    (find(t, 'Lưu').click as () => void)();
    expect(sent).toEqual(['save']);
  });
});
