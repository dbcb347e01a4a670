import { describe, expect, it } from 'vitest';
import { moved, withText } from '../../../renderer/app/objects.ts';

describe('moved: the ↑ ↓ buttons of a list', () => {
  it('moves an item one place up or down and leaves the list it was given alone', () => {
    const list = ['a', 'b', 'c'] as const;
    expect(moved(list, 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moved(list, 1, 1)).toEqual(['a', 'c', 'b']);
    expect(list).toEqual(['a', 'b', 'c']);
  });

  it('keeps the list as it is for an index past its end', () => {
    expect(moved(['a', 'b'], 5, -1)).toEqual(['a', 'b']);
  });
});

describe('withText: an optional text of the model', () => {
  it('is set as typed, and absent (not empty) when blank', () => {
    type Line = { text: string; note?: string };
    const line: Line = { text: 'Như trên', note: 'để báo cáo' };
    expect(withText(line, 'note', ' (để biết) ')).toEqual({ text: 'Như trên', note: ' (để biết) ' });
    const cleared = withText(line, 'note', '  ');
    expect(cleared).toEqual({ text: 'Như trên' });
    expect('note' in cleared).toBe(false);
  });
});
