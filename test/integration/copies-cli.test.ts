import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileStructure } from '../../electron/import/index.ts';
import { parseXml } from '../../electron/ooxml/xml/parse.ts';
import { runCli } from '../support/cli.ts';
import { PROVINCIAL, provincialResolutionDocx } from '../fixtures/copies/provincialResolution.ts';

/**
 * soan-nq copy end to end on the demo database: a sao lục appended into a received .docx keeps
 * that file byte for byte up to the insertion point; numbers come from the register; failures
 * leave neither an output file nor a register row.
 */

const work = mkdtempSync(join(tmpdir(), 'soan-nq-copies-cli-'));
const db = join(work, 'kho.sqlite');
const received = join(work, 'tinh-uy-12-nq.docx');
const run = (...args: string[]) => runCli(args, { cwd: work, env: { SOAN_NQ_DB: db } });

beforeAll(async () => {
  writeFileSync(received, await provincialResolutionDocx(6));
  expect((await run('db', 'seed-demo')).code).toBe(0);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function parts(path: string): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const out = new Map<string, Uint8Array>();
  for (const name of Object.keys(zip.files).sort()) out.set(name, await (zip.file(name)?.async('uint8array') ?? new Uint8Array()));
  return out;
}

const text = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);

describe('soan-nq copy --kind sao-luc', () => {
  const out = join(work, 'sao-luc-01.docx');

  it('appends the copy block into the received file, which is otherwise unchanged', async () => {
    const r = await run('copy', '--kind', 'sao-luc', '--from', received, '--org', 'HU-DUC-TRONG', '-o', out, '--date', '2022-01-05');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Đã sao lục Nghị quyết số 12-NQ/TU: Số 01-BS/VPHU, ngày 05/01/2022.');
    const before = await parts(received);
    const after = await parts(out);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [name, bytes] of before) {
      if (name !== 'word/document.xml') expect(Buffer.from(after.get(name) ?? []).equals(Buffer.from(bytes)), name).toBe(true);
    }

    const original = text(before.get('word/document.xml'));
    const copy = text(after.get('word/document.xml'));
    const at = original.lastIndexOf('<w:sectPr');
    expect(copy.slice(0, at)).toBe(original.slice(0, at));
    expect(copy.endsWith(original.slice(at))).toBe(true);
    expect(parseXml(copy).ok).toBe(true);

    const block = copy.slice(at, copy.length - (original.length - at));
    // First the full-width rule: no indent on either side, a solid top border.
    expect(block).toMatch(
      /^<w:p><w:pPr><w:keepNext\/><w:keepLines\/><w:pBdr><w:top w:val="single"[^>]*\/><\/w:pBdr><w:spacing [^>]*\/><w:ind w:left="0" w:right="0" w:firstLine="0"\/>/,
    );
    expect([...block.matchAll(/<w:tblW w:type="dxa" w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))).toEqual([9355, 9355]);
    const order = [
      'HUYỆN ỦY ĐỨC TRỌNG',
      'VĂN PHÒNG',
      'SAO LỤC',
      'Số 01-BS/VPHU',
      'Đức Trọng, ngày 05 tháng 01 năm 2022',
      'Nơi nhận:',
      'Các chi bộ, đảng bộ trực thuộc',
      'K/T CHÁNH VĂN PHÒNG',
      'PHÓ CHÁNH VĂN PHÒNG',
      'Lê Văn Hùng',
    ];
    let from = 0;
    for (const needle of order) {
      const found = block.indexOf(needle, from);
      expect(found, needle).toBeGreaterThan(from - 1);
      from = found;
    }
    expect(original).toContain(PROVINCIAL.lastLine);
  });

  it('is read back by the importer as a sao lục block with its number, date, list and signer', () => {
    const read = readFileStructure(new Uint8Array(readFileSync(out)));
    expect(read.ok && read.value.copy).toEqual({
      kind: 'sao-luc',
      kindText: 'SAO LỤC',
      copyingBody: { superior: 'HUYỆN ỦY ĐỨC TRỌNG', name: 'VĂN PHÒNG' },
      number: { seq: 1, typeCode: 'BS', issuerCode: 'VPHU' },
      place: 'Đức Trọng',
      date: '2022-01-05',
      recipients: [{ text: 'Các chi bộ, đảng bộ trực thuộc,' }, { text: 'Lưu Văn phòng Huyện ủy.' }],
      signature: { authority: 'K/T', authorityOf: 'CHÁNH VĂN PHÒNG', title: 'PHÓ CHÁNH VĂN PHÒNG', name: 'Lê Văn Hùng' },
    });
  });

  it('numbers the next copy 02 and lists both in the register', async () => {
    const r = await run(
      'copy',
      '--kind',
      'sao-luc',
      '--from',
      received,
      '--org',
      'HU-DUC-TRONG',
      '-o',
      join(work, 'sao-luc-02.docx'),
      '--date',
      '2022-01-07',
      '--recipient',
      'Đảng ủy xã Hiệp Thạnh',
      '--recipient',
      'Lưu VP',
    );
    expect(r.stdout).toContain('Số 02-BS/VPHU');
    const list = JSON.parse((await run('copy', 'list', '--org', 'HU-DUC-TRONG', '--date', '2022-03-01', '--json')).stdout) as {
      copies: { number: string; kind: string; recipients: { text: string }[] }[];
    };
    expect(list.copies.map((c) => c.number)).toEqual(['Số 01-BS/VPHU', 'Số 02-BS/VPHU']);
    expect(list.copies[1]?.recipients.map((x) => x.text)).toEqual(['Đảng ủy xã Hiệp Thạnh', 'Lưu VP']);
    expect((await run('copy', 'list', '--org', 'HU-DUC-TRONG', '--date', '2022-03-01')).stdout).toMatch(
      /Số 01-BS\/VPHU +05\/01\/2022 +Sao lục +Nghị quyết số 12-NQ\/TU/,
    );
  });
});

describe('soan-nq copy of our own documents', () => {
  it('makes a sao y bản chính of the issued Đức Trọng resolution, and a trích sao', async () => {
    const y = await run('copy', '--kind', 'sao-y', '--id', '1', '-o', join(work, 'sao-y.docx'), '--date', '2022-01-10');
    expect(y.stderr).toBe('');
    expect(y.stdout).toContain('Đã sao y bản chính Nghị quyết số 04-NQ/HU ngày 10/12/2021: Số 03-BS/VPHU, ngày 10/01/2022.');
    const t = await run(
      'copy',
      '--kind',
      'trich-sao',
      '--id',
      '1',
      '--parts',
      '47-50',
      '--appendix',
      '-o',
      join(work, 'trich-sao.docx'),
      '--date',
      '2022-01-10',
      '--authority',
      'T/L BAN THƯỜNG VỤ',
      '--signer-title',
      'CHÁNH VĂN PHÒNG',
      '--signer-name',
      'Phạm Văn C',
      '--json',
    );
    const made = JSON.parse(t.stdout) as {
      number: string;
      sourceLabel: string;
      signer: { authority: string; authorityOf: string; name: string };
    };
    expect(made.number).toBe('Số 04-BS/VPHU');
    expect(made.sourceLabel).toContain('trích phần 47-50 và phụ lục');
    expect(made.signer).toMatchObject({ authority: 'T/L', authorityOf: 'BAN THƯỜNG VỤ', name: 'Phạm Văn C' });

    // The document's history lists both copies after its own steps: who, when, which kind, the number.
    const history = await run('history', '--id', '1', '--as', 'Phạm Thị Thư');
    expect(history.code).toBe(0);
    const lines = history.stdout.trim().split('\n');
    expect(lines.at(-2)).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2} {2}\S.*: Sao y bản chính Số 03-BS\/VPHU, ngày 10\/01\/2022$/u);
    expect(lines.at(-1)).toMatch(/: Trích sao Số 04-BS\/VPHU, ngày 10\/01\/2022$/u);
    const json = JSON.parse((await run('history', '--id', '1', '--json')).stdout) as {
      events: unknown[];
      copies: { kind: string; number: string; copiedOn: string; createdBy: string; createdAt: string }[];
    };
    expect(json.events.length).toBeGreaterThan(0);
    // Times as the office's clock says them (the UI's history shows local time), not UTC's.
    const hanoi = await runCli(['history', '--id', '1'], { cwd: work, env: { SOAN_NQ_DB: db, TZ: 'Asia/Ho_Chi_Minh' } });
    const made7 = new Date(Date.parse(json.copies[0]?.createdAt ?? '') + 7 * 3_600_000).toISOString();
    const expected = `${made7.slice(8, 10)}/${made7.slice(5, 7)}/${made7.slice(0, 4)} ${made7.slice(11, 16)}`;
    expect(hanoi.stdout).toContain(`${expected}  ${json.copies[0]?.createdBy ?? ''}: Sao y bản chính Số 03-BS/VPHU`);
    expect(json.copies.map((c) => [c.kind, c.number, c.copiedOn])).toEqual([
      ['sao-y', 'Số 03-BS/VPHU', '2022-01-10'],
      ['trich-sao', 'Số 04-BS/VPHU', '2022-01-10'],
    ]);
  });
});

describe('soan-nq copy refuses, exits 2 and leaves nothing behind', () => {
  const out = join(work, 'khong-duoc.docx');
  const refused = async (args: string[], expected: string): Promise<void> => {
    const r = await run('copy', ...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(expected);
    expect(existsSync(out)).toBe(false);
  };

  it('an unknown organization, an unissued document, an unreadable or missing file, a wrong kind', async () => {
    await refused(['--kind', 'sao-luc', '--from', received, '--org', 'HU-KHONG-CO', '-o', out], 'Không tìm thấy tổ chức "HU-KHONG-CO"');
    const draft = await run('draft', 'next-year', '--org', 'HU-DUC-TRONG', '--year', '2023', '-o', join(work, 'dt.json'), '--save');
    const id = /văn bản #(\d+)/.exec(draft.stdout)?.[1] ?? '0';
    await refused(['--kind', 'sao-y', '--id', id, '-o', out, '--date', '2022-01-10'], 'chưa ban hành');
    const junk = join(work, 'hong.docx');
    writeFileSync(junk, 'PK\u0003\u0004 không phải tệp nén');
    await refused(
      ['--kind', 'sao-luc', '--from', junk, '--org', 'HU-DUC-TRONG', '-o', out, '--date', '2022-01-10'],
      'Không dùng được tệp .docx nhận về',
    );
    await refused(['--kind', 'sao-luc', '--from', join(work, 'khong-co.docx'), '--org', 'HU-DUC-TRONG', '-o', out], 'Không tìm thấy tệp');
    await refused(['--kind', 'sao-y', '--from', received, '--org', 'HU-DUC-TRONG', '-o', out, '--date', '2022-01-10'], 'dùng sao lục');
    await refused(['--kind', 'sao-chep', '--id', '1', '-o', out], 'cần --kind');
    await refused(['--kind', 'sao-y', '--id', '1', '-o', out, '--date', '2026-02-05'], 'không có nhiệm kỳ nào vào ngày 05/02/2026');
    await refused(['--kind', 'sao-luc', '--from', received, '--org', 'HU-DUC-TRONG', '-o', received], 'phải khác tệp văn bản nhận được');
    const list = JSON.parse((await run('copy', 'list', '--org', 'HU-DUC-TRONG', '--date', '2022-03-01', '--json')).stdout) as {
      copies: unknown[];
    };
    expect(list.copies).toHaveLength(4);
    expect(readdirSync(work).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('leaves an existing output file as it was when the copy fails', async () => {
    writeFileSync(out, 'bản cũ');
    const r = await run('copy', '--kind', 'sao-luc', '--from', received, '--org', 'HU-KHONG-CO', '-o', out);
    expect(r.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('bản cũ');
    rmSync(out);
  });
});
