import { PageOrientation, type ISectionPropertiesOptions } from 'docx';
import type { FormatProfile } from '../format/profile.ts';
import { mmToTwips } from './units.ts';

export type Orientation = 'portrait' | 'landscape';

/** Width of the text area (page minus left and right margins), in twips. */
export function textWidthTwips(profile: FormatProfile, orientation: Orientation = 'portrait'): number {
  const { widthMm, heightMm, margins } = profile.page;
  const pageWidth = orientation === 'portrait' ? widthMm : heightMm;
  return mmToTwips(pageWidth - margins.left - margins.right);
}

/**
 * Page size, orientation and margins of a section. A landscape section keeps the profile's margins
 * as they are (top stays top); the page number sits `headerMm` from the top edge.
 */
export function sectionPage(profile: FormatProfile, orientation: Orientation): NonNullable<ISectionPropertiesOptions['page']> {
  const { widthMm, heightMm, margins, headerMm } = profile.page;
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
