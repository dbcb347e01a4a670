import { describe, expect, it } from 'vitest';
import { listProfiles } from '../../../electron/format/profiles/index.ts';
import { draftDay, importedProfile, profileInForce, profileMismatch, resolveProfile } from '../../../electron/format/resolveProfile.ts';

describe('the one profile resolver', () => {
  it('takes 05-HD/VPTW from 27/5/2026 and 36-HD/VPTW before (the switch date is the profile setting)', () => {
    expect(profileInForce('2026-05-26').id).toBe('hd36-2018');
    expect(profileInForce('2026-05-27').id).toBe('hd05-2026');
    expect(profileInForce('2021-12-10').id).toBe('hd36-2018');
    const hd05 = listProfiles().find((p) => p.id === 'hd05-2026');
    expect(hd05?.rules.inForceFrom).toBe('2026-05-27');
  });

  it('keeps the profile a document names, dates an undated draft in December of the year before its plan year', () => {
    const kept = resolveProfile({ profileId: 'hd36-2018', date: '2026-12-20', planYear: 2027 });
    expect(kept.ok && kept.value.id).toBe('hd36-2018');
    const byDate = resolveProfile({ profileId: null, date: null, planYear: 2027 });
    expect(draftDay(2027)).toBe('2026-12-31');
    expect(byDate.ok && byDate.value.id).toBe('hd05-2026');
  });

  it('refuses a profile it does not know with UNKNOWN_PROFILE, naming the id', () => {
    const r = resolveProfile({ profileId: 'hd99-2099', date: null, planYear: 2027 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('UNKNOWN_PROFILE');
      expect(r.error.message).toContain('"hd99-2099"');
    }
  });

  it('warns a draft whose chosen profile is not the one of its date, never an issued document', () => {
    expect(profileMismatch({ profileId: 'hd36-2018', date: null, planYear: 2027, issued: false })?.id).toBe('hd05-2026');
    expect(profileMismatch({ profileId: 'hd05-2026', date: null, planYear: 2027, issued: false })).toBeNull();
    expect(profileMismatch({ profileId: 'hd36-2018', date: '2026-12-20', planYear: 2027, issued: true })).toBeNull();
  });

  it('gives an import the profile our export named in it, else the one of its date', () => {
    expect(importedProfile('hd36-2018', { date: '2026-12-20', planYear: 2027 }).id).toBe('hd36-2018');
    expect(importedProfile(null, { date: '2026-12-20', planYear: 2027 }).id).toBe('hd05-2026');
    expect(importedProfile('tu-khoa-khac', { date: '2021-12-10', planYear: 2022 }).id).toBe('hd36-2018');
  });
});
