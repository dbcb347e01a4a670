import { describe, expect, it } from 'vitest';
import type { Resolution } from '../../../electron/contract/model/index.ts';
import { toStored, type DocumentRowWithContent } from '../../../electron/store/documentRows.ts';
import { getDocument } from '../../../electron/store/documents.ts';
import { checkContent, saveDocument } from '../../../electron/services/documentSave.ts';
import { foldText } from '../../../electron/store/fold.ts';
import { searchDocuments } from '../../../electron/store/search.ts';
import { fixture, must, seededStore } from './kit.ts';

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
