import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/docx/index.ts';
import { checkDocxBytes } from '../../../electron/services/docxCheck/index.ts';
import { loadResolution, profileFor } from '../../support/fixtures.ts';

/** Our export without its profile mark: a file as another office's software would write it. */
async function unmarked(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
  zip.file('docProps/core.xml', core.replace(/<cp:keywords>[^<]*<\/cp:keywords>/, ''));
  return zip.generateAsync({ type: 'uint8array' });
}

describe('the .docx check picks the profile of the document', () => {
  it('reads the profile our export names, else goes by the date', async () => {
    const doc = loadResolution('duc-trong-2022-nq04-hu');
    const bytes = await renderDocx(doc, profileFor(doc));
    const marked = checkDocxBytes(bytes);
    expect(marked.ok && marked.value.profile.id).toBe('hd36-2018');
    const byDate = checkDocxBytes(await unmarked(bytes));
    expect(byDate.ok && byDate.value.profile.id).toBe('hd36-2018');
    const unknown = checkDocxBytes(bytes, 'hd99-2099');
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error.code).toBe('UNKNOWN_PROFILE');
  });

  it('tells a document dated after 27/5/2026 but laid out by 36-HD so, quoting its own lines', async () => {
    const doc = loadResolution('hiep-thanh-2027-nq08-du');
    const old = { ...doc, profileId: 'hd36-2018' };
    const bytes = await unmarked(await renderDocx(old, profileFor(old)));
    const r = checkDocxBytes(bytes);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.profile.id).toBe('hd05-2026');
    const older = r.value.findings.find((f) => f.code === 'profile.older-rules');
    expect(older?.severity).toBe('error');
    expect(older?.message).toContain('20/12/2026');
    expect(older?.message).toContain('Hướng dẫn 36-HD/VPTW (2018)');
    expect(older?.found).toContain('Thường trực Tỉnh ủy');
    expect(older?.fix).toContain('Hướng dẫn 05-HD/VPTW (2026)');
  });

  it('takes a number left blank for the e-office system ("Số      -NQ/ĐU") as no fault', async () => {
    const doc = loadResolution('hiep-thanh-2027-nq08-du');
    const draft = { ...doc, header: { ...doc.header, number: { ...doc.header.number, seq: null }, date: null } };
    const r = checkDocxBytes(await renderDocx(draft, profileFor(draft)));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.findings.filter((f) => f.code.startsWith('header.number'))).toEqual([]);
  });
});
