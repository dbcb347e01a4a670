import { renderDocx } from '../../electron/docx/pack.ts';
import type { Block, TargetNode } from '../../electron/contract/model/index.ts';
import { renderVersionDiff } from '../../electron/services/compare/trackedExport.ts';
import { fileSink, makeCopy, type CopyRequest } from '../../electron/services/copies/index.ts';
import { seedDemo } from '../../electron/services/demo.ts';
import { issueDocument, listRegister } from '../../electron/services/register.ts';
import { registerDocx } from '../../electron/services/registerExport.ts';
import { saveDocument } from '../../electron/services/documentSave.ts';
import { addTerm, openStore, saveOrganization } from '../../electron/store/index.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { provincialResolutionDocx } from '../fixtures/copies/provincialResolution.ts';
import { reviewFixture, reviewThreads } from '../unit/comments/kit.ts';
import { draft, ducTrongOrg, must } from '../unit/store/kit.ts';
import { approved, TERM_XII, TERM_XIII } from '../unit/workflow/kit.ts';
import { FIXTURES, loadResolution, profileFor } from './fixtures.ts';

/** One .docx of every kind the app writes, by a descriptive name. */
export const WORD_FILE_KINDS = [
  'van-ban-sample-minimal',
  'van-ban-duc-trong-2022-nq04-hu',
  'van-ban-nhon-trach-2024-nq09-hu',
  'ban-gop-y',
  'so-sanh',
  'sao-y',
  'trich-sao',
  'sao-luc-nhan-duoc',
  'so-dang-ky',
] as const;

export type WordFile = { name: string; bytes: Uint8Array };

const p = (text: string): Block => ({ type: 'paragraph', runs: [{ type: 'text', text }] });

/** Documents (the three fixtures, with their appendices) and the review copy with comments. */
async function documents(): Promise<WordFile[]> {
  const out: WordFile[] = [];
  for (const name of FIXTURES) {
    const doc = loadResolution(name);
    out.push({ name: `van-ban-${name}`, bytes: await renderDocx(doc, profileFor(doc)) });
  }
  const review = reviewFixture();
  out.push({ name: 'ban-gop-y', bytes: await renderDocx(review, profileFor(review), { comments: reviewThreads }) });
  return out;
}

/** A tracked-changes comparison of two saved versions. */
async function tracked(): Promise<WordFile> {
  const store = must(openStore(':memory:'));
  seedDemo(store.db);
  const v1 = draft(2026, (d) => {
    d.body = [p('Tiếp tục xây dựng nông thôn mới nâng cao.'), p('Đoạn văn sẽ bị bỏ.'), { type: 'targets' }];
  });
  const saved = must(saveDocument(store.db, { orgId: 'HU-DUC-TRONG', content: v1, who: 'Chuyên viên', why: 'Dự thảo lần 1' }));
  const v2 = draft(2026, (d) => {
    d.body = [p('Tiếp tục xây dựng nông thôn mới kiểu mẫu.'), { type: 'targets' }];
    const target = (d.targets as TargetNode[] | undefined)?.[1];
    if (target) target.value = { written: '812,5', parsed: { kind: 'exact', value: 812.5, direction: 'exact' } };
  });
  must(saveDocument(store.db, { id: saved.id, content: v2, who: 'Lê Thị Hoa', why: 'Sửa' }));
  const made = must(await renderVersionDiff(store.db, { id: saved.id, from: 1, to: 2 }));
  store.close();
  return { name: 'so-sanh', bytes: made.bytes };
}

/** Certified copies of our own document and of a received file, and the number register. */
async function copiesAndRegister(work: string): Promise<WordFile[]> {
  const store = must(openStore(join(work, 'kho.sqlite')));
  must(seedDemo(store.db));
  const received = await provincialResolutionDocx(6);
  const out: WordFile[] = [];
  const copy = async (name: string, req: Omit<CopyRequest, 'who'>): Promise<void> => {
    const path = join(work, `${name}.docx`);
    must(await makeCopy(store.db, { ...req, who: 'kiểm thử' }, fileSink(path)));
    out.push({ name, bytes: new Uint8Array(readFileSync(path)) });
  };
  await copy('sao-y', { kind: 'sao-y', source: { documentId: 1 }, date: '2022-01-06' });
  await copy('trich-sao', { kind: 'trich-sao', source: { documentId: 1 }, parts: '1-3', includeAppendix: true, date: '2022-01-06' });
  await copy('sao-luc-nhan-duoc', {
    kind: 'sao-luc',
    source: { received, fileName: 'tinh-uy.docx' },
    orgId: 'HU-DUC-TRONG',
    date: '2022-01-05',
  });
  store.close();

  const reg = must(openStore(':memory:'));
  must(saveOrganization(reg.db, ducTrongOrg));
  must(addTerm(reg.db, TERM_XII));
  must(addTerm(reg.db, TERM_XIII));
  const doc = approved(reg.db);
  must(issueDocument(reg.db, { id: doc.id, date: '2025-12-10', who: 'Văn thư' }));
  out.push({ name: 'so-dang-ky', bytes: await registerDocx(must(listRegister(reg.db, { orgId: 'HU-DUC-TRONG' }))) });
  reg.close();
  return out;
}

/** Every kind of .docx the app writes; copies go through `work` (a temp folder of the caller). */
export async function everyWordFile(work: string): Promise<WordFile[]> {
  return [...(await documents()), await tracked(), ...(await copiesAndRegister(work))];
}
