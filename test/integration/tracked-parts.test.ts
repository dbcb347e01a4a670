import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Resolution, TargetNode } from '../../electron/contract/model/index.ts';
import { renderVersionDiff } from '../../electron/services/compare/trackedExport.ts';
import { saveDocument } from '../../electron/store/documentWrite.ts';
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
    expect(texts(ins)).toEqual(expect.arrayContaining(['800', 'Văn', '2', 'Liên Nghĩa', ' MỚI', ' (để báo cáo)', '- Các xã, thị trấn.']));
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
});
