import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block, TargetNode } from '../../electron/contract/model/index.ts';
import { compareVersions } from '../../electron/services/compare/versions.ts';
import { exportVersionDiff, renderVersionDiff } from '../../electron/services/compare/trackedExport.ts';
import { saveDocument } from '../../electron/services/documentSave.ts';
import { getVersion } from '../../electron/store/versions.ts';
import { unzipDocx } from '../support/docxXml.ts';
import { requireTool } from '../support/tools.ts';
import { draft, must, seededStore } from '../unit/store/kit.ts';

/**
 * "So sánh hai phiên bản" as a .docx with Word tracked changes: the newer version rendered by the
 * writer, inserted words in w:ins and deleted words in w:del (author = who saved the newer version,
 * date = when). LibreOffice opens it and, showing changes as it does by default, prints both the
 * inserted and the deleted words. Skipped without soffice/pdftotext, except in CI (then it fails).
 */
const ready = requireTool('soffice', 'pdftotext');
const artifacts = fileURLToPath(new URL('../../test-artifacts/tracked-changes/', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'soan-nq-tracked-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const p = (text: string): Block => ({ type: 'paragraph', runs: [{ type: 'text', text }] });
const reviser = 'Lê Thị Hoa (Văn phòng)';

function twoVersions() {
  const { db } = seededStore();
  const v1 = draft(2026, (d) => {
    d.body = [
      { type: 'heading', level: 'section', runs: [{ type: 'text', text: 'Mục tiêu tổng quát' }] },
      p('Tiếp tục xây dựng nông thôn mới nâng cao, phát triển kinh tế bền vững.'),
      p('Đoạn văn này sẽ bị bỏ đi hoàn toàn trong dự thảo sau.'),
      { type: 'targets' },
    ];
  });
  const doc = must(saveDocument(db, { orgId: 'HU-DUC-TRONG', content: v1, who: 'Chuyên viên Văn phòng', why: 'Dự thảo lần 1' }));
  const v2 = draft(2026, (d) => {
    d.body = [
      { type: 'heading', level: 'section', runs: [{ type: 'text', text: 'Mục tiêu tổng quát' }] },
      p('Tiếp tục xây dựng nông thôn mới kiểu mẫu, phát triển kinh tế nhanh và bền vững.'),
      { type: 'targets' },
      p('Tuyệt đối giữ vững ổn định chính trị trên địa bàn.'),
    ];
    d.title.summary = 'Về nhiệm vụ phát triển kinh tế - xã hội năm 2026';
    const target = (d.targets as TargetNode[] | undefined)?.[1];
    if (target) target.value = { written: '812,5', parsed: { kind: 'exact', value: 812.5, direction: 'exact' } };
  });
  must(saveDocument(db, { id: doc.id, content: v2, who: reviser, why: 'Sửa theo ý kiến Chánh Văn phòng' }));
  return { db, id: doc.id };
}

describe('tracked changes between two versions', () => {
  const { db, id } = twoVersions();
  let parts = new Map<string, string>();
  const docxPath = join(work, 'so-sanh.docx');

  beforeAll(async () => {
    const made = must(await renderVersionDiff(db, { id, from: 2, to: 1 }));
    expect(made.fileName).toBe('So-sanh-v1-v2-NQ-HU-2026.docx');
    writeFileSync(docxPath, made.bytes);
    parts = await unzipDocx(made.bytes);
  });

  it('marks inserted and deleted words with the author and time of the newer version', () => {
    const newer = must(getVersion(db, id, 2));
    const date = newer.createdAt.replace(/\.\d+Z$/, 'Z');
    const xml = parts.get('word/document.xml') ?? '';
    const ins = [...xml.matchAll(/<w:ins w:id="\d+" w:author="([^"]+)" w:date="([^"]+)">(.*?)<\/w:ins>/g)];
    const del = [...xml.matchAll(/<w:del w:id="\d+" w:author="([^"]+)" w:date="([^"]+)">(.*?)<\/w:del>/g)];
    expect(ins.length).toBeGreaterThan(0);
    expect(del.length).toBeGreaterThan(0);
    for (const m of [...ins, ...del]) expect([m[1], m[2]]).toEqual([reviser, date]);
    const inserted = ins.map((m) => (m[3] ?? '').replace(/<[^>]+>/g, '')).join('|');
    const deleted = del.map((m) => [...(m[3] ?? '').matchAll(/<w:delText[^>]*>([^<]*)<\/w:delText>/g)].map((t) => t[1]).join('')).join('|');
    expect(inserted).toContain('kiểu mẫu');
    expect(inserted).toContain('nhanh và');
    expect(inserted).toContain('Tuyệt đối giữ vững ổn định chính trị trên địa bàn.');
    expect(inserted).toContain('812,5');
    expect(inserted).toContain('nhiệm vụ');
    expect(deleted).toContain('nâng cao');
    expect(deleted).toContain('Đoạn văn này sẽ bị bỏ đi hoàn toàn trong dự thảo sau.');
    expect(deleted).toContain('770,4');
    // Whole paragraphs carry an inserted/deleted paragraph mark; change tracking stays on for the reviewer.
    expect(xml).toMatch(/<w:pPr>.*?<w:rPr><w:ins w:id="\d+" w:author=/);
    expect(xml).toMatch(/<w:pPr>.*?<w:rPr><w:del w:id="\d+" w:author=/);
    expect(parts.get('word/settings.xml')).toContain('<w:trackRevisions/>');
    const ids = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('agrees with the comparison the UI shows', () => {
    const c = must(compareVersions(db, { id, from: 1, to: 2 })).comparison;
    expect(c.summary).toMatchObject({ blocksChanged: 1, blocksAdded: 1, blocksRemoved: 1, targetsChanged: 1, fieldsChanged: 1 });
    expect(c.fields.map((f) => f.path)).toEqual(['title.summary']);
  });

  it('writes the file atomically and refuses another extension', async () => {
    const out = join(work, 'ghi.docx');
    expect(must(await exportVersionDiff(db, { id, from: 1, to: 2, outPath: out })).bytes).toBeGreaterThan(5000);
    expect(existsSync(out)).toBe(true);
    expect(await exportVersionDiff(db, { id, from: 1, to: 2, outPath: join(work, 'x.pdf') })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await renderVersionDiff(db, { id, from: 1, to: 1 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await renderVersionDiff(db, { id, from: 1, to: 9 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it.skipIf(!ready)(
    'opens in LibreOffice, which prints both the inserted and the deleted words',
    () => {
      const profileDir = pathToFileURL(join(work, 'lo-profile')).href;
      execFileSync('soffice', [`-env:UserInstallation=${profileDir}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docxPath], {
        stdio: 'pipe',
        timeout: 170_000,
      });
      const pdf = join(work, 'so-sanh.pdf');
      expect(existsSync(pdf)).toBe(true);
      mkdirSync(artifacts, { recursive: true });
      copyFileSync(pdf, join(artifacts, 'so-sanh-v1-v2.pdf'));
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).normalize('NFC').replace(/\s+/g, ' ');
      for (const words of [
        'kiểu mẫu',
        'nâng cao',
        'nhanh và',
        'Tuyệt đối giữ vững ổn định chính trị',
        'bị bỏ đi hoàn toàn',
        'nhiệm vụ phát triển',
        '812,5',
        '770,4',
        'NGHỊ QUYẾT',
        'Nguyễn Ngọc Phúc',
      ]) {
        expect(text, `"${words}" không có trong bản PDF`).toContain(words);
      }
    },
    180_000,
  );
});
