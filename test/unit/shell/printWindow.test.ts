import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';

const dir = mkdtempSync(join(tmpdir(), 'soan-nq-print-'));
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

const { printWindowOf } = await import('../../../electron/ipc/printWindow.ts');
const { handlers } = await import('../../../electron/ipc/handlers.ts');

/** A window's webContents as far as printing uses it: print with its callback, printToPDF with its bytes. */
function fakeContents(print: { success: boolean; reason: string }, pdf: Uint8Array | Error) {
  const calls = { print: [] as unknown[], pdf: [] as unknown[] };
  const contents = {
    print: (options: unknown, callback: (success: boolean, reason: string) => void) => {
      calls.print.push(options);
      callback(print.success, print.reason);
    },
    printToPDF: (options: unknown) => {
      calls.pdf.push(options);
      return pdf instanceof Error ? Promise.reject(pdf) : Promise.resolve(Buffer.from(pdf));
    },
  } as unknown as WebContents;
  return { contents, calls };
}

const pdfBytes = new TextEncoder().encode('%PDF-1.7 trang in');

describe('printing the desktop window (Electron mocked)', () => {
  it('"In" opens the system print dialog with the page CSS margins and says what happened', async () => {
    const done = fakeContents({ success: true, reason: '' }, pdfBytes);
    expect(await printWindowOf(done.contents, null)('print', 'a.pdf')).toEqual({ ok: true, value: { kind: 'printed' } });
    expect(done.calls.print).toEqual([{ silent: false, printBackground: true, margins: { marginType: 'none' } }]);
    const cancelled = fakeContents({ success: false, reason: 'cancelled' }, pdfBytes);
    expect(await printWindowOf(cancelled.contents, null)('print', 'a.pdf')).toEqual({ ok: true, value: { kind: 'cancelled' } });
    const failed = await printWindowOf(fakeContents({ success: false, reason: 'failed' }, pdfBytes).contents, null)('print', 'a.pdf');
    expect(!failed.ok && failed.error).toMatchObject({ code: 'PRINT_FAILED', message: expect.stringMatching(/Không in được.*máy in/) });
  });

  it('"Xuất PDF" asks where to save, then writes printToPDF of the window (A4 from the page CSS, no margins of its own)', async () => {
    answers.next = { canceled: false, filePath: join(dir, 'nghị quyết') };
    const { contents, calls } = fakeContents({ success: true, reason: '' }, pdfBytes);
    const saved = await printWindowOf(contents, null)('pdf', 'Du-thao-NQ-HU-2023.pdf');
    expect(saved).toEqual({ ok: true, value: { kind: 'saved', path: join(dir, 'nghị quyết.pdf') } });
    expect(readFileSync(join(dir, 'nghị quyết.pdf'))).toEqual(Buffer.from(pdfBytes));
    expect(calls.pdf).toEqual([{ printBackground: true, preferCSSPageSize: true, margins: { top: 0, bottom: 0, left: 0, right: 0 } }]);
    expect(answers.asked.at(-1)).toMatchObject({
      defaultPath: join('/home/thu-ky/Tài liệu', 'Du-thao-NQ-HU-2023.pdf'),
      filters: [{ extensions: ['pdf'] }],
    });
  });

  it('a cancelled save prints nothing; a failed printToPDF is a PRINT_FAILED result', async () => {
    answers.next = { canceled: true, filePath: '' };
    const idle = fakeContents({ success: true, reason: '' }, pdfBytes);
    expect(await printWindowOf(idle.contents, null)('pdf', 'a.pdf')).toEqual({ ok: true, value: { kind: 'cancelled' } });
    expect(idle.calls.pdf).toEqual([]);
    answers.next = { canceled: false, filePath: join(dir, 'b.pdf') };
    const broken = await printWindowOf(fakeContents({ success: true, reason: '' }, new Error('GPU lost')).contents, null)('pdf', 'b.pdf');
    expect(!broken.ok && broken.error.code).toBe('PRINT_FAILED');
  });

  it('the verb prints through the window where the transport has one, else tells the page to use the browser', async () => {
    const ctx = { store: null as never, transport: 'web' as const, who: 'A', saveFile: () => Promise.reject(new Error('no')) };
    expect(await handlers.printWindow({ mode: 'pdf', fileName: 'a.pdf' }, ctx)).toEqual({ ok: true, value: { kind: 'browser' } });
    const { contents } = fakeContents({ success: true, reason: '' }, pdfBytes);
    const desktop = { ...ctx, transport: 'electron' as const, printWindow: printWindowOf(contents, null) };
    expect(await handlers.printWindow({ mode: 'print', fileName: 'a.pdf' }, desktop)).toEqual({ ok: true, value: { kind: 'printed' } });
  });
});
