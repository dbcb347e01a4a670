import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_FINDING } from '../../../electron/contract/model/placeholders.ts';
import type { Resolution } from '../../../electron/contract/model/resolution.ts';
import { renderDocx } from '../../../electron/docx/pack.ts';
import { findProfile } from '../../../electron/format/profiles/index.ts';
import { checkDocxBytes } from '../../../electron/services/docxCheck/index.ts';

/**
 * `soan-nq check <tệp.docx>` on a draft the app exported with what is left to write ("[… Nêu mục tiêu
 * tổng quát năm 2027]", a target's value "…"): each such paragraph is an error, as `check` of the
 * document itself says; it said "Không có sai sót về thể thức". An ellipsis of the text ("v.v…") is not one.
 */
const fixture = JSON.parse(readFileSync(new URL('../../fixtures/hiep-thanh-2027-nq08-du.json', import.meta.url), 'utf8')) as Resolution;

async function check(doc: Resolution) {
  const profile = findProfile(doc.profileId);
  if (!profile) throw new Error(doc.profileId);
  const r = checkDocxBytes(await renderDocx(doc, profile));
  if (!r.ok) throw new Error(r.error.message);
  return r.value.findings;
}

describe('placeholders in a .docx', () => {
  it('are errors, one per paragraph, quoting what is left to write', async () => {
    const body = [
      { type: 'paragraph' as const, runs: [{ type: 'text' as const, text: '[… Nêu mục tiêu tổng quát năm 2027]' }] },
      { type: 'paragraph' as const, runs: [{ type: 'text' as const, text: 'Thu ngân sách đạt … tỷ đồng, chi … tỷ đồng.' }] },
      { type: 'paragraph' as const, runs: [{ type: 'text' as const, text: 'Phát triển du lịch, dịch vụ, v.v…' }] },
      ...fixture.body,
    ];
    const found = (await check({ ...fixture, body })).filter((f) => f.code === PLACEHOLDER_FINDING);
    expect(found.map((f) => [f.severity, f.found])).toEqual([
      ['error', '"[… Nêu mục tiêu tổng quát năm 2027]"'],
      ['error', '"…", "…"'],
    ]);
    expect(found[0]?.message).toContain('Còn chỗ chưa điền');
  });

  it('leave a written document alone', async () => {
    expect((await check(fixture)).filter((f) => f.code === PLACEHOLDER_FINDING)).toEqual([]);
  });
});
