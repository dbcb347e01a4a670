import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Resolution, TargetNode } from '../../electron/contract/model/index.ts';
import { renderVersionDiff } from '../../electron/services/compare/trackedExport.ts';
import { saveDocument } from '../../electron/services/documentSave.ts';
import { unzipDocx } from '../support/docxXml.ts';
import { requireTool } from '../support/tools.ts';
import { fixture, must, seededStore } from '../unit/store/kit.ts';

/**
 * The tracked-changes .docx of two versions marks every difference, not only the body: a target's
 * value in the appendix table (770,4 → 800, the case of issue 14), header fields, the date line's
 * place, recipients changed, added and removed, the signer, the draft mark. Each w:ins / w:del is
 * by the newer version's person at its time. The file passes the strict OOXML check.
 */
const work = mkdtempSync(join(tmpdir(), 'soan-nq-tracked-parts-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const reviser = 'Lê Thị Hoa (Văn phòng)';

function revised(doc: Resolution): Resolution {
  const next = structuredClone(doc);
  const walk = (nodes: TargetNode[]): void => {
    for (const n of nodes) {
      if (n.key === 'thu-ngan-sach' && n.value) n.value = { written: '800', parsed: { kind: 'exact', value: 800, direction: 'exact' } };
      walk(n.children);
    }
  };
  walk(next.targets);
  next.header.superiorBody = 'ĐẢNG BỘ TỈNH LÂM ĐỒNG MỚI';
  next.header.place = 'Liên Nghĩa';
  // A second line in the issuing body: found only when a line break reads as one (review/runXml.ts); it went unmarked before.
  next.header.issuingBody = `${next.header.issuingBody}\nBAN THƯỜNG VỤ`;
  next.marks.draftRound = 2;
  next.signature.name = 'Nguyễn Văn Phúc';
  next.recipients.lines = [
    { text: 'TT/TU, TT/HĐND, UBND Tỉnh (để báo cáo).' },
    ...next.recipients.lines.slice(1, 7),
    { text: 'Các xã, thị trấn.' },
    ...next.recipients.lines.slice(8),
  ];
  return next;
}

/** The text of each w:ins or w:del element, with its author and date. */
function changes(xml: string, tag: 'w:ins' | 'w:del'): { text: string; author: string; date: string }[] {
  return [...xml.matchAll(new RegExp(`<${tag} ([^>]*)>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => ({
    author: /w:author="([^"]*)"/.exec(m[1] ?? '')?.[1] ?? '',
    date: /w:date="([^"]*)"/.exec(m[1] ?? '')?.[1] ?? '',
    text: [...(m[2] ?? '').matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)</g)].map((t) => t[1]).join(''),
  }));
}

describe('tracked changes outside the body', () => {
  const { db } = seededStore();
  const v1 = { ...fixture('duc-trong-2022-nq04-hu'), marks: { ...fixture('duc-trong-2022-nq04-hu').marks, draftRound: 1 } };
  const saved = must(saveDocument(db, { orgId: 'HU-DUC-TRONG', content: v1, who: 'Chuyên viên', why: 'Dự thảo lần 1' }));
  const second = must(saveDocument(db, { id: saved.id, content: revised(v1), who: reviser, why: 'Sửa theo ý kiến' }));

  it('marks the appendix value, the header, the recipients, the signer and the draft mark, by the newer version', async () => {
    const made = must(await renderVersionDiff(db, { id: saved.id, from: 1, to: second.version }));
    const file = join(work, made.fileName);
    writeFileSync(file, made.bytes);
    const xml = (await unzipDocx(made.bytes)).get('word/document.xml') ?? '';
    const ins = changes(xml, 'w:ins');
    const del = changes(xml, 'w:del');
    const texts = (list: { text: string }[]) => list.map((c) => c.text);
    expect(texts(del)).toEqual(expect.arrayContaining(['770,4', 'Ngọc', '1', 'Đức Trọng', '- Các phòng, ban, Mặt trận, đoàn thể huyện,']));
    expect(texts(ins)).toEqual(
      expect.arrayContaining(['800', 'Văn', '2', 'Liên Nghĩa', ' MỚI', ' (để báo cáo)', '- Các xã, thị trấn.', 'BAN THƯỜNG VỤ']),
    );
    for (const c of [...ins, ...del]) {
      expect(c.author).toBe(reviser);
      expect(c.date).toBe(second.updatedAt.replace(/\.\d+Z$/, 'Z'));
    }
    const check = execFileSync('/usr/bin/python3', [join(process.cwd(), '../shared/tools/ooxml-check/ooxml_check.py'), file], {
      encoding: 'utf8',
    });
    expect(check).not.toMatch(/^ERROR/m);
  });

  it.skipIf(!requireTool('soffice'))(
    'opens in LibreOffice',
    async () => {
      const made = must(await renderVersionDiff(db, { id: saved.id, from: 1, to: second.version }));
      const file = join(work, 'lo.docx');
      writeFileSync(file, made.bytes);
      execFileSync(
        'soffice',
        [`-env:UserInstallation=file://${join(work, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', work, file],
        {
          stdio: 'pipe',
          timeout: 170_000,
        },
      );
      const text = execFileSync('pdftotext', ['-layout', join(work, 'lo.pdf'), '-'], { encoding: 'utf8' });
      expect(text).toContain('800');
      expect(text).toContain('770,4');
    },
    180_000,
  );

  it('marks appendix rows removed and added as whole rows (w:trPr with w:del / w:ins), in place', async () => {
    const third = structuredClone(revised(v1));
    // Removed: "Trường học đạt chuẩn quốc gia" and "Tăng dân số tự nhiên"; added: a new indicator after "Thu NSNN".
    third.targets = third.targets.filter((n) => n.key !== 'truong-dat-chuan-quoc-gia' && n.key !== 'tang-dan-so-tu-nhien');
    const budget = third.targets.findIndex((n) => n.key === 'thu-ngan-sach');
    third.targets.splice(budget + 1, 0, {
      key: 'von-dau-tu',
      name: 'Tổng vốn đầu tư toàn xã hội',
      unit: 'tỷ đồng',
      value: { written: '5.000', parsed: { kind: 'exact', value: 5000, direction: 'higher' } },
      children: [],
    });
    const v3 = must(saveDocument(db, { id: saved.id, content: third, who: reviser, why: 'Bớt, thêm chỉ tiêu' }));
    const made = must(await renderVersionDiff(db, { id: saved.id, from: second.version, to: v3.version }));
    const file = join(work, 'rows.docx');
    writeFileSync(file, made.bytes);
    const xml = (await unzipDocx(made.bytes)).get('word/document.xml') ?? '';
    const rows = [...xml.matchAll(/<w:tr(?: [^>]*)?>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    const rowText = (row: string) => [...row.matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)</g)].map((t) => t[1]).join('|');
    const trPr = (row: string) => /<w:trPr>[\s\S]*?<\/w:trPr>/.exec(row)?.[0] ?? '';
    const marked = (op: 'ins' | 'del') => rows.filter((r) => new RegExp(`<w:${op} [^>]*w:author="([^"]*)"`).exec(trPr(r))?.[1] === reviser);
    expect(marked('del').map(rowText)).toEqual(['4|Trường học đạt chuẩn quốc gia|trường|≥ 2', '9|Tỷ lệ tăng dân số tự nhiên|%|&lt;1,02']);
    expect(marked('ins').map(rowText)).toEqual(['3|Tổng vốn đầu tư toàn xã hội|tỷ đồng|5.000']);
    // The removed row's text is deleted text, the added row's text inserted text; nothing of either is left unmarked.
    for (const row of marked('del')) expect(row).not.toMatch(/<w:t[ >]/);
    for (const row of marked('ins')) expect(row.replace(/<w:ins [^>]*>[\s\S]*?<\/w:ins>/g, '')).not.toMatch(/<w:t[ >]/);
    // In place: the removed "Trường học …" row stands after the kept "Giải quyết việc làm" rows.
    const at = (text: string) => rows.findIndex((r) => rowText(r).includes(text));
    expect(at('Trường học đạt chuẩn quốc gia')).toBe(at('Trong đó, tỷ lệ lao động qua đào tạo') + 1);
    const check = execFileSync('/usr/bin/python3', [join(process.cwd(), '../shared/tools/ooxml-check/ooxml_check.py'), file], {
      encoding: 'utf8',
    });
    expect(check).not.toMatch(/^ERROR/m);
  });
});
