import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/services/demo.ts';
import { fileSink, makeCopy, type CopyRequest } from '../../electron/services/copies/index.ts';
import { openStore, type Store } from '../../electron/store/index.ts';
import { PROVINCIAL, provincialResolutionDocx } from '../fixtures/copies/provincialResolution.ts';
import { requireTool } from '../support/tools.ts';

/**
 * Copies opened by LibreOffice (headless, its own throw-away profile) and printed to PDF: the
 * copied text first, then the copy block; a block that does not fit on the last page moves whole
 * to a new page, whose number carries on. The pages holding a copy block are kept as PNG
 * (70 dpi) in test-artifacts/copies/ for a human look. Skipped without soffice/poppler, except
 * in CI where that is a failure.
 */

const ready = requireTool('soffice', 'pdftotext', 'pdfinfo', 'pdftoppm');
const artifacts = fileURLToPath(new URL('../../test-artifacts/copies/', import.meta.url));

/** Body paragraphs of the received resolution: 6 leaves room for the block on page 2; with 11 (LibreOffice 7.4, Liberation Serif) it does not fit. */
const FITS = 6;
const PUSHED = 11;

const norm = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();

describe.skipIf(!ready)('LibreOffice renders the copies', () => {
  const work = mkdtempSync(join(tmpdir(), 'soan-nq-copies-lo-'));
  const file = (name: string, ext = 'docx'): string => join(work, `${name}.${ext}`);
  let store: Store;

  beforeAll(async () => {
    const opened = openStore(join(work, 'kho.sqlite'));
    if (!opened.ok) throw new Error(opened.error.message);
    store = opened.value;
    const seeded = seedDemo(store.db);
    if (!seeded.ok) throw new Error(seeded.error.message);
    writeFileSync(file('tinh-uy'), await provincialResolutionDocx(FITS));
    writeFileSync(file('tinh-uy-dai'), await provincialResolutionDocx(PUSHED));
    const copy = async (name: string, req: Omit<CopyRequest, 'who'>): Promise<void> => {
      const made = await makeCopy(store.db, { ...req, who: 'kiểm thử' }, fileSink(file(name)));
      if (!made.ok) throw new Error(made.error.message);
    };
    const received = (name: string) => ({ received: new Uint8Array(execFileSync('cat', [file(name)])), fileName: `${name}.docx` });
    await copy('sao-luc', { kind: 'sao-luc', source: received('tinh-uy'), orgId: 'HU-DUC-TRONG', date: '2022-01-05' });
    await copy('sao-luc-sang-trang', { kind: 'sao-luc', source: received('tinh-uy-dai'), orgId: 'HU-DUC-TRONG', date: '2022-01-05' });
    await copy('sao-y', { kind: 'sao-y', source: { documentId: 1 }, date: '2022-01-06' });
    const names = ['tinh-uy', 'tinh-uy-dai', 'sao-luc', 'sao-luc-sang-trang', 'sao-y'];
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(join(work, 'lo-profile')).href}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        ...names.map((n) => file(n)),
      ],
      {
        stdio: 'pipe',
        timeout: 170_000,
      },
    );
    rmSync(artifacts, { recursive: true, force: true });
    mkdirSync(artifacts, { recursive: true });
    for (const name of ['sao-luc', 'sao-luc-sang-trang', 'sao-y']) {
      const pages = pageCount(name);
      const first = name === 'sao-luc-sang-trang' ? pages - 1 : pages;
      for (let p = first; p <= pages; p++) {
        execFileSync('pdftoppm', [
          '-r',
          '70',
          '-png',
          '-f',
          String(p),
          '-l',
          String(p),
          '-singlefile',
          file(name, 'pdf'),
          join(artifacts, `${name}-trang-${p}`),
        ]);
      }
    }
  }, 200_000);
  afterAll(() => {
    store.close();
    rmSync(work, { recursive: true, force: true });
  });

  const pdfText = (name: string, page?: number): string =>
    norm(
      execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), file(name, 'pdf'), '-'], { encoding: 'utf8' }),
    );
  const pageCount = (name: string): number =>
    Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file(name, 'pdf')], { encoding: 'utf8' }))?.[1] ?? 0);
  const inOrder = (text: string, needles: readonly string[]): void => {
    let from = 0;
    for (const needle of needles.map(norm)) {
      const at = text.indexOf(needle, from);
      expect(at, `"${needle}" không thấy sau vị trí ${from}`).toBeGreaterThanOrEqual(0);
      from = at + needle.length;
    }
  };
  const block = (number: string, kind = 'SAO LỤC', date = 'Đức Trọng, ngày 05 tháng 01 năm 2022'): string[] => [
    'HUYỆN ỦY ĐỨC TRỌNG',
    'VĂN PHÒNG',
    kind,
    number,
    date,
    'Nơi nhận:',
    '- Các chi bộ, đảng bộ trực thuộc,',
    '- Lưu Văn phòng Huyện ủy.',
    'K/T CHÁNH VĂN PHÒNG',
    'PHÓ CHÁNH VĂN PHÒNG',
    'Lê Văn Hùng',
  ];

  it('prints the received resolution first, then the sao lục block, on the same last page', () => {
    expect(existsSync(file('sao-luc', 'pdf'))).toBe(true);
    inOrder(pdfText('sao-luc'), [
      PROVINCIAL.body,
      PROVINCIAL.number,
      PROVINCIAL.title,
      PROVINCIAL.firstLine,
      PROVINCIAL.lastLine,
      PROVINCIAL.signer,
      ...block('Số 01-BS/VPHU'),
    ]);
    const pages = pageCount('sao-luc');
    expect(pages).toBe(pageCount('tinh-uy'));
    inOrder(pdfText('sao-luc', pages), [PROVINCIAL.signer, 'SAO LỤC', 'Lê Văn Hùng']);
  });

  it('moves the whole block to a new page when it does not fit, and the page numbers carry on', () => {
    const pages = pageCount('sao-luc-sang-trang');
    expect(pages).toBe(pageCount('tinh-uy-dai') + 1);
    const before = pdfText('sao-luc-sang-trang', pages - 1);
    expect(before).toContain(PROVINCIAL.signer);
    expect(before).not.toContain('SAO LỤC');
    const last = pdfText('sao-luc-sang-trang', pages);
    expect(last.startsWith(`${pages} `)).toBe(true);
    inOrder(last, block('Số 02-BS/VPHU'));
    expect(last).not.toContain(PROVINCIAL.signer);
  });

  it('prints a sao y bản chính of the issued Đức Trọng resolution with the block after its appendix', () => {
    const text = pdfText('sao-y');
    inOrder(text, [
      'HUYỆN ỦY ĐỨC TRỌNG',
      'Số 04-NQ/HU',
      'NGHỊ QUYẾT',
      'Nơi nhận:',
      'Nguyễn Ngọc Phúc',
      'PHỤ LỤC',
      'CHỈ TIÊU KẾ HOẠCH NĂM 2022',
      'Phát triển đảng',
      ...block('Số 03-BS/VPHU', 'SAO Y BẢN CHÍNH', 'Đức Trọng, ngày 06 tháng 01 năm 2022'),
    ]);
  });

  it('keeps page images of the copy blocks', () => {
    for (const png of [
      'sao-luc-trang-2.png',
      `sao-y-trang-${pageCount('sao-y')}.png`,
      `sao-luc-sang-trang-trang-${pageCount('sao-luc-sang-trang')}.png`,
    ]) {
      expect(existsSync(join(artifacts, png)), png).toBe(true);
    }
  });
});
