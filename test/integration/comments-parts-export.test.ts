import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PartAnchor } from '../../electron/contract/model/partAnchors.ts';
import type { Resolution } from '../../electron/contract/model/resolution.ts';
import { flattenTargets } from '../../electron/contract/model/targets.ts';
import { placeReview } from '../../electron/services/review/place.ts';
import { readWordReview } from '../../electron/services/review/wordRead.ts';
import { profileFor } from '../support/fixtures.ts';
import { failing, ooxmlCheck, requireOoxmlCheck } from '../support/ooxmlCheck.ts';
import { requireTool } from '../support/tools.ts';
import { call, openHarness, type Harness } from './handlersKit.ts';

/**
 * Threads started in the app on parts of the draft other than the body — a target's value, a line
 * of "Nơi nhận", the signer, the summary, a header field, an appendix row — go into the review copy
 * as Word comments over that part's printed text: read back by the app's own Word reader on the
 * same parts, valid for ooxml-check, shown by LibreOffice. A thread whose target was removed still
 * goes in, saying its text is gone; the issued-style export carries no comment at all.
 */

const ids = {
  target: 'a0000000-0000-4000-8000-000000000001',
  recipient: 'a0000000-0000-4000-8000-000000000002',
  signer: 'a0000000-0000-4000-8000-000000000003',
  summary: 'a0000000-0000-4000-8000-000000000004',
  header: 'a0000000-0000-4000-8000-000000000005',
  appendix: 'a0000000-0000-4000-8000-000000000006',
  removed: 'a0000000-0000-4000-8000-000000000007',
};

const bytesOf = (outcome: { kind: string; base64?: string }): Uint8Array => {
  if (outcome.kind !== 'download' || !outcome.base64) throw new Error('không có tệp');
  return Buffer.from(outcome.base64, 'base64');
};

describe('the review copy with threads on parts other than the body', () => {
  const work = mkdtempSync(join(tmpdir(), 'soan-nq-comment-parts-'));
  let h: Harness;
  let doc: Resolution;
  let copy: Uint8Array;
  let texts: Record<string, string> = {};
  let documentId = 0;

  beforeAll(async () => {
    h = openHarness('soan-nq-comment-parts-db-');
    const made = await call(h.ctx, 'createNextYear', { orgId: 'DU-HIEP-THANH', year: 2027, carryValues: true });
    documentId = made.id;
    const withValues = flattenTargets(made.content.targets).filter((t) => t.node.value?.written.trim());
    const [first, second] = [withValues[0]?.node, withValues[1]?.node];
    if (!first || !second) throw new Error('dự thảo không có chỉ tiêu');
    expect(made.content.appendix.include).toBe(true);
    const parts: [string, PartAnchor, string][] = [
      [ids.target, { part: 'target', key: first.key, field: 'value', at: 0 }, 'Chỉ tiêu này là quá cao.'],
      [ids.recipient, { part: 'recipient', line: 1, field: 'text', at: 0 }, 'Dòng nơi nhận này cần sửa.'],
      [ids.signer, { part: 'signature', field: 'name', at: 0 }, 'Kiểm tra họ tên người ký.'],
      [ids.summary, { part: 'summary', at: 0 }, 'Trích yếu nên ngắn hơn.'],
      [ids.header, { part: 'header', field: 'issuingBody', at: 0 }, 'Tên cơ quan ban hành đúng chưa?'],
      [ids.appendix, { part: 'target', key: second.key, field: 'name', at: 0, inAppendix: true }, 'Dòng phụ lục này gộp được.'],
      [ids.removed, { part: 'target', key: second.key, field: 'value', at: 0 }, 'Chỉ tiêu này nên bỏ.'],
    ];
    for (const [id, part, body] of parts) {
      await call(h.ctx, 'addComment', { documentId: made.id, id, body, part, author: 'Chánh Văn phòng Thử' });
    }
    // The second target goes: its value's thread is kept ("phần đã xóa") and its appendix row's too.
    const drop = (nodes: Resolution['targets']): Resolution['targets'] =>
      nodes.filter((n) => n.key !== second.key).map((n) => ({ ...n, children: drop(n.children) }));
    const saved = await call(h.ctx, 'saveDocument', {
      id: made.id,
      content: { ...made.content, targets: drop(made.content.targets) },
      expectedVersion: made.version,
    });
    doc = saved.content;
    texts = {
      [ids.target]: first.value?.written.trim() ?? '',
      [ids.recipient]: (doc.recipients.lines[1]?.text ?? '').trim(),
      [ids.signer]: doc.signature.name,
      [ids.summary]: doc.title.summary.trim(),
      [ids.header]: doc.header.issuingBody,
    };
    copy = bytesOf(await call(h.ctx, 'exportReviewCopy', { id: made.id }));
    writeFileSync(join(work, 'gop-y-phan.docx'), copy);
    if (process.env.PEEK) writeFileSync(process.env.PEEK, copy);
    writeFileSync(join(work, 'ban-chinh.docx'), bytesOf(await call(h.ctx, 'exportDocx', { id: made.id })));
    const listing = await call(h.ctx, 'listComments', { documentId: made.id });
    expect(listing.threads.map((t) => t.id)).toEqual(Object.values(ids));
  }, 60_000);
  afterAll(() => {
    h.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('puts each thread over its part, as the Word reader places it again', () => {
    const read = readWordReview(copy);
    if (!read.ok) throw new Error(read.error.message);
    const placed = placeReview(doc, profileFor(doc), read.value).comments;
    const on = (body: string) => placed.find((c) => c.body.endsWith(body));
    expect(on('Chỉ tiêu này là quá cao.')?.part).toMatchObject({ anchor: { part: 'target', field: 'value' }, text: texts[ids.target] });
    expect(on('Chỉ tiêu này là quá cao.')?.place).not.toContain('Phụ lục');
    expect(on('Dòng nơi nhận này cần sửa.')?.part).toMatchObject({ anchor: { part: 'recipient', line: 1 }, place: 'Nơi nhận, dòng 2' });
    expect(on('Kiểm tra họ tên người ký.')?.part).toMatchObject({ anchor: { part: 'signature', field: 'name' }, text: texts[ids.signer] });
    expect(on('Trích yếu nên ngắn hơn.')?.part?.anchor).toMatchObject({ part: 'summary' });
    expect(on('Tên cơ quan ban hành đúng chưa?')?.part).toMatchObject({ anchor: { part: 'header', field: 'issuingBody' } });
    // The removed target's threads are still there, saying their text is gone.
    expect(placed.filter((c) => c.body.includes('đã bị xóa')).map((c) => c.body.split('\n')[1])).toEqual([
      'Dòng phụ lục này gộp được.',
      'Chỉ tiêu này nên bỏ.',
    ]);
    expect(placed).toHaveLength(7);
  });

  it('puts an appendix row thread on the appendix table, not on the targets list', async () => {
    // A thread on the first target's row of the appendix (the second one was removed above).
    await call(h.ctx, 'addComment', {
      documentId,
      id: 'a0000000-0000-4000-8000-000000000008',
      body: 'Đơn vị tính ở phụ lục?',
      part: { part: 'target', key: flattenTargets(doc.targets)[0]?.node.key ?? '', field: 'name', at: 0, inAppendix: true },
    });
    const id = documentId;
    const file = bytesOf(await call(h.ctx, 'exportReviewCopy', { id }));
    const read = readWordReview(file);
    if (!read.ok) throw new Error(read.error.message);
    const stored = await call(h.ctx, 'getDocument', { id });
    const placed = placeReview(stored.content, profileFor(stored.content), read.value).comments;
    expect(placed.find((c) => c.body === 'Đơn vị tính ở phụ lục?')?.place).toContain('Phụ lục');
  });

  const python = requireOoxmlCheck();
  it.skipIf(python === null)('passes ooxml-check (no ERROR or ORDER line), the review copy and the plain export', () => {
    const run = ooxmlCheck(python ?? 'python3', [join(work, 'gop-y-phan.docx'), join(work, 'ban-chinh.docx')]);
    expect(run.reports).toHaveLength(2);
    for (const report of run.reports) expect(failing(report), report.file).toEqual([]);
  });

  it('leaves every comment out of the plain export', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(work, 'ban-chinh.docx')));
    expect(zip.file('word/comments.xml')).toBeNull();
    expect(await zip.file('word/document.xml')?.async('string')).not.toContain('commentRangeStart');
  });

  it.skipIf(!requireTool('soffice'))(
    'is shown by LibreOffice with every comment over its part',
    () => {
      const profile = `-env:UserInstallation=${pathToFileURL(join(work, 'lo-profile')).href}`;
      execFileSync('soffice', [profile, '--headless', '--convert-to', 'odt', '--outdir', work, join(work, 'gop-y-phan.docx')], {
        stdio: 'pipe',
        timeout: 170_000,
      });
      const odt = join(work, 'gop-y-phan.odt');
      expect(existsSync(odt)).toBe(true);
      return JSZip.loadAsync(readFileSync(odt))
        .then((z) => z.file('content.xml')?.async('string') ?? '')
        .then((content) => {
          const notes = [...content.matchAll(/<office:annotation [^>]*office:name="([^"]+)"[^>]*>([\s\S]*?)<\/office:annotation>/g)];
          expect(notes.length).toBeGreaterThanOrEqual(7);
          const covered = (body: string): string => {
            const note = notes.find((n) => (n[2] ?? '').includes(body));
            const name = note?.[1] ?? '';
            const start = content.indexOf('</office:annotation>', content.indexOf(`office:name="${name}"`));
            const end = content.indexOf(`<office:annotation-end office:name="${name}"/>`);
            return end === -1 ? '' : content.slice(start, end).replace(/<[^>]+>/g, '');
          };
          expect(covered('Chỉ tiêu này là quá cao.')).toBe(texts[ids.target]);
          expect(covered('Kiểm tra họ tên người ký.')).toBe(texts[ids.signer]);
          expect(covered('Tên cơ quan ban hành đúng chưa?')).toBe(texts[ids.header]);
          expect(texts[ids.recipient]).toContain(covered('Dòng nơi nhận này cần sửa.'));
          expect(covered('Dòng nơi nhận này cần sửa.')).not.toBe('');
        });
    },
    180_000,
  );
});
