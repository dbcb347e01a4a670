import { PageOrientation, type ISectionPropertiesOptions } from 'docx';
import type { FormatProfile } from '../format/profile.ts';
import { pageMargins, type Orientation } from '../format/pageMargins.ts';
import { mmToTwips } from './units.ts';

export { pageMargins, type Orientation };

/** Width of the text area (page minus left and right margins), in twips. */
export function textWidthTwips(profile: FormatProfile, orientation: Orientation = 'portrait'): number {
  const { widthMm, heightMm } = profile.page;
  const margins = pageMargins(profile, orientation);
  const pageWidth = orientation === 'portrait' ? widthMm : heightMm;
  return mmToTwips(pageWidth - margins.left - margins.right);
}

/**
 * Page size, orientation and margins of a section (a landscape section's margins by
 * `pageMargins`); the page number sits `headerMm` from the top edge.
 */
export function sectionPage(profile: FormatProfile, orientation: Orientation): NonNullable<ISectionPropertiesOptions['page']> {
  const { widthMm, heightMm, headerMm } = profile.page;
  const margins = pageMargins(profile, orientation);
  return {
    size: {
      width: mmToTwips(widthMm),
      height: mmToTwips(heightMm),
      orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
    },
    margin: {
      top: mmToTwips(margins.top),
      bottom: mmToTwips(margins.bottom),
      left: mmToTwips(margins.left),
      right: mmToTwips(margins.right),
      header: mmToTwips(headerMm),
      footer: mmToTwips(headerMm),
      gutter: 0,
    },
  };
}
