import { describe, expect, it } from 'vitest';
import type { TargetNode } from '../../../electron/contract/model/targets.ts';
import { applyRowAction } from '../../../renderer/panels/targets/rowActions.ts';
import { indentNode, moveBefore, moveNode, newKey, outdentNode, targetRows } from '../../../renderer/panels/targets/tree.ts';
import { assessmentText } from '../../../electron/format/assessment.ts';
import { judgedPrevious, readingOf, withUnit, withValue } from '../../../renderer/panels/targets/values.ts';
import { loadResolution } from '../../support/fixtures.ts';

const leaf = (key: string, children: TargetNode[] = []): TargetNode => ({ key, name: key, children });
const keys = (nodes: readonly TargetNode[]): string[] => targetRows(nodes).map((r) => `${'  '.repeat(r.depth)}${r.node.key}`);

describe('targets tree', () => {
  const tree = [leaf('a', [leaf('a1'), leaf('a2')]), leaf('b'), leaf('c')];

  it('moves a row among its siblings and never past the ends', () => {
    expect(keys(moveNode(tree, 'b', -1))).toEqual(['b', 'a', '  a1', '  a2', 'c']);
    expect(keys(moveNode(tree, 'a2', 1))).toEqual(keys(tree));
    expect(keys(moveNode(tree, 'a2', -1))).toEqual(['a', '  a2', '  a1', 'b', 'c']);
  });

  it('indents into the row above and outdents after the group', () => {
    expect(keys(indentNode(tree, 'b'))).toEqual(['a', '  a1', '  a2', '  b', 'c']);
    expect(keys(outdentNode(tree, 'a1'))).toEqual(['a', '  a2', 'a1', 'b', 'c']);
    expect(keys(indentNode(tree, 'a'))).toEqual(keys(tree));
  });

  it('drops a dragged row before another, but not into itself', () => {
    expect(keys(moveBefore(tree, 'c', 'a1'))).toEqual(['a', '  c', '  a1', '  a2', 'b']);
    expect(keys(moveBefore(tree, 'a', 'a2'))).toEqual(keys(tree));
    expect(keys(moveBefore(tree, 'a', null))).toEqual(['b', 'c', 'a', '  a1', '  a2']);
  });

  it('keeps untouched branches (so their rows do not re-render)', () => {
    const next = applyRowAction(tree, 'b', { type: 'name', value: 'Mới' });
    expect(next[0]).toBe(tree[0]);
    expect(next[1]?.name).toBe('Mới');
  });

  it('adds children with fresh, valid keys', () => {
    const next = applyRowAction(tree, 'b', { type: 'add-child' });
    expect(next[1]?.children[0]?.key).toBe('chi-tieu-moi-1');
    expect(newKey(next)).toBe('chi-tieu-moi-2');
  });

  it('numbers only the top level, as printed', () => {
    expect(targetRows(tree).map((r) => r.stt)).toEqual(['1', '', '', '2', '3']);
  });
});

describe('target values', () => {
  it('keeps the words and reads them with the unit', () => {
    const node = withValue({ key: 'x', name: 'Tỷ lệ', unit: '%', children: [] }, 'trên 64');
    expect(node.value).toEqual({ written: 'trên 64', parsed: { kind: 'lowerBound', value: 64, inclusive: false, direction: 'higher' } });
    expect(readingOf(node)).toEqual({ text: 'trên 64 %', warning: null });
    expect(withValue(node, '  ').value).toBeUndefined();
    expect(withUnit(node, '').unit).toBeUndefined();
  });

  it('warns when a value has figures it cannot read', () => {
    const coded = withValue({ key: 'x', name: 'Nước sạch', children: [] }, 'Đạt chuẩn QC02');
    const qualitative = withValue({ key: 'y', name: 'An ninh', children: [] }, 'Giữ vững ổn định');
    expect(readingOf(qualitative)).toEqual({ text: 'định tính — cần người đánh giá', warning: null });
    expect(readingOf(coded)?.warning).toMatch(/không đọc được/);
  });

  it('shows last year’s stored assessment, or judges it from last year’s target and result', () => {
    const doc = loadResolution('sample-minimal');
    const first = doc.targets[0];
    expect(first && judgedPrevious(first)?.assessment).toBe('vuot');
    const unjudged: TargetNode = {
      key: 'k',
      name: 'Thu',
      unit: 'tỷ đồng',
      previous: { year: 2025, target: '12', result: '11' },
      children: [],
    };
    expect(judgedPrevious(unjudged)).toMatchObject({ assessment: 'khong-dat', stored: false });
    // A group met in part keeps its count, which the chip shows ("Đạt 2/3": assessmentText), not "Cần đánh giá".
    const group: TargetNode = {
      key: 'g',
      name: 'Chỉ tiêu về y tế',
      previous: { year: 2025, assessment: 'can-danh-gia', parts: { met: 2, notMet: 1, total: 3 } },
      children: [],
    };
    const judged = judgedPrevious(group);
    expect(judged).toMatchObject({ assessment: 'can-danh-gia', stored: true, parts: { met: 2, total: 3 } });
    expect(judged && assessmentText(judged, true)).toBe('Đạt 2/3');
  });
});
