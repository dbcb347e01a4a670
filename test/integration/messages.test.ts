import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { validate } from '../../electron/contract/validation.ts';
import { describeStoreError } from '../../electron/store/errors.ts';
import { openZip } from '../../electron/ooxml/zip.ts';
import { openReceivedDocx } from '../../electron/docx/appendCopy/index.ts';
import { terminalSafe } from '../../electron/cli/terminal.ts';
import { makeDocx, para } from '../unit/import/helpers/makeDocx.ts';
import { runCli } from '../support/cli.ts';

/** Issue 16, items 12 and 13: every message a person sees is Vietnamese and says what to do. */
const work = mkdtempSync(join(tmpdir(), 'soan-nq-messages-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const english = /\b(Too big|expected|Unknown option|database or disk|file is not a database|EFBIG|argument missing)\b/i;

describe('messages people see', () => {
  it('from zod are Vietnamese, for huge numbers and for Infinity', () => {
    const schema = z.object({ seq: z.number().int(), name: z.string().max(5) });
    const big = validate(schema, { seq: 2 ** 60, name: 'abcdefgh' }, 'Yêu cầu');
    const inf = validate(schema, { seq: Infinity, name: 'a' }, 'Yêu cầu');
    for (const r of [big, inf]) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.details?.join(' ')).not.toMatch(english);
    }
    if (!inf.ok) expect(inf.error.details?.join(' ')).not.toContain('cần số, nhận được số');
  });

  it('from SQLite and the file system carry no library wording, and the open error is not doubled', () => {
    const full = describeStoreError(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }), 'lưu văn bản');
    const open = describeStoreError(
      Object.assign(new Error('unable to open database file'), { code: 'SQLITE_CANTOPEN' }),
      'mở tệp dữ liệu "x"',
    );
    expect([full.message, ...(full.details ?? [])].join(' ')).not.toMatch(english);
    expect(open.message).not.toContain('Không mở được tệp dữ liệu để mở tệp dữ liệu');
  });

  it('from parseArgs are Vietnamese', async () => {
    const r = await runCli(['export', '--khong-co'], { cwd: work });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(english);
    expect(r.stderr).toContain('không có tùy chọn "--khong-co"');
  });
});

describe('what a file can do to the terminal and to the readers', () => {
  it('escape sequences from a .docx are not printed raw by soan-nq import', async () => {
    const file = join(work, 'esc.docx');
    const esc = '\u001b]0;bị chiếm\u0007\u001b[2J\u009b31m';
    writeFileSync(
      file,
      await makeDocx({ body: [para(`HUYỆN ỦY A${esc}`), para('NGHỊ QUYẾT'), para(`về phát triển năm 2022${esc}`)].join('') }),
    );
    const r = await runCli(['import', file], { cwd: work });
    // eslint-disable-next-line no-control-regex
    expect(r.stdout + r.stderr).not.toMatch(/[\u001b\u0007\u009b]/);
    expect(terminalSafe(`a${esc}b`)).toBe('ab');
  });

  it('duplicate or case-colliding ZIP entry names are refused by the importer and the copy path', async () => {
    const bytes = await makeDocx({ body: para('x'), parts: { 'word/Document.xml': '<x/>' } });
    const zip = openZip(bytes);
    expect(zip.ok).toBe(false);
    if (!zip.ok) expect(zip.error.details?.join(' ')).toContain('hai lần');
    expect(openReceivedDocx(bytes).ok).toBe(false);
  });
});
