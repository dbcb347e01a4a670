import { describe, expect, it } from 'vitest';
import { moved } from '../../../renderer/app/objects.ts';

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
