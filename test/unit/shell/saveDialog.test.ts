import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../../../electron/contract/result.ts';

const dir = mkdtempSync(join(tmpdir(), 'soan-nq-save-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const answers = vi.hoisted(() => ({ next: { canceled: true, filePath: '' }, asked: [] as unknown[] }));
vi.mock('electron', () => ({
  app: { getPath: () => '/home/thu-ky/Tài liệu' },
  dialog: {
    showSaveDialog: (...args: unknown[]) => {
      answers.asked.push(args.at(-1));
      return Promise.resolve(answers.next);
    },
  },
}));

const { saveDialogFile, withExtension } = await import('../../../electron/ipc/saveDialog.ts');

const bytes = new TextEncoder().encode('PK nội dung');

describe('the desktop export (save dialog + atomic write)', () => {
  it('suggests the file name in the Documents folder with a filter of its kind', async () => {
    answers.next = { canceled: true, filePath: '' };
    let rendered = false;
    const outcome = await saveDialogFile(null)({
      fileName: 'Nghi-quyet-04-NQ-HU-2022.docx',
      render: async () => ((rendered = true), ok(bytes)),
    });
    expect(outcome).toEqual({ ok: true, value: { kind: 'cancelled' } });
    expect(rendered).toBe(false);
    expect(answers.asked.at(-1)).toMatchObject({
      defaultPath: join('/home/thu-ky/Tài liệu', 'Nghi-quyet-04-NQ-HU-2022.docx'),
      filters: [{ extensions: ['docx'] }],
    });
  });

  it('writes the chosen file (adding the extension when missing) and leaves no temporary file', async () => {
    answers.next = { canceled: false, filePath: join(dir, 'nghị quyết') };
    const outcome = await saveDialogFile(null)({ fileName: 'So-dang-ky-NQ-DU-khoa-I.csv', render: async () => ok(bytes) });
    expect(outcome).toEqual({ ok: true, value: { kind: 'saved', path: join(dir, 'nghị quyết.csv') } });
    expect(readFileSync(join(dir, 'nghị quyết.csv'))).toEqual(Buffer.from(bytes));
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('returns the render error or a Vietnamese write error as a result', async () => {
    answers.next = { canceled: false, filePath: join(dir, 'a.docx') };
    const failed = await saveDialogFile(null)({ fileName: 'a.docx', render: async () => fail('UNKNOWN_PROFILE', 'Thể thức lạ') });
    expect(failed).toEqual({ ok: false, error: { code: 'UNKNOWN_PROFILE', message: 'Thể thức lạ' } });
    answers.next = { canceled: false, filePath: join(dir, 'khong-co', 'a.docx') };
    const missing = await saveDialogFile(null)({ fileName: 'a.docx', render: async () => ok(bytes) });
    expect(!missing.ok && missing.error).toMatchObject({
      code: 'WRITE_FAILED',
      message: expect.stringMatching(/thư mục chứa tệp không tồn tại/),
    });
  });

  it('keeps an extension the user typed', () => {
    expect(withExtension('/a/b.DOCX', 'x.docx')).toBe('/a/b.DOCX');
    expect(withExtension('/a/b', 'x.docx')).toBe('/a/b.docx');
  });
});
