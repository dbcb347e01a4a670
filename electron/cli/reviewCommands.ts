import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { DecisionOutcome, ReviewImportReport, Suggestion } from '../contract/model/review.ts';
import { runVerb } from './call.ts';
import { callOptions, type Call } from './commandTable.ts';
import { EXIT_FAILURE, EXIT_OK, type Io } from './output.ts';
import type { reviewOptions } from './table/documents.ts';
import { formatDateTime } from '../format/dates.ts';
import { suggestionKindNames, suggestionStateNames } from '../format/suggestionNames.ts';

function what(s: Suggestion): string {
  const parts = [s.deleted ? `bỏ “${s.deleted}”` : '', s.inserted ? `thêm “${s.inserted}”` : ''].filter(Boolean);
  return parts.join(', ') || (s.kind === 'format' ? 'đổi định dạng' : '');
}

export function suggestionLine(s: Suggestion): string {
  const when = s.madeAt ? `, ${formatDateTime(s.madeAt)}` : '';
  const state = suggestionStateNames[s.state].toLocaleLowerCase('vi');
  return `#${s.id} ${suggestionKindNames[s.kind]} — ${s.place}: ${what(s)} (${s.author || 'không rõ người'}${when}) [${state}]`;
}

function showImport(io: Io, json: boolean, r: ReviewImportReport): number {
  if (json) {
    io.out(JSON.stringify(r, null, 2));
    return EXIT_OK;
  }
  io.out(
    `Đã nhập góp ý từ ${r.source} vào văn bản #${r.documentId}: ${r.comments.length} ý kiến, ${r.suggestions.length} góp ý sửa, ${r.unplaced.length} không đặt được.`,
  );
  if (r.reviewers.length > 0) io.out(`Người góp ý: ${r.reviewers.join(', ')}.`);
  for (const c of r.comments) {
    const where = c.placed === 'none' ? ` [không đặt được${c.place ? `: ${c.place}` : ''}]` : c.place ? ` (${c.place})` : '';
    io.out(`Ý kiến của ${c.author}${c.quote ? ` về “${c.quote}”` : ''}${where}: ${c.body}`);
    for (const reply of c.replies) io.out(`  Trả lời của ${reply.author}: ${reply.body}`);
  }
  for (const s of [...r.suggestions, ...r.unplaced]) io.out(suggestionLine(s));
  if (r.alreadyImported > 0) io.out(`${r.alreadyImported} mục đã được nhập trước đó: bỏ qua, không nhập lại.`);
  return EXIT_OK;
}

function showDecision(io: Io, json: boolean, decision: 'accept' | 'reject', d: DecisionOutcome): number {
  if (json) {
    io.out(JSON.stringify(d, null, 2));
    return EXIT_OK;
  }
  io.out(`Đã ${decision === 'accept' ? 'chấp nhận' : 'bỏ qua'} ${d.decided.length} góp ý (văn bản ở phiên bản ${d.version}).`);
  for (const c of d.conflicts) io.out(`Chưa áp dụng được góp ý #${c.id}: ${c.message}`);
  return EXIT_OK;
}

/** soan-nq review export | import | list | accept | reject: each a contract verb through cli/call.ts. */
export async function review({ io, values, positionals, usage }: Call<typeof reviewOptions>): Promise<number> {
  const [action, ...rest] = positionals;
  const id = values.id !== undefined && /^\d+$/.test(values.id) ? Number(values.id) : null;
  if (id === null) return usage('cần --id <số văn bản trong kho>.');
  const options = callOptions(values, values.out);
  const json = values.json === true;
  switch (action) {
    case 'export':
      if (!values.out) return usage('cần -o <tệp.docx>.');
      return runVerb(
        io,
        'exportReviewCopy',
        { id },
        options,
        (o) => (io.out(o.kind === 'saved' ? `Đã xuất bản góp ý ${o.path}.` : 'Chưa xuất tệp.'), EXIT_OK),
      );
    case 'import': {
      const file = rest[0];
      if (!file || rest.length > 1) return usage('cần đúng một tệp .docx góp ý.');
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch {
        io.err(`Lỗi: không đọc được tệp "${file}".`);
        return EXIT_FAILURE;
      }
      const request = { id, fileName: basename(file), base64: bytes.toString('base64') };
      return runVerb(io, 'importWordReview', request, options, (r) => showImport(io, json, r));
    }
    case 'list':
      return runVerb(io, 'listSuggestions', { id }, options, (list) => {
        if (json) io.out(JSON.stringify(list, null, 2));
        else if (list.length === 0) io.out('Văn bản chưa có góp ý sửa nào.');
        else for (const s of list) io.out(suggestionLine(s));
        return EXIT_OK;
      });
    case 'accept':
    case 'reject': {
      const numbers = (values.suggestion ?? []).map((k) => (/^\d+$/.test(k) ? Number(k) : NaN));
      if (numbers.some((n) => Number.isNaN(n)) || (values.all === true) === numbers.length > 0) {
        return usage('chọn --all hoặc --suggestion <số góp ý> (một hoặc nhiều).');
      }
      const request = { id, decision: action, all: values.all === true, suggestions: numbers };
      return runVerb(io, 'decideSuggestions', request, options, (d) => showDecision(io, json, action, d));
    }
    default:
      return usage(`không có lệnh "review ${action ?? ''}".`);
  }
}
