import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { electronBinary, openCommand } from '../../../electron/launch.ts';
import { fatalText } from '../../../electron/fatal.ts';

const dir = mkdtempSync(join(tmpdir(), 'soan-nq-launch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fakeProject(name: string, withBinary: boolean): string {
  const root = join(dir, name);
  const pkg = join(root, 'node_modules', 'electron');
  mkdirSync(join(pkg, 'dist'), { recursive: true });
  writeFileSync(join(root, 'package.json'), '{"name":"x"}');
  writeFileSync(join(pkg, 'package.json'), '{"name":"electron","main":"index.js"}');
  writeFileSync(join(pkg, 'index.js'), 'throw new Error("không được nạp gói electron")');
  if (withBinary) {
    writeFileSync(join(pkg, 'path.txt'), 'electron');
    writeFileSync(join(pkg, 'dist', 'electron'), '');
  }
  return root;
}

describe('npm start', () => {
  it('finds the Electron binary from path.txt without loading the package', () => {
    const root = fakeProject('with', true);
    expect(electronBinary(root)).toBe(join(root, 'node_modules', 'electron', 'dist', 'electron'));
  });

  it('falls back to browser mode when the binary was never downloaded (as here)', () => {
    expect(electronBinary(fakeProject('without', false))).toBeNull();
    expect(electronBinary(join(dir, 'nowhere'))).toBeNull();
    expect(electronBinary()).toBeNull();
  });

  it('opens the browser with the platform opener', () => {
    expect(openCommand('http://127.0.0.1:1/#token=a', 'linux')).toEqual({ command: 'xdg-open', args: ['http://127.0.0.1:1/#token=a'] });
    expect(openCommand('u', 'darwin').command).toBe('open');
    expect(openCommand('u', 'win32')).toEqual({ command: 'cmd', args: ['/c', 'start', '', 'u'] });
  });
});

describe('the fatal error dialog', () => {
  it('says what happened and what to do, in Vietnamese', () => {
    const text = fatalText(
      'store',
      { code: 'READ_ONLY', message: 'Tệp dữ liệu đang ở chế độ chỉ đọc.' },
      '/home/a/.config/Soạn Nghị quyết/soan-nghi-quyet.sqlite',
    );
    expect(text.title).toBe('Không mở được dữ liệu');
    expect(text.message).toContain('Lý do: Tệp dữ liệu đang ở chế độ chỉ đọc.');
    expect(text.message).toContain('soan-nghi-quyet.sqlite');
    expect(text.message).toMatch(/Cách xử lý: .*mở lại ứng dụng/);
    const crash = fatalText('crash', new Error('boom'));
    expect(crash.message).toContain('Lý do: boom');
    expect(crash.message).toMatch(/đã lưu vẫn còn nguyên/);
  });
});
