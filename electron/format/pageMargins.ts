import type { FormatProfile } from './profile.ts';

export type Orientation = 'portrait' | 'landscape';

type Margins = FormatProfile['page']['margins'];

/**
 * The margins of a page in this orientation. With the profile's `rules.landscapeMargins` at
 * "bound-edge", a landscape page keeps the binding margin on the bound edge: the page is turned a
 * quarter to the left for reading, so the sheet's left edge (30 mm) becomes the top, its right edge
 * (15 mm) the bottom, and its bottom and top edges the left and right.
 */
export function pageMargins(profile: FormatProfile, orientation: Orientation): Margins {
  const m = profile.page.margins;
  if (orientation === 'portrait' || profile.rules.landscapeMargins === 'as-portrait') return m;
  return { top: m.left, bottom: m.right, left: m.bottom, right: m.top };
}
