import type { Block } from '../../../electron/contract/model/body.ts';
import type { Resolution } from '../../../electron/contract/model/resolution.ts';
import type { StoredDocument } from '../../../electron/contract/model/office.ts';
import { inlineLists } from '../../../electron/contract/model/commentAnchors.ts';
import type { Db } from '../../../electron/store/db.ts';
import { saveDocument } from '../../../electron/services/documentSave.ts';
import type { ReviewThread } from '../../../electron/docx/comments.ts';
import { loadResolution } from '../../support/fixtures.ts';
import { draft, must } from '../store/kit.ts';

export const A = '11111111-1111-4111-8111-111111111111';
export const B = '22222222-2222-4222-8222-222222222222';
export const C = '33333333-3333-4333-8333-333333333333';

/** A draft whose second block reads "Tiếp tục xây dựng nông thôn mới nâng cao, phát triển kinh tế bền vững." */
export function savedDraft(db: Db, patch: (doc: Resolution) => Resolution = (d) => d): StoredDocument {
  return must(saveDocument(db, { orgId: 'HU-DUC-TRONG', content: patch(draft(2023)), who: 'Thư ký', why: 'Tạo dự thảo' }));
}

/** The draft's body with comment `id` on "nông thôn mới" of the paragraph (and `other` on "bền vững" when given). */
export function markedBody(id: string, other?: string): Block[] {
  const body = draft(2023).body;
  return body.map((block): Block =>
    block.type === 'paragraph'
      ? {
          ...block,
          runs: [
            { type: 'text', text: 'Tiếp tục xây dựng ' },
            { type: 'text', text: 'nông thôn mới', comments: [id] },
            { type: 'text', text: ' nâng cao, phát triển kinh tế ' },
            other ? { type: 'text', text: 'bền vững', comments: [other] } : { type: 'text', text: 'bền vững' },
            { type: 'text', text: '.' },
          ],
        }
      : block,
  );
}

/** `blocks` with comment `id` added on the first occurrence of `text` inside one text run of block `index`. */
export function markIn(blocks: readonly Block[], index: number, text: string, id: string): Block[] {
  return blocks.map((block, i): Block => {
    if (i !== index || !('runs' in block)) return block;
    const at = block.runs.findIndex((r) => r.type === 'text' && r.text.includes(text));
    const run = block.runs[at];
    if (run?.type !== 'text') throw new Error(`Không thấy "${text}" trong khối ${index}`);
    const start = run.text.indexOf(text);
    const pieces = [
      { ...run, text: run.text.slice(0, start) },
      { ...run, text, comments: [...(run.comments ?? []), id] },
      { ...run, text: run.text.slice(start + text.length) },
    ].filter((p) => p.text !== '');
    return { ...block, runs: [...block.runs.slice(0, at), ...pieces, ...block.runs.slice(at + 1)] };
  });
}

/** sample-minimal with A on "nhiều chỉ tiêu đạt và vượt" and B from "cà phê tái canh" (a bullet) to "ghép cải tạo" (the next one). */
export function reviewFixture(): Resolution {
  const doc = loadResolution('sample-minimal');
  let body = markIn(doc.body, 2, 'nhiều chỉ tiêu đạt và vượt', A);
  body = markIn(body, 6, 'cà phê tái canh đạt 120 ha;', B);
  body = markIn(body, 7, 'trong đó ghép cải tạo', B);
  return { ...doc, body };
}

export const reviewThreads: ReviewThread[] = [
  {
    id: B,
    author: 'Trần Thị Bình',
    createdAt: '2025-12-02T09:00:00.000Z',
    body: 'Số liệu cà phê cần đối chiếu với báo cáo của phòng Nông nghiệp.',
    quote: 'cà phê tái canh',
    replies: [],
  },
  {
    id: A,
    author: 'Nguyễn Văn An',
    createdAt: '2025-12-01T08:00:00.000Z',
    body: 'Nêu cụ thể bao nhiêu chỉ tiêu.',
    quote: 'nhiều chỉ tiêu đạt và vượt',
    replies: [{ author: 'Lê Văn Cường', createdAt: '2025-12-01T10:00:00.000Z', body: 'Đã bổ sung: 15/17 chỉ tiêu.' }],
  },
  { id: C, author: 'Nguyễn Văn An', createdAt: '2025-12-03T08:00:00.000Z', body: 'Đoạn này đâu rồi?', quote: 'đoạn đã xóa', replies: [] },
];

/** Three words from the first paragraph of a document's body, to comment on. */
export function phraseOf(doc: StoredDocument): string {
  for (const block of doc.content.body) {
    const run = block.type === 'paragraph' ? block.runs[0] : undefined;
    const words = run?.type === 'text' ? run.text.split(' ') : [];
    if (words.length >= 6) return words.slice(2, 5).join(' ');
  }
  throw new Error('Văn bản không có đoạn văn nào đủ dài');
}

/** The text runs of a stored document that carry comment `id`. */
export function anchoredText(doc: StoredDocument, id: string): string {
  return inlineLists(doc.content.body)
    .flat()
    .map((r) => (r.type === 'text' && r.comments?.includes(id) ? r.text : ''))
    .join('');
}
