import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { ooxmlCheck, requireOoxmlCheck } from '../support/ooxmlCheck.ts';

/**
 * Issue 10's acceptance, run as written on a fresh database: Công Hải sets itself up (body, an
 * appointed term, the register's start at 08, a signer, three people), drafts its 2027
 * resolution, which is submitted, returned with a reason, resubmitted, approved and issued by the
 * clerk; the export and the history say so.
 */
const work = mkdtempSync(join(tmpdir(), 'soan-nq-acceptance-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const db = join(work, 'cong-hai.sqlite');

async function cli(...args: string[]): Promise<string> {
  const run = await runCli([...args, '--db', db], { cwd: work });
  expect(run.stderr, `soan-nq ${args.join(' ')}`).toBe('');
  expect(run.code, `soan-nq ${args.join(' ')}`).toBe(0);
  return run.stdout;
}

/** The text of the document part, paragraph by paragraph. */
async function docxText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n');
}

describe('a real office from a fresh install (issue 10, acceptance)', () => {
  it('sets up Công Hải, drafts, reviews and issues Số 08-NQ/ĐU, exports it and tells its history', async () => {
    await cli('db', 'init');
    await cli(
      'org',
      'add',
      '--id',
      'DU-CONG-HAI',
      '--kind',
      'dang-uy-xa',
      '--name',
      'ĐẢNG UỶ XÃ CÔNG HẢI',
      '--superior',
      'ĐẢNG BỘ TỈNH KHÁNH HOÀ',
      '--code',
      'ĐU',
      '--place',
      'Công Hải',
      '--office',
      'VĂN PHÒNG',
      '--office-code',
      'VPĐU',
    );
    await cli('term', 'add', '--org', 'DU-CONG-HAI', '--name', '2025-2030', '--from', '2025-07-01', '--appointed');
    await cli('register', 'start', '--org', 'DU-CONG-HAI', '--type', 'NQ', '--next', '8');
    await cli(
      'signer',
      'add',
      '--org',
      'DU-CONG-HAI',
      '--authority',
      'T/M',
      '--of',
      'ĐẢNG UỶ',
      '--title',
      'BÍ THƯ',
      '--name',
      'Phạm Văn D',
    );
    await cli('person', 'add', '--name', 'Nguyễn Văn A', '--role', 'chuyen-vien');
    await cli('person', 'add', '--name', 'Trần Văn B', '--role', 'chanh-van-phong');
    await cli('person', 'add', '--name', 'Lê Thị C', '--role', 'van-thu');
    const created = JSON.parse(
      await cli('draft', 'new', '--org', 'DU-CONG-HAI', '--year', '2027', '--save', '--as', 'Nguyễn Văn A', '--json'),
    ) as {
      id: number;
    };
    const id = String(created.id);
    // As issue 10 writes it: a new body's first draft (the template's outline, no prompts) goes through the whole round.
    await cli('status', '--id', id, '--to', 'trinh', '--as', 'Nguyễn Văn A');
    await cli('status', '--id', id, '--to', 'tra-lai', '--reason', 'Bổ sung chỉ tiêu', '--as', 'Trần Văn B');
    await cli('status', '--id', id, '--to', 'trinh', '--as', 'Nguyễn Văn A');
    await cli('status', '--id', id, '--to', 'duyet', '--as', 'Trần Văn B');

    // Outside one's role: refused, naming who may.
    const wrong = await runCli(['issue', '--id', id, '--date', '2026-12-20', '--as', 'Nguyễn Văn A', '--db', db], { cwd: work });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('việc này do văn thư làm');

    expect(await cli('issue', '--id', id, '--date', '2026-12-20', '--as', 'Lê Thị C')).toContain('Số 08-NQ/ĐU, ngày 20/12/2026');
    const out = join(work, 'nghi-quyet-08.docx');
    await cli('export', '--id', id, '-o', out);
    const text = await docxText(out);
    for (const line of [
      'ĐẢNG BỘ TỈNH KHÁNH HOÀ',
      'ĐẢNG UỶ XÃ CÔNG HẢI',
      'Số 08-NQ/ĐU',
      'Công Hải, ngày 20 tháng 12 năm 2026',
      'T/M ĐẢNG UỶ',
      'Phạm Văn D',
    ]) {
      expect(text.split('\n')).toContain(line);
    }
    expect(text).not.toContain('Dự thảo');
    // Nơi nhận fits the body (05-HD 9.2.5): ";" after each line, the body's office last with ".".
    expect(text).toContain('- Thường trực Tỉnh uỷ (để báo cáo);');
    expect(text.split('\n')).toContain('- Lưu Văn phòng Đảng uỷ.');
    const python = requireOoxmlCheck();
    if (python !== null) expect(ooxmlCheck(python, [out]).status).toBe(0);

    const history = await cli('history', '--id', id);
    for (const who of ['Nguyễn Văn A', 'Trần Văn B', 'Lê Thị C']) expect(history).toContain(`${who}: `);
    expect(history).toContain('Trần Văn B: Trình duyệt → Trả lại — Bổ sung chỉ tiêu');
    expect(history).toContain('Lê Thị C: Đã duyệt → Ban hành, số 08-NQ/ĐU');

    // The office's memory in one file: a backup while nothing else runs, then restored (the current file kept aside).
    const copy = join(work, 'sao-luu.sqlite');
    expect(await cli('backup', '-o', copy)).toContain(`Đã sao lưu dữ liệu ra ${copy}`);
    const restored = await cli('restore', copy, '--as', 'Lê Thị C');
    expect(restored).toMatch(/Bản sao lưu .*: 1 cơ quan, 1 văn bản \(sao lưu lúc \d{2}\/\d{1,2}\/\d{4} \d{2}:\d{2} UTC\)/u);
    expect(restored).toContain('Tệp dữ liệu trước khi khôi phục được giữ ở');
  }, 400_000);
});
