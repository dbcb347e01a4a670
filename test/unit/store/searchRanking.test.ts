import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deleteDocument } from '../../../electron/services/bin.ts';
import { saveDocument } from '../../../electron/services/documentSave.ts';
import { openStore, type Store } from '../../../electron/store/connection.ts';
import { ftsQuery, queryTerms } from '../../../electron/store/fold.ts';
import { saveOrganization } from '../../../electron/store/organizations.ts';
import { searchDocuments } from '../../../electron/store/search.ts';
import { isCommonQuery, searchWords } from '../../../electron/store/searchRank.ts';
import { draft, ducTrongOrg, must, nhonTrachOrg, tickingClock } from './kit.ts';

const work = mkdtempSync(join(tmpdir(), 'soan-nq-search-rank-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const who = 'Chuyên viên Văn phòng';

/** A database file of its own with four district committees (so that one of them is a quarter of all). */
function fileStore(name: string): Store {
  const store = must(openStore(join(work, `${name}.sqlite`), { now: tickingClock() }));
  must(saveOrganization(store.db, ducTrongOrg));
  must(saveOrganization(store.db, nhonTrachOrg));
  for (const [id, place] of [
    ['HU-DI-LINH', 'Di Linh'],
    ['HU-LAM-HA', 'Lâm Hà'],
  ] as const) {
    must(saveOrganization(store.db, { ...ducTrongOrg, id, name: `HUYỆN ỦY ${place.toUpperCase()}`, place }));
  }
  return store;
}

const NAMES: Record<string, { name: string; place: string }> = {
  'HU-DUC-TRONG': { name: 'HUYỆN ỦY ĐỨC TRỌNG', place: 'Đức Trọng' },
  'HU-NHON-TRACH': { name: 'HUYỆN ỦY NHƠN TRẠCH', place: 'Nhơn Trạch' },
  'HU-DI-LINH': { name: 'HUYỆN ỦY DI LINH', place: 'Di Linh' },
  'HU-LAM-HA': { name: 'HUYỆN ỦY LÂM HÀ', place: 'Lâm Hà' },
};

/** Saves a draft of `orgId` with this summary (title) and one paragraph of body; returns its id. */
function save(store: Store, orgId: string, year: number, summary: string, text: string): number {
  const body = NAMES[orgId] ?? { name: '', place: '' };
  const content = draft(year, (doc) => {
    doc.header.issuingBody = body.name;
    doc.header.place = body.place;
    doc.title.summary = summary;
    doc.body = [{ type: 'paragraph', runs: [{ type: 'text', text }] }];
    doc.targets = [];
    doc.signature.name = 'Trần Văn An';
  });
  return must(saveDocument(store.db, { orgId, content, who, why: 'Thử' })).id;
}

const ids = (store: Store, query: string, limit?: number) =>
  must(searchDocuments(store.db, query, limit === undefined ? {} : { limit })).map((h) => h.document.id);

describe('search order when every word is in most documents', () => {
  const store = fileStore('common');
  const titlePhrase = save(store, 'HU-NHON-TRACH', 2020, 'Về giảm nghèo bền vững năm 2020', 'Các nhiệm vụ của năm.');
  const titleWords = save(store, 'HU-NHON-TRACH', 2021, 'Về phát triển bền vững và giảm hộ nghèo năm 2021', 'Các nhiệm vụ của năm.');
  const bodyPhrase = save(store, 'HU-NHON-TRACH', 2022, 'Về kinh tế năm 2022', 'Thực hiện giảm nghèo bền vững ở các xã.');
  const scattered = save(store, 'HU-DI-LINH', 2022, 'Về kinh tế năm 2022', 'Giảm tỷ lệ hộ nghèo; phát triển bền vững.');
  const scatteredNewer = save(store, 'HU-LAM-HA', 2022, 'Về kinh tế năm 2022', 'Phát triển bền vững, giảm số hộ nghèo.');
  const unrelated = save(store, 'HU-LAM-HA', 2023, 'Về quốc phòng năm 2023', 'Giữ vững an ninh chính trị.');

  it('knows a common query from one with a rare word by the index’s own counts', () => {
    const common = (query: string) => isCommonQuery(store.db, searchWords(store.db, queryTerms(query)));
    expect(common('giảm nghèo bền vững')).toBe(true);
    expect(common('giảm nghèo thực hiện')).toBe(false);
    // A word being typed counts by the commonest word it begins ("vững"), else as rare.
    expect(common('giảm nghèo bền vữn')).toBe(true);
    expect(common('giảm nghèo xyz')).toBe(false);
  });

  it('puts the words side by side in the title first, then all the words in the title, then side by side anywhere, then the rest newest first', () => {
    const hits = must(searchDocuments(store.db, 'giam ngheo ben vung'));
    expect(hits.map((h) => h.document.id)).toEqual([titlePhrase, titleWords, bodyPhrase, scatteredNewer, scattered]);
    expect(hits.map((h) => h.document.id)).not.toContain(unrelated);
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(hits[2]?.passage.text).toContain('giảm nghèo bền vững');
    // Words side by side as the index reads them: punctuation between them does not part them.
    expect(ids(store, 'ngheo phat trien')).toEqual([titleWords, scattered, scatteredNewer]);
  });

  it('takes a last word of one or two letters whole when the index has it, and leaves it out while it is still being typed', () => {
    expect(searchWords(store.db, queryTerms('giảm nghèo bền vững'))).toEqual({ terms: ['giam', 'ngheo', 'ben', 'vung'], prefix: true });
    // "hộ" is in half of the documents: a word typed in full, not the start of "học", "hồ" …
    expect(searchWords(store.db, queryTerms('giảm hộ'))).toEqual({ terms: ['giam', 'ho'], prefix: false });
    // "gi" and "t" are no words of the index: the query is what was typed before them.
    expect(searchWords(store.db, queryTerms('giảm nghèo bền vững gi t'))).toEqual({
      terms: ['giam', 'ngheo', 'ben', 'vung'],
      prefix: true,
    });
    expect(searchWords(store.db, queryTerms('t'))).toEqual({ terms: ['t'], prefix: false });
    // "ở" is in one document of six: still a word of the index, searched whole (as "09" in "NQ 09" would be).
    expect(searchWords(store.db, queryTerms('giảm nghèo ở'))).toEqual({ terms: ['giam', 'ngheo', 'o'], prefix: false });
    expect(ids(store, 'giảm nghèo ở')).toEqual([bodyPhrase]);
    expect(ids(store, 'giam ngheo ben vung t')).toEqual(ids(store, 'giam ngheo ben vung'));
    expect(ids(store, 'giam ho')).toEqual([titleWords, scatteredNewer, scattered]);
  });

  it('orders the same on a read-only connection (the index’s word counts need no write)', () => {
    const reader = must(openStore(join(work, 'common.sqlite'), { readonly: true }));
    expect(must(searchDocuments(reader.db, 'giam ngheo ben vung')).map((h) => h.document.id)).toEqual(ids(store, 'giam ngheo ben vung'));
    must(reader.close());
  });

  it('reads only as many as it shows, and takes none from the bin', () => {
    expect(ids(store, 'giam ngheo ben vung', 2)).toEqual([titlePhrase, titleWords]);
    must(deleteDocument(store.db, { id: titleWords, who }));
    expect(ids(store, 'giam ngheo ben vung', 2)).toEqual([titlePhrase, bodyPhrase]);
    expect(ids(store, 'giam ngheo ben vung')).toEqual([titlePhrase, bodyPhrase, scatteredNewer, scattered]);
  });
});

describe('search order for a body the query names', () => {
  it('shows the documents of the committee named first, newest first, before documents that only mention it', () => {
    const store = fileStore('named');
    const own = save(store, 'HU-DUC-TRONG', 2021, 'Về kinh tế năm 2021', 'Huyện Đức Trọng phát triển nông nghiệp.');
    const ownNewer = save(store, 'HU-DUC-TRONG', 2022, 'Về kinh tế năm 2022', 'Tiếp tục phát triển nông nghiệp.');
    const mentions = save(store, 'HU-NHON-TRACH', 2022, 'Về kinh tế năm 2022', 'Học tập mô hình của huyện Đức Trọng.');
    // "Hoài Đức trong" folds to the same words as "Đức Trọng".
    const lookalike = save(store, 'HU-DI-LINH', 2022, 'Về kinh tế năm 2022', 'Như huyện Hoài Đức trong năm qua.');
    save(store, 'HU-LAM-HA', 2022, 'Về kinh tế năm 2022', 'Phát triển du lịch.');
    expect(isCommonQuery(store.db, searchWords(store.db, queryTerms('Đức Trọng')))).toBe(true);
    expect(ids(store, 'Đức Trọng')).toEqual([ownNewer, own, lookalike, mentions]);
  });
});

describe('search order when a word is rare', () => {
  it('keeps bm25 (title words weigh four times), the words side by side first, and asks again past documents in the bin', () => {
    const store = fileStore('rare');
    const once = save(store, 'HU-NHON-TRACH', 2020, 'Về kinh tế năm 2020', 'Trồng sầu riêng ở một xã.');
    const often = save(store, 'HU-NHON-TRACH', 2021, 'Về kinh tế năm 2021', 'Sầu riêng, sầu riêng và sầu riêng.');
    const inTitle = save(store, 'HU-DI-LINH', 2022, 'Về cây sầu riêng năm 2022', 'Phát triển nông nghiệp.');
    const apart = save(store, 'HU-DI-LINH', 2023, 'Về kinh tế năm 2023', 'Riêng xã này trồng cây sầu.');
    for (const year of [2024, 2025, 2026, 2027, 2028]) save(store, 'HU-LAM-HA', year, `Về kinh tế năm ${year}`, 'Phát triển du lịch.');
    const terms = queryTerms('sầu riêng');
    expect(isCommonQuery(store.db, searchWords(store.db, terms))).toBe(false);
    const bm25 = store.db
      .prepare<[string], number>(
        'SELECT rowid FROM document_search WHERE document_search MATCH ? ORDER BY bm25(document_search, 4.0, 1.0, 0.0)',
      )
      .pluck()
      .all(ftsQuery(terms) ?? '');
    const phrase = bm25.filter((id) => id !== apart);
    expect(ids(store, 'sau rieng')).toEqual([...phrase, apart]);
    expect(phrase[0]).toBe(inTitle);
    expect(new Set(phrase)).toEqual(new Set([once, often, inTitle]));
    must(deleteDocument(store.db, { id: inTitle, who }));
    expect(ids(store, 'sau rieng', 1)).toEqual([phrase[1]]);
  });
});
