import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../electron/docx/pack.ts';
import { profileFor } from '../support/fixtures.ts';
import { requireTool } from '../support/tools.ts';
import { reviewFixture, reviewThreads } from '../unit/comments/kit.ts';

/**
 * The review copy opened by LibreOffice (headless, a throw-away profile) and saved as .odt: every
 * comment comes through with its author and text, on the marked text. Skipped when soffice is
 * missing, except in CI where that is a failure.
 */
const ready = requireTool('soffice');

describe.skipIf(!ready)('LibreOffice reads the review copy', () => {
  const work = mkdtempSync(join(tmpdir(), 'soan-nq-lo-comments-'));
  let content = '';

  beforeAll(async () => {
    const doc = reviewFixture();
    writeFileSync(join(work, 'gop-y.docx'), await renderDocx(doc, profileFor(doc), { comments: reviewThreads }));
    const profileDir = pathToFileURL(join(work, 'lo-profile')).href;
    execFileSync(
      'soffice',
      [`-env:UserInstallation=${profileDir}`, '--headless', '--convert-to', 'odt', '--outdir', work, join(work, 'gop-y.docx')],
      {
        stdio: 'pipe',
        timeout: 170_000,
      },
    );
    const odt = join(work, 'gop-y.odt');
    if (existsSync(odt)) content = (await (await JSZip.loadAsync(readFileSync(odt))).file('content.xml')?.async('string')) ?? '';
  }, 180_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('converts without error', () => {
    expect(content).toContain('office:document-content');
  });

  it('keeps every comment with its author and text', () => {
    const notes = [...content.matchAll(/<office:annotation [^>]*office:name="([^"]+)"[^>]*>([\s\S]*?)<\/office:annotation>/g)].map((m) => ({
      name: m[1] ?? '',
      author: /<dc:creator>([^<]*)<\/dc:creator>/.exec(m[2] ?? '')?.[1],
      text: (m[2] ?? '').replace(/<dc:[^>]*>[^<]*<\/dc:[^>]*>|<meta:[^>]*>[^<]*<\/meta:[^>]*>/g, '').replace(/<[^>]+>/g, ''),
    }));
    const all = reviewThreads.flatMap((t) => [t, ...t.replies]);
    expect(notes).toHaveLength(all.length);
    for (const c of all) expect(notes.some((n) => n.author === c.author && n.text.includes(c.body))).toBe(true);
    // The first thread's range covers exactly its marked words.
    const first = notes.find((n) => n.text.includes('Nêu cụ thể bao nhiêu chỉ tiêu.'));
    const start = content.indexOf('</office:annotation>', content.indexOf(`office:name="${first?.name ?? ''}"`));
    const end = content.indexOf(`<office:annotation-end office:name="${first?.name ?? ''}"/>`);
    expect(content.slice(start, end).replace(/<[^>]+>/g, '')).toBe('nhiều chỉ tiêu đạt và vượt');
  });
});
