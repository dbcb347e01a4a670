import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Resolution } from '../../../electron/contract/model/index.ts';
import { toStored, type DocumentRowWithContent } from '../../../electron/store/documentRows.ts';
import { getDocument } from '../../../electron/store/documents.ts';
import { checkContent, saveDocument } from '../../../electron/services/documentSave.ts';
import { foldText } from '../../../electron/store/fold.ts';
import { searchDocuments } from '../../../electron/store/search.ts';
import { documentSearchText } from '../../../electron/store/searchText.ts';
import { SEARCH_IDLE_MS } from '../../../electron/services/searchIdle.ts';
import { openStore } from '../../../electron/store/connection.ts';
import { saveOrganization } from '../../../electron/store/organizations.ts';
import { fixture, must, nhonTrachOrg, seededStore } from './kit.ts';

/** What a save does and does not redo (issue 17: the office server's save under load). */
const who = 'Chuyên viên Văn phòng';
type Entry = { heading: string; body: string; original: string };
const entryOf = (db: ReturnType<typeof seededStore>['db'], id: number) =>
  db.prepare<[number], Entry>('SELECT heading, body, original FROM document_search WHERE rowid = ?').get(id);
const withSummary = (doc: Resolution, summary: string): Resolution => ({ ...doc, title: { ...doc.title, summary } });

describe('a save does only the work its change needs', () => {
  it('folds the title block alone when the body is unchanged, and the whole entry when the body changes; search finds each', () => {
    const { db } = seededStore();
    const doc = fixture('nhon-trach-2024-nq09-hu');
    const first = must(saveDocument(db, { orgId: 'HU-NHON-TRACH', content: doc, who, why: 'Nhập' }));
    const before = entryOf(db, first.id);
    const second = must(
      saveDocument(db, {
        id: first.id,
        expectedVersion: 1,
        content: withSummary(doc, 'Về nhiệm vụ năm 2025 của Nhơn Trạch'),
        who,
        why: 'Sửa',
      }),
    );
    const after = entryOf(db, second.id);
    expect(after?.body).toBe(before?.body);
    expect(after?.heading).toContain(foldText('Về nhiệm vụ năm 2025 của Nhơn Trạch'));
    expect(after?.original.startsWith(`${doc.title.documentType}\n`)).toBe(true);
    expect(must(searchDocuments(db, 'nhiem vu nam 2025')).map((h) => h.document.id)).toEqual([second.id]);
    // The body changed: folded again; the old words are gone from the index.
    const body = [{ type: 'paragraph' as const, runs: [{ type: 'text' as const, text: 'Phát triển cây sầu riêng Long Thành' }] }];
    must(saveDocument(db, { id: first.id, expectedVersion: 2, content: { ...withSummary(doc, 'Tóm tắt'), body }, who, why: 'Sửa' }));
    expect(entryOf(db, first.id)?.body).toContain('sau rieng long thanh');
    expect(must(searchDocuments(db, 'sau rieng')).map((h) => h.document.id)).toEqual([first.id]);
    expect(must(searchDocuments(db, 'nhiem vu nam 2025'))).toEqual([]);
  });

  it('leaves the search entry untouched when nothing searchable changed (the date)', () => {
    const { db } = seededStore();
    const doc = fixture('nhon-trach-2024-nq09-hu');
    const first = must(saveDocument(db, { orgId: 'HU-NHON-TRACH', content: doc, who, why: 'Nhập' }));
    db.prepare("UPDATE document_search SET original = 'đánh dấu' WHERE rowid = ?").run(first.id);
    const marked = must(
      saveDocument(db, {
        id: first.id,
        expectedVersion: 1,
        content: { ...doc, header: { ...doc.header, date: '2024-12-20' } },
        who,
        why: 'Sửa',
      }),
    );
    expect(marked.version).toBe(2);
    expect(entryOf(db, first.id)?.original).toBe('đánh dấu');
  });

  it('reads back the content it wrote without the schema, equal to what the schema gives, and checks text changed elsewhere', () => {
    const { db } = seededStore();
    const doc = fixture('nhon-trach-2024-nq09-hu');
    const saved = must(saveDocument(db, { orgId: 'HU-NHON-TRACH', content: doc, who, why: 'Nhập' }));
    const row = db.prepare<[number], DocumentRowWithContent>('SELECT * FROM documents WHERE id = ?').get(saved.id);
    if (row === undefined) throw new Error('no row');
    const read = must(getDocument(db, saved.id));
    expect(read.content).toEqual(must(toStored(row)).content);
    expect(read.content).not.toBe(saved.content);
    // Another connection (or a tool) wrote text the schema refuses: checked, not trusted.
    db.prepare('UPDATE documents SET content = ? WHERE id = ?').run(JSON.stringify({ ...doc, planYear: 'năm sau' }), saved.id);
    expect(getDocument(db, saved.id)).toMatchObject({ ok: false, error: { code: 'READ_FAILED' } });
  });

  it('checks content made by the app before it is saved, and keeps version checks', () => {
    const { db } = seededStore();
    const doc = fixture('nhon-trach-2024-nq09-hu');
    const bad = checkContent({ ...doc, planYear: 1 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const first = must(saveDocument(db, { orgId: 'HU-NHON-TRACH', content: doc, who, why: 'Nhập' }));
    must(saveDocument(db, { id: first.id, expectedVersion: 1, content: withSummary(doc, 'Một'), who, why: 'Sửa' }));
    const stale = saveDocument(db, { id: first.id, expectedVersion: 1, content: withSummary(doc, 'Hai'), who, why: 'Sửa' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(must(getDocument(db, first.id)).content.title.summary).toBe('Một');
  });
});

describe("an autosave's search entry waits until it is needed (issue 15: the keystroke must not wait on it)", () => {
  const paragraph = (text: string) => ({ type: 'paragraph' as const, runs: [{ type: 'text' as const, text }] });
  const waiting = (db: ReturnType<typeof seededStore>['db']) =>
    db.prepare<[], number>('SELECT document_id FROM search_waiting ORDER BY document_id').pluck().all();
  afterEach(() => {
    vi.useRealTimers();
  });

  it('leaves the entry as it was and notes the document; the next search indexes it first and finds the new words', () => {
    const { db } = seededStore();
    const doc = fixture('nhon-trach-2024-nq09-hu');
    const first = must(saveDocument(db, { orgId: 'HU-NHON-TRACH', content: doc, who, why: 'Nhập' }));
    const entry = entryOf(db, first.id);
    const body = [...doc.body, paragraph('Trồng thêm cây xoài cát Hòa Lộc')];
    must(saveDocument(db, { id: first.id, expectedVersion: 1, content: { ...doc, body }, who, why: 'Tự động lưu', autosave: true }));
    expect(entryOf(db, first.id)).toEqual(entry);
    expect(waiting(db)).toEqual([first.id]);
    expect(must(searchDocuments(db, 'xoai cat hoa loc')).map((h) => h.document.id)).toEqual([first.id]);
    expect(waiting(db)).toEqual([]);
    expect(entryOf(db, first.id)?.body).toContain(foldText('Trồng thêm cây xoài cát Hòa Lộc'));
  });

  it('a save that is not an autosave makes the whole entry of a waiting document, not only the part its own change touched', () => {
    const { db } = seededStore();
    const doc = fixture('nhon-trach-2024-nq09-hu');
    const first = must(saveDocument(db, { orgId: 'HU-NHON-TRACH', content: doc, who, why: 'Nhập' }));
    const body = [paragraph('Phát triển cây sầu riêng Long Thành')];
    const typed = { ...doc, body };
    must(saveDocument(db, { id: first.id, expectedVersion: 1, content: typed, who, why: 'Tự động lưu', autosave: true }));
    // "Lưu phiên bản" with the summary changed alone: the body in the index must be the autosaved one.
    must(saveDocument(db, { id: first.id, expectedVersion: 2, content: withSummary(typed, 'Về cây ăn quả'), who, why: 'Phiên bản' }));
    expect(waiting(db)).toEqual([]);
    const whole = documentSearchText(withSummary(typed, 'Về cây ăn quả'));
    expect(entryOf(db, first.id)).toEqual({
      heading: foldText(whole.heading),
      body: foldText(whole.body),
      original: `${whole.heading}\n${whole.body}`,
    });
    expect(entryOf(db, first.id)?.body).toContain(foldText('Phát triển cây sầu riêng Long Thành'));
  });

  it('indexes the waiting documents once no autosave has come for a while, each autosave putting the time back', () => {
    vi.useFakeTimers();
    const { db } = seededStore();
    const doc = fixture('nhon-trach-2024-nq09-hu');
    const first = must(saveDocument(db, { orgId: 'HU-NHON-TRACH', content: doc, who, why: 'Nhập' }));
    let version = 1;
    for (const word of ['một', 'hai']) {
      const body = [...doc.body, paragraph(`Đoạn gõ thêm ${word}`)];
      version = must(
        saveDocument(db, { id: first.id, expectedVersion: version, content: { ...doc, body }, who, why: 'Tự động lưu', autosave: true }),
      ).version;
      vi.advanceTimersByTime(SEARCH_IDLE_MS - 1);
      expect(waiting(db)).toEqual([first.id]);
    }
    vi.advanceTimersByTime(1);
    expect(waiting(db)).toEqual([]);
    expect(entryOf(db, first.id)?.body).toContain(foldText('Đoạn gõ thêm hai'));
  });

  it('indexes the waiting documents when the database is closed; a read-only connection, or one that finds the file locked, searches without them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'soan-nq-search-waiting-'));
    try {
      const path = join(dir, 'du-lieu.sqlite');
      const store = must(openStore(path));
      must(saveOrganization(store.db, nhonTrachOrg));
      const doc = fixture('nhon-trach-2024-nq09-hu');
      const first = must(saveDocument(store.db, { orgId: 'HU-NHON-TRACH', content: doc, who, why: 'Nhập' }));
      const body = [...doc.body, paragraph('Trồng thêm cây xoài cát Hòa Lộc')];
      must(
        saveDocument(store.db, { id: first.id, expectedVersion: 1, content: { ...doc, body }, who, why: 'Tự động lưu', autosave: true }),
      );
      // A read-only connection cannot index: it searches what is there, without failing.
      const reader = must(openStore(path, { readonly: true }));
      expect(must(searchDocuments(reader.db, 'xoai cat hoa loc'))).toEqual([]);
      must(reader.close());
      // Another connection holds the write lock: the search does not fail, it reads the entries as they are.
      const other = must(openStore(path));
      other.db.exec('BEGIN IMMEDIATE');
      store.db.pragma('busy_timeout = 50');
      expect(must(searchDocuments(store.db, 'xoai cat hoa loc'))).toEqual([]);
      other.db.exec('ROLLBACK');
      expect(waiting(store.db)).toEqual([first.id]);
      must(store.close());
      must(other.close());
      const again = must(openStore(path, { readonly: true }));
      expect(waiting(again.db)).toEqual([]);
      expect(must(searchDocuments(again.db, 'xoai cat hoa loc')).map((h) => h.document.id)).toEqual([first.id]);
      must(again.close());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
