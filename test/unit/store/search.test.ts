import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { saveDocument } from '../../../electron/services/documentSave.ts';
import { foldChar, foldText, foldWithOrigin, ftsQuery, queryTerms } from '../../../electron/store/fold.ts';
import { findPassage } from '../../../electron/store/passage.ts';
import { searchDocuments } from '../../../electron/store/search.ts';
import { draft, fixture, must, seededStore } from './kit.ts';

const who = 'Chuyên viên Văn phòng';
const marked = (p: { text: string; highlights: Array<{ start: number; end: number }> }) =>
  p.highlights.map((h) => p.text.slice(h.start, h.end));

describe('folding', () => {
  it('removes diacritics and case, and turns đ into d', () => {
    expect(foldText('Nông thôn mới')).toBe('nong thon moi');
    expect(foldText('HUYỆN ỦY ĐỨC TRỌNG')).toBe('huyen uy duc trong');
    expect(foldText('Đảng ủy xã Đạ Đờn')).toBe('dang uy xa da don');
    expect(foldText('Tăng 6 – 7%; ≥ 2')).toBe('tang 6 – 7%; ≥ 2');
  });

  it('folds the whole text exactly as one character at a time (what the index holds and what passages are found in)', () => {
    const seed = readFileSync(new URL('../../../../shared/seeds/nhon-trach-2024-nq09-hu.txt', import.meta.url), 'utf8');
    for (const text of [seed, 'İstanbul ÅNGSTRÖM ﬁ 한국 Ǆ', 'ΟΔΥΣΣΕΥΣ']) expect(foldText(text)).toBe(foldWithOrigin(text).text);
  });

  it('folds every character of the Basic Multilingual Plane as foldChar does, and a text with one beyond it (a surrogate pair) whole', () => {
    let all = '';
    for (let unit = 0; unit < 0x10000; unit += 1) {
      if (unit >= 0xd800 && unit <= 0xdfff) continue;
      const ch = String.fromCharCode(unit);
      expect(foldText(`A${ch}Đ`)).toBe(`a${foldChar(ch)}d`);
      all += ch;
    }
    expect(foldText(all)).toBe(foldWithOrigin(all).text);
    const beyond = 'Báo cáo 😀 NĂM 2026 𝐀';
    expect(foldText(beyond)).toBe(beyond.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase());
    expect(foldText(beyond)).toBe('bao cao 😀 nam 2026 𝐀');
    expect(foldText('')).toBe('');
  });

  it('folds text typed with combining marks (NFD) the same, and knows where each character came from', () => {
    const nfd = 'Đức Trọng'.normalize('NFD');
    expect(foldText(nfd)).toBe('duc trong');
    const { text, origin } = foldWithOrigin(nfd);
    const at = text.indexOf('trong');
    expect(nfd.slice(origin[at], origin[at + 'trong'.length]).normalize('NFC')).toBe('Trọng');
  });

  it('quotes every word of a query so FTS syntax typed by the user is only text', () => {
    expect(queryTerms('  Nông THÔN   mới, nông ')).toEqual(['nong', 'thon', 'moi']);
    expect(ftsQuery(queryTerms('duc'))).toBe('"duc"*');
    expect(ftsQuery(queryTerms('duc trong'))).toBe('"duc" AND "trong"*');
    expect(ftsQuery(queryTerms('"AND OR NEAR(x* - ^y:'))).toBe('"and" AND "or" AND "near" AND "x" AND "y"*');
    expect(ftsQuery(queryTerms('*** ""'))).toBeNull();
  });
});

describe('passages', () => {
  it('shows the matching words as written, with diacritics, and where they are', () => {
    const text = 'Phấn đấu có thêm 02 xã đạt chuẩn nông thôn mới nâng cao; huyện Đức Trọng giữ vững an ninh.';
    const p = findPassage(text, queryTerms('nong thon moi'));
    expect(p.text).toBe(text);
    expect(marked(p)).toEqual(['nông', 'thôn', 'mới']);
    expect(marked(findPassage(text, queryTerms('duc trong')))).toEqual(['Đức', 'Trọng']);
  });

  it('cuts a long text around the best window, on word boundaries, with ellipses', () => {
    const filler = 'Tiếp tục thực hiện các nhiệm vụ trọng tâm của năm. '.repeat(20);
    const text = `${filler}Xây dựng nông thôn mới kiểu mẫu ở các xã.\n${filler}`;
    const p = findPassage(text, queryTerms('nông thôn mới'), 120);
    expect(p.text.startsWith('…')).toBe(true);
    expect(p.text.endsWith('…')).toBe(true);
    expect(p.text.length).toBeLessThanOrEqual(122);
    expect(p.text).toContain('Xây dựng nông thôn mới kiểu mẫu');
    expect(marked(p)).toEqual(['nông', 'thôn', 'mới']);
  });
});

describe('full-text search', () => {
  function store() {
    const s = seededStore();
    const dt = must(
      saveDocument(s.db, { orgId: 'HU-DUC-TRONG', content: fixture('duc-trong-2022-nq04-hu'), status: 'ban-hanh', who, why: 'Nhập' }),
    );
    const nt = must(
      saveDocument(s.db, { orgId: 'HU-NHON-TRACH', content: fixture('nhon-trach-2024-nq09-hu'), status: 'ban-hanh', who, why: 'Nhập' }),
    );
    return { db: s.db, dt: dt.id, nt: nt.id };
  }

  it('finds "nông thôn mới" from "nong thon moi" and "Đức Trọng" from "duc trong"', () => {
    const { db, dt } = store();
    const hits = must(searchDocuments(db, 'nong thon moi'));
    expect(hits.map((h) => h.document.id)).toContain(dt);
    const first = hits.find((h) => h.document.id === dt);
    expect(first?.passage.text).toMatch(/nông thôn mới/i);
    expect(marked(first?.passage ?? { text: '', highlights: [] }).map((w) => w.toLowerCase())).toEqual(
      expect.arrayContaining(['nông', 'thôn', 'mới']),
    );
    // Nhơn Trạch's resolution has "đạo đức" and "trọng tâm" too; the phrase ranks Đức Trọng first.
    const duc = must(searchDocuments(db, 'duc trong'));
    expect(duc[0]?.document.id).toBe(dt);
    expect(duc[0]?.passage.text).toMatch(/Đức Trọng|ĐỨC TRỌNG/);
    expect(marked(duc[0]?.passage ?? { text: '', highlights: [] }).map((w) => w.toLowerCase())).toEqual(
      expect.arrayContaining(['đức', 'trọng']),
    );
    expect(duc[0]?.document).toMatchObject({ orgId: 'HU-DUC-TRONG', planYear: 2022, status: 'ban-hanh' });
    expect(must(searchDocuments(db, 'NHƠN TRẠCH')).map((h) => h.document.id)).not.toContain(dt);
  });

  it('reads of the text as written only the passage it shows: the same passage as from the whole text', () => {
    const { db, dt } = store();
    const original = (id: number) => String(db.prepare('SELECT original FROM document_search WHERE rowid = ?').pluck().get(id));
    const hit = must(searchDocuments(db, 'nong thon moi')).find((h) => h.document.id === dt);
    expect(hit?.passage).toEqual(findPassage(original(dt), queryTerms('nong thon moi')));
    // Folding that changes the length (ligature, NFD) or characters JavaScript counts twice (emoji):
    // the passage is then found in the whole text, as before.
    const content = fixture('nhon-trach-2024-nq09-hu');
    const odd = {
      ...content,
      planYear: 2031,
      title: { ...content.title, summary: '🌾 về ﬁ nông thôn mới 🌾 và Đức Trọng'.normalize('NFD') },
    };
    const id = must(saveDocument(db, { orgId: 'HU-NHON-TRACH', content: odd, status: 'du-thao', who, why: 'Thử' })).id;
    const found = must(searchDocuments(db, 'nong thon moi')).find((h) => h.document.id === id);
    expect(found?.passage).toEqual(findPassage(original(id), queryTerms('nong thon moi')));
    expect(marked(found?.passage ?? { text: '', highlights: [] }).map((w) => w.normalize('NFC'))).toEqual(
      expect.arrayContaining(['nông', 'thôn', 'mới']),
    );
  });

  it('searches targets, recipients and the signer, ranks with bm25, and filters by organization', () => {
    const { db, dt, nt } = store();
    const target = fixture('duc-trong-2022-nq04-hu').targets[0]?.name ?? '';
    expect(must(searchDocuments(db, foldText(target))).map((h) => h.document.id)).toContain(dt);
    expect(must(searchDocuments(db, 'nguyen ngoc phuc')).map((h) => h.document.id)).toEqual([dt]);
    const both = must(searchDocuments(db, 'kinh te xa hoi'));
    expect(both.map((h) => h.document.id).sort()).toEqual([dt, nt].sort());
    expect(both[0]?.score).toBeGreaterThanOrEqual(both[1]?.score ?? 0);
    expect(must(searchDocuments(db, 'kinh te xa hoi', { orgId: 'HU-NHON-TRACH' })).map((h) => h.document.id)).toEqual([nt]);
    expect(must(searchDocuments(db, 'kinh te', { limit: 1 }))).toHaveLength(1);
  });

  it('treats FTS syntax in the query as words, and an empty query finds nothing', () => {
    const { db } = store();
    expect(searchDocuments(db, '"nong thon" OR NEAR( -moi ^ {body}: *')).toMatchObject({ ok: true });
    expect(must(searchDocuments(db, '   ** ""'))).toEqual([]);
    expect(must(searchDocuments(db, 'xyzzyqwerty'))).toEqual([]);
  });

  it('matches the last word as a prefix (search as you type)', () => {
    const { db, dt, nt } = store();
    expect(must(searchDocuments(db, 'duc tro'))[0]?.document.id).toBe(dt);
    expect(must(searchDocuments(db, 'nhon tra')).map((h) => h.document.id)).toEqual([nt]);
  });

  it('keeps the index in step with the content on every save', () => {
    const { db } = seededStore();
    const d = must(saveDocument(db, { orgId: 'HU-DUC-TRONG', content: draft(2023), who, why: 'x' }));
    expect(must(searchDocuments(db, 'ben vung'))).toHaveLength(1);
    const edited = draft(2023, (doc) => {
      doc.body = [{ type: 'paragraph', runs: [{ type: 'text', text: 'Phát triển du lịch sinh thái.' }] }];
    });
    must(saveDocument(db, { id: d.id, content: edited, who, why: 'Viết lại' }));
    expect(must(searchDocuments(db, 'ben vung'))).toEqual([]);
    expect(must(searchDocuments(db, 'du lich sinh thai')).map((h) => h.document.id)).toEqual([d.id]);
    expect(db.prepare('SELECT count(*) FROM document_search').pluck().get()).toBe(1);
  });
});
