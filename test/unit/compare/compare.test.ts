import { describe, expect, it } from 'vitest';
import type { Block, Resolution, ResolutionInput, TargetNode } from '../../../electron/contract/model/index.ts';
import { compareResolutions, wordDiff } from '../../../electron/services/compare/index.ts';
import { align, lcsPairs } from '../../../electron/services/compare/lcs.ts';
import { draft, fixture } from '../store/kit.ts';

const p = (text: string): Block => ({ type: 'paragraph', runs: [{ type: 'text', text }] });
const withBody = (body: Block[], patch: (d: ResolutionInput) => void = () => {}): Resolution =>
  draft(2026, (d) => {
    d.body = body;
    patch(d);
  });

const A = 'Phát triển kinh tế nhanh và bền vững, giữ vững quốc phòng - an ninh.';
const B = 'Đẩy mạnh chuyển đổi số trong các cơ quan Đảng, Nhà nước.';
const C = 'Nâng cao chất lượng giáo dục, y tế và chăm sóc sức khỏe Nhân dân.';
const D = 'Xây dựng Đảng bộ trong sạch, vững mạnh toàn diện.';

describe('lcs', () => {
  it('aligns two sequences, common ends first', () => {
    expect(lcsPairs(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd'])).toEqual([
      [0, 0],
      [2, 2],
      [3, 3],
    ]);
    expect(lcsPairs([], ['a'])).toEqual([]);
    expect(align(['a', 'b'], ['b', 'c'])).toEqual([
      { op: 'delete', a: 0 },
      { op: 'equal', a: 1, b: 0 },
      { op: 'insert', b: 1 },
    ]);
  });
});

describe('wordDiff', () => {
  it('marks added and removed words, keeping Vietnamese words whole', () => {
    expect(wordDiff('Tăng trưởng kinh tế đạt 7%.', 'Tăng trưởng kinh tế đạt từ 7,5% trở lên.')).toEqual([
      { op: 'equal', text: 'Tăng trưởng kinh tế đạt ' },
      { op: 'delete', text: '7' },
      { op: 'insert', text: 'từ 7,5' },
      { op: 'equal', text: '%' },
      { op: 'insert', text: ' trở lên' },
      { op: 'equal', text: '.' },
    ]);
    expect(wordDiff('xây dựng nông thôn mới nâng cao', 'xây dựng nông thôn mới kiểu mẫu')).toEqual([
      { op: 'equal', text: 'xây dựng nông thôn mới ' },
      { op: 'delete', text: 'nâng cao' },
      { op: 'insert', text: 'kiểu mẫu' },
    ]);
    expect(wordDiff('Đức Trọng', 'Đức Trọng')).toEqual([{ op: 'equal', text: 'Đức Trọng' }]);
    // Composed and decomposed forms of the same letters are the same words.
    expect(wordDiff('Huyện ủy'.normalize('NFD'), 'Huyện ủy')).toEqual([{ op: 'equal', text: 'Huyện ủy' }]);
  });
});

describe('compareResolutions', () => {
  it('finds nothing between equal versions', () => {
    const doc = fixture('duc-trong-2022-nq04-hu');
    const c = compareResolutions(doc, structuredClone(doc));
    expect(c.summary.same).toBe(true);
    expect(c.body.every((b) => b.kind === 'equal')).toBe(true);
    expect(c.targets).toEqual([]);
    expect(c.fields).toEqual([]);
    expect(c.recipients.every((r) => r.op === 'equal')).toBe(true);
  });

  it('gives an edited paragraph its word-level changes', () => {
    const c = compareResolutions(
      withBody([p(A), p(B), p(C)]),
      withBody([p(A), p(B.replace('chuyển đổi số', 'chuyển đổi số, cải cách hành chính')), p(C)]),
    );
    expect(c.body.map((b) => b.kind)).toEqual(['equal', 'changed', 'equal']);
    const changed = c.body[1];
    expect(changed?.kind === 'changed' && changed.words.filter((w) => w.op !== 'equal')).toEqual([
      { op: 'insert', text: ', cải cách hành chính' },
    ]);
    expect(c.summary).toMatchObject({ blocksChanged: 1, blocksAdded: 0, blocksRemoved: 0, blocksMoved: 0, same: false });
  });

  it('tells added and removed paragraphs apart from edited ones', () => {
    const c = compareResolutions(withBody([p(A), p(B), p(C)]), withBody([p(A), p(D), p(C), p('Một đoạn mới.')]));
    expect(c.body.map((b) => [b.kind, 'before' in b ? b.before : null, 'after' in b ? b.after : null])).toEqual([
      ['equal', 0, 0],
      ['removed', 1, null],
      ['added', null, 1],
      ['equal', 2, 2],
      ['added', null, 3],
    ]);
  });

  it('finds a paragraph moved elsewhere, also when it was edited on the way', () => {
    const moved = compareResolutions(withBody([p(A), p(B), p(C), p(D)]), withBody([p(A), p(C), p(D), p(B)]));
    expect(moved.body.map((b) => b.kind)).toEqual(['equal', 'moved-away', 'equal', 'equal', 'moved']);
    expect(moved.body[4]).toMatchObject({ kind: 'moved', before: 1, after: 3, text: B, words: null });
    expect(moved.summary).toMatchObject({ blocksMoved: 1, blocksAdded: 0, blocksRemoved: 0, blocksChanged: 0 });
    const edited = compareResolutions(
      withBody([p(A), p(B), p(C), p(D)]),
      withBody([p(B.replace('Nhà nước', 'chính quyền')), p(A), p(C), p(D)]),
    );
    const entry = edited.body.find((b) => b.kind === 'moved');
    expect(entry).toMatchObject({ kind: 'moved', before: 1, after: 0 });
    expect(entry?.kind === 'moved' && entry.words?.filter((w) => w.op !== 'equal')).toEqual([
      { op: 'delete', text: 'Nhà nước' },
      { op: 'insert', text: 'chính quyền' },
    ]);
  });

  it('compares headings by level and text, and other blocks by kind', () => {
    const h = (level: 'section' | 'item', text: string): Block => ({ type: 'heading', level, runs: [{ type: 'text', text }] });
    const c = compareResolutions(
      withBody([h('section', 'Mục tiêu'), p(A), { type: 'targets' }]),
      withBody([h('section', 'Mục tiêu chung'), p(A), { type: 'targets' }, { type: 'page-break' }]),
    );
    expect(c.body.map((b) => [b.kind, b.type])).toEqual([
      ['changed', 'heading'],
      ['equal', 'paragraph'],
      ['equal', 'targets'],
      ['added', 'page-break'],
    ]);
  });

  it('reports targets whose value, name or unit changed, and targets added or removed', () => {
    const before = draft(2026);
    const after = draft(2026, (d) => {
      const targets = (d.targets ?? []) as TargetNode[];
      const group = targets[0];
      if (group?.children?.[0]) {
        group.children[0] = {
          ...group.children[0],
          value: { written: 'Tăng 11 - 12', parsed: { kind: 'growthRange', min: 11, max: 12, direction: 'higher' } },
        };
      }
      if (group?.children?.[1]) group.children[1] = { ...group.children[1], name: 'Ngành Thương mại - Dịch vụ', unit: 'phần trăm' };
      targets.pop();
      targets.push({
        key: 'ty-le-bhyt',
        name: 'Tỷ lệ dân số tham gia bảo hiểm y tế',
        unit: '%',
        value: { written: 'trên 95', parsed: { kind: 'lowerBound', value: 95, inclusive: false, direction: 'higher' } },
        children: [],
      });
    });
    const c = compareResolutions(before, after);
    expect(c.targets).toEqual([
      {
        kind: 'changed',
        key: 'gia-tri-san-xuat.cong-nghiep',
        name: 'Ngành Công nghiệp',
        changes: [{ field: 'value', before: 'Tăng 9 - 10', after: 'Tăng 11 - 12' }],
      },
      {
        kind: 'changed',
        key: 'gia-tri-san-xuat.dich-vu',
        name: 'Ngành Thương mại - Dịch vụ',
        changes: [
          { field: 'name', before: 'Ngành Dịch vụ', after: 'Ngành Thương mại - Dịch vụ' },
          { field: 'unit', before: '%', after: 'phần trăm' },
        ],
      },
      { kind: 'added', key: 'ty-le-bhyt', name: 'Tỷ lệ dân số tham gia bảo hiểm y tế', value: 'trên 95' },
      { kind: 'removed', key: 'thu-ngan-sach', name: 'Thu NSNN do huyện quản lý', value: '770,4' },
    ]);
    expect(c.summary).toMatchObject({ targetsChanged: 2, targetsAdded: 1, targetsRemoved: 1 });
  });

  it('lists header, title, marks and signature changes, and the recipients line by line', () => {
    const before = draft(2026);
    const after = draft(2026, (d) => {
      d.title.summary = 'Về nhiệm vụ phát triển kinh tế - xã hội năm 2026';
      d.marks = { draftRound: 2 };
      d.signature = { authority: 'K/T', authorityOf: 'BÍ THƯ', title: 'PHÓ BÍ THƯ', name: 'Trần Văn A' };
      d.recipients = {
        lines: [
          { text: 'Ban Thường vụ Tỉnh ủy', note: '(để báo cáo)' },
          { text: 'Các đảng bộ, chi bộ trực thuộc' },
          { text: 'Lưu Văn phòng Huyện ủy' },
        ],
      };
    });
    const c = compareResolutions(before, after);
    expect(c.fields.map((f) => [f.path, f.label, f.before, f.after])).toEqual([
      ['title.summary', 'Trích yếu', 'Về phát triển kinh tế - xã hội năm 2026', 'Về nhiệm vụ phát triển kinh tế - xã hội năm 2026'],
      ['marks.draftRound', 'Dự thảo lần', '1', '2'],
      ['signature.authority', 'Thẩm quyền ký', 'T/M HUYỆN ỦY', 'K/T BÍ THƯ'],
      ['signature.title', 'Chức vụ người ký', 'BÍ THƯ', 'PHÓ BÍ THƯ'],
      ['signature.name', 'Người ký', 'Nguyễn Ngọc Phúc', 'Trần Văn A'],
    ]);
    expect(c.recipients).toEqual([
      { op: 'equal', text: 'Ban Thường vụ Tỉnh ủy (để báo cáo)' },
      { op: 'insert', text: 'Các đảng bộ, chi bộ trực thuộc' },
      { op: 'equal', text: 'Lưu Văn phòng Huyện ủy' },
    ]);
  });

  it('compares the two real resolutions quickly', () => {
    const a = fixture('duc-trong-2022-nq04-hu');
    const b = fixture('nhon-trach-2024-nq09-hu');
    const t0 = performance.now();
    const c = compareResolutions(a, b);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(c.summary.same).toBe(false);
    expect(c.body.filter((d) => d.kind !== 'moved-away').length).toBeGreaterThanOrEqual(b.body.length);
  });
});
