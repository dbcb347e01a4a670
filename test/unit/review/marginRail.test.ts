import { describe, expect, it } from 'vitest';
import { chipHeight, railGeometry, stackTops } from '../../../renderer/editor/suggestions/marginRail.ts';

/** The rail of review marks beside the page: never over the text, never one chip over another. */
describe('the review marks rail', () => {
  const box = (left: number, right: number) => ({ left, right, top: 0, bottom: 600 });

  it('starts right of the text and takes the room there is, within bounds', () => {
    expect(railGeometry(box(0, 812), box(132, 736))).toEqual({ left: 744, width: 66 });
    expect(railGeometry(box(0, 1370), box(420, 1024))).toEqual({ left: 1032, width: 260 });
  });

  it('moves a chip down below the one above instead of over it, keeping reading order', () => {
    const heights = [36, 36, 22];
    expect(stackTops([454, 454, 470], heights)).toEqual([454, 493, 532]);
    expect(stackTops([100, 300], [22, 22])).toEqual([100, 300]);
    expect(stackTops([300, 100], [22, 22])).toEqual([300, 100]);
  });

  it('gives the reviewer’s name a second line when the rail is too narrow for it', () => {
    expect(chipHeight(260, 'Trần Văn B')).toBe(22);
    expect(chipHeight(120, 'Trần Văn B')).toBe(36);
    expect(chipHeight(70, 'Nguyễn Thị Minh Khai')).toBe(50);
  });
});
