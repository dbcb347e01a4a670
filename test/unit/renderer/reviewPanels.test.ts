import { describe, expect, it } from 'vitest';
import type { Block } from '../../../electron/contract/model/body.ts';
import { documentStatuses } from '../../../electron/contract/model/status.ts';
import type { BlockDiff, ComparisonSummary, StatusEvent } from '../../../electron/contract/workflow.ts';
import { findProfile, DEFAULT_PROFILE_ID } from '../../../electron/format/profiles/index.ts';
import { bytesToBase64, uploadProblem } from '../../../renderer/app/files.ts';
import { localDate } from '../../../electron/format/dates.ts';
import { partEntries, partsText, sectionIndexes } from '../../../renderer/screens/copies/copyParts.ts';
import { recipientsToText, textToRecipients } from '../../../renderer/screens/copies/recipientsText.ts';
import { actionsFor, eventTitle, numberText, roundText } from '../../../renderer/panels/review/reviewActions.ts';
import { bodyRows, moveNote, sides, summaryText } from '../../../renderer/panels/versions/compareModel.ts';

const text = (t: string) => [{ type: 'text' as const, text: t }];

describe('the status bar', () => {
  it('offers only what the status allows: submit a draft, return or approve a submitted one, issue an approved one, copy an issued one', () => {
    const offered = Object.fromEntries(documentStatuses.map((s) => [s, actionsFor(s)]));
    expect(offered).toEqual({
      'du-thao': ['submit', 'save-version'],
      'trinh-duyet': ['return', 'approve', 'save-version'],
      'tra-lai': ['submit', 'save-version'],
      'da-duyet': ['return', 'issue', 'save-version'],
      'ban-hanh': ['sao-y', 'trich-sao'],
    });
  });

  it('says "Dự thảo lần N" until issued and prints the number once given', () => {
    expect(roundText('tra-lai', 2)).toBe('Dự thảo lần 2');
    expect(roundText('ban-hanh', 2)).toBeNull();
    expect(roundText('du-thao', null)).toBeNull();
    const rules = findProfile(DEFAULT_PROFILE_ID)?.numbering ?? { prefix: 'Số', leadingZeroBelow: 10, blankSeq: '' };
    expect(numberText({ seq: 1, typeCode: 'NQ', issuerCode: 'ĐU' }, rules)).toBe('Số 01-NQ/ĐU');
    expect(numberText({ seq: null, typeCode: 'NQ', issuerCode: 'ĐU' }, rules)).toBeNull();
  });

  it('names each step of the history', () => {
    const e = (from: StatusEvent['from'], to: StatusEvent['to'], kind: StatusEvent['kind'] = 'trang-thai'): StatusEvent => ({
      at: '',
      who: '',
      from,
      to,
      kind,
      reason: '',
      version: 1,
      draftRound: 1,
      number: null,
    });
    expect(
      [
        e(null, 'du-thao', 'tao'),
        e('du-thao', 'trinh-duyet'),
        e('trinh-duyet', 'tra-lai'),
        e('tra-lai', 'trinh-duyet'),
        e('trinh-duyet', 'da-duyet'),
        e('da-duyet', 'ban-hanh'),
      ].map(eventTitle),
    ).toEqual(['Tạo văn bản', 'Trình duyệt', 'Trả lại', 'Trình duyệt lại', 'Duyệt', 'Ban hành']);
  });
});

describe('trích sao: choosing parts', () => {
  const body: Block[] = [
    { type: 'heading', level: 'part', runs: text('KẾT QUẢ') },
    { type: 'heading', level: 'section', runs: text('Những kết quả đạt được') },
    { type: 'paragraph', runs: text('Kết quả thực hiện.') },
    { type: 'heading', level: 'section', runs: text('Hạn chế') },
    { type: 'bullet', marker: '-', runs: text('Một số chỉ tiêu chưa đạt.') },
    { type: 'heading', level: 'part', runs: text('NHIỆM VỤ') },
    { type: 'targets' },
  ];
  const profile = findProfile(DEFAULT_PROFILE_ID);
  if (!profile) throw new Error('thiếu bộ thể thức');
  const entries = partEntries(body, profile);

  it('numbers blocks from 1 as the copy request does, headings with their printed numbers', () => {
    expect(entries.map((e) => [e.index, e.label, e.text])).toEqual([
      [1, 'Phần thứ nhất', 'KẾT QUẢ'],
      [2, 'I.', 'Những kết quả đạt được'],
      [3, '', 'Kết quả thực hiện.'],
      [4, 'II.', 'Hạn chế'],
      [5, '-', 'Một số chỉ tiêu chưa đạt.'],
      [6, 'Phần thứ hai', 'NHIỆM VỤ'],
      [7, '', 'Danh sách chỉ tiêu'],
    ]);
  });

  it('takes a heading with everything under it, and writes the choice as ranges', () => {
    expect(sectionIndexes(entries, 1)).toEqual([1, 2, 3, 4, 5]);
    expect(sectionIndexes(entries, 4)).toEqual([4, 5]);
    expect(sectionIndexes(entries, 3)).toEqual([3]);
    expect(partsText([12, 3, 4, 5, 7, 6, 4])).toBe('3-7, 12');
    expect(partsText([])).toBe('');
  });
});

describe('Nơi nhận as a text box', () => {
  it('keeps a bracketed note as the line’s note, drops bullets, and the writer’s punctuation unless as written', () => {
    const lines = [{ text: 'Ban Thường vụ Tỉnh ủy', note: '(để báo cáo)' }, { text: 'Các chi bộ trực thuộc' }];
    expect(textToRecipients(recipientsToText(lines))).toEqual(lines);
    expect(textToRecipients('- Các chi bộ,\n\n- Lưu VP.')).toEqual([{ text: 'Các chi bộ' }, { text: 'Lưu VP' }]);
    expect(textToRecipients('- Các chi bộ,\n- Lưu VP.', true)).toEqual([{ text: 'Các chi bộ,' }, { text: 'Lưu VP.' }]);
  });
});

describe('the comparison on screen', () => {
  it('splits a word diff into the older side (struck words) and the newer side (added words)', () => {
    const words = [
      { op: 'equal' as const, text: 'Thu ngân sách ' },
      { op: 'delete' as const, text: '12' },
      { op: 'insert' as const, text: '15' },
      { op: 'equal' as const, text: ' tỷ đồng' },
    ];
    expect(
      sides(words)
        .before.map((w) => w.text)
        .join(''),
    ).toBe('Thu ngân sách 12 tỷ đồng');
    expect(
      sides(words)
        .after.map((w) => w.text)
        .join(''),
    ).toBe('Thu ngân sách 15 tỷ đồng');
  });

  it('folds runs of unchanged blocks when only changes are shown, and says where moved blocks went', () => {
    const body: BlockDiff[] = [
      { kind: 'equal', type: 'paragraph', before: 0, after: 0, text: 'a' },
      { kind: 'equal', type: 'paragraph', before: 1, after: 1, text: 'b' },
      { kind: 'added', type: 'paragraph', after: 2, text: 'c' },
      { kind: 'equal', type: 'paragraph', before: 2, after: 3, text: 'd' },
      { kind: 'moved-away', type: 'paragraph', before: 3, after: 5, text: 'e' },
    ];
    expect(bodyRows(body, true).map((r) => (r.kind === 'same' ? r.diffs.length : r.diff.kind))).toEqual([2, 'added', 1, 'moved-away']);
    expect(bodyRows(body, false)).toHaveLength(5);
    expect(moveNote(body[4] as BlockDiff)).toBe('đã chuyển đến vị trí 6');
  });

  it('sums the changes up in one sentence', () => {
    const none: ComparisonSummary = {
      blocksChanged: 0,
      blocksAdded: 0,
      blocksRemoved: 0,
      blocksMoved: 0,
      targetsChanged: 0,
      targetsAdded: 0,
      targetsRemoved: 0,
      fieldsChanged: 0,
      recipientsChanged: 0,
      same: false,
    };
    expect(summaryText({ ...none, same: true })).toBe('Hai phiên bản có nội dung giống hệt nhau.');
    expect(summaryText({ ...none, blocksChanged: 1, targetsAdded: 2 })).toBe('1 đoạn sửa, 2 chỉ tiêu thêm.');
    expect(summaryText(none)).toMatch(/định dạng/);
  });
});

describe('today in a date field', () => {
  it('is the local day as YYYY-MM-DD', () => {
    expect(localDate(new Date(2027, 0, 5))).toBe('2027-01-05');
  });
});

describe('picked files', () => {
  it('sends bytes as base64 (in chunks: large files too) and refuses an empty or too large file', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 31) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(uploadProblem({ name: 'a.docx', size: 0 })).toMatch(/rỗng/);
    expect(uploadProblem({ name: 'a.docx', size: 40 * 1024 * 1024 })).toMatch(/quá lớn/);
    expect(uploadProblem({ name: 'a.docx', size: 1000 })).toBeNull();
  });
});
