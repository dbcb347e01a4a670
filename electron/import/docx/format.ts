import type { Align, PageSetup, ParaFormat } from '../source.ts';
import type { XmlElement } from '../../ooxml/xml/parse.ts';
import { child, numAttr } from '../../ooxml/xml/query.ts';
import type { ParaProps } from './props.ts';

/** Twips and half-points into the units the checker speaks: points and millimetres. */
export const twipsToPt = (t: number): number => t / 20;
export const twipsToMm = (t: number): number => (t / 1440) * 25.4;

function alignOf(jc: string | undefined): Align {
  switch (jc) {
    case 'center':
      return 'center';
    case 'right':
    case 'end':
      return 'right';
    case 'both':
    case 'distribute':
    case 'justify':
    case 'lowKashida':
    case 'mediumKashida':
    case 'highKashida':
      return 'justify';
    default:
      return 'left';
  }
}

/** Effective paragraph props -> the paragraph format of a source paragraph. */
export function paraFormat(p: ParaProps): ParaFormat {
  const rule = p.lineRule ?? 'auto';
  return {
    align: alignOf(p.jc),
    beforePt: twipsToPt(p.before ?? 0),
    afterPt: twipsToPt(p.after ?? 0),
    line: rule === 'auto' ? (p.line ?? 240) / 240 : twipsToPt(p.line ?? 240),
    lineRule: rule,
    firstLineMm: twipsToMm(p.firstLine ?? 0),
    leftMm: twipsToMm(p.left ?? 0),
    styleId: p.pStyle ?? null,
    border: p.border ?? false,
  };
}

/** Page size and margins of a section (w:sectPr). */
export function pageSetup(sectPr: XmlElement): PageSetup {
  const size = child(sectPr, 'w:pgSz');
  const mar = child(sectPr, 'w:pgMar');
  const mm = (el: XmlElement | null, name: string, fallback: number): number => twipsToMm(numAttr(el, name) ?? fallback);
  return {
    widthMm: mm(size, 'w:w', 12240),
    heightMm: mm(size, 'w:h', 15840),
    margins: {
      top: mm(mar, 'w:top', 1440),
      bottom: mm(mar, 'w:bottom', 1440),
      left: mm(mar, 'w:left', 1800),
      right: mm(mar, 'w:right', 1800),
    },
  };
}
