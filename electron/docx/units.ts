/** Unit conversions for WordprocessingML: twips (1/20 pt), half-points, eighths of a point. */

const TWIPS_PER_MM = 1440 / 25.4;

/** 20 mm -> 1134 twips; A4's 210 mm -> 11906. */
export function mmToTwips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

/** 6 pt -> 120 twips. */
export function ptToTwips(pt: number): number {
  return Math.round(pt * 20);
}

/** Run sizes are half-points: 14 pt -> 28. */
export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/** Border widths are eighths of a point: 0.75 pt -> 6. */
export function ptToEighths(pt: number): number {
  return Math.round(pt * 8);
}

/** `percent` per cent of `total` twips, rounded down so that columns never overflow their table. */
export function percentOf(total: number, percent: number): number {
  return Math.floor((total * percent) / 100);
}
