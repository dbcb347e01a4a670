import type { XmlElement } from '../../ooxml/xml/parse.ts';
import { child, numAttr, toggle, val } from '../../ooxml/xml/query.ts';

/**
 * Run and paragraph properties read from `w:rPr` / `w:pPr` into flat objects, so that the
 * layers (document defaults, table style, paragraph style chain, character style chain,
 * direct formatting) can be merged: a later layer's defined value wins.
 */

export type RunProps = {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  caps?: boolean;
  /** Size in half-points (w:sz). */
  sizeHalf?: number;
  /** Font name, or "theme:minor" / "theme:major" for a theme font. */
  font?: string;
  rStyle?: string;
};

export type ParaProps = {
  jc?: string;
  /** Twips. */
  before?: number;
  after?: number;
  /** 240ths of a line for "auto", twips otherwise. */
  line?: number;
  lineRule?: 'auto' | 'exact' | 'atLeast';
  firstLine?: number;
  left?: number;
  numId?: string;
  ilvl?: number;
  border?: boolean;
  pageBreakBefore?: boolean;
  pStyle?: string;
};

function defined<T extends object>(o: T): T {
  const out = {} as T;
  for (const k in o) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

export function readRunProps(rPr: XmlElement | null): RunProps {
  if (!rPr) return {};
  const u = child(rPr, 'w:u');
  const fonts = child(rPr, 'w:rFonts');
  const theme = fonts?.attrs['w:asciiTheme'] ?? fonts?.attrs['w:hAnsiTheme'];
  const font =
    fonts?.attrs['w:ascii'] ?? fonts?.attrs['w:hAnsi'] ?? (theme ? (theme.startsWith('major') ? 'theme:major' : 'theme:minor') : undefined);
  const size = numAttr(child(rPr, 'w:sz'), 'w:val');
  return defined({
    bold: toggle(rPr, 'w:b'),
    italic: toggle(rPr, 'w:i'),
    underline: u ? !/^none$/i.test(u.attrs['w:val'] ?? 'single') : undefined,
    caps: toggle(rPr, 'w:caps'),
    sizeHalf: size ?? undefined,
    font,
    rStyle: val(rPr, 'w:rStyle') ?? undefined,
  });
}

function hasBorder(pBdr: XmlElement | null): boolean | undefined {
  if (!pBdr) return undefined;
  const sides = ['w:top', 'w:bottom'].map((s) => child(pBdr, s)).filter((b) => b !== null);
  return sides.some((b) => !/^(nil|none)$/i.test(b.attrs['w:val'] ?? 'none'));
}

export function readParaProps(pPr: XmlElement | null): ParaProps {
  if (!pPr) return {};
  const spacing = child(pPr, 'w:spacing');
  const ind = child(pPr, 'w:ind');
  const numPr = child(pPr, 'w:numPr');
  const rule = spacing?.attrs['w:lineRule'];
  const hanging = numAttr(ind, 'w:hanging');
  const firstLine = numAttr(ind, 'w:firstLine');
  return defined({
    jc: val(pPr, 'w:jc') ?? undefined,
    before: numAttr(spacing, 'w:before') ?? undefined,
    after: numAttr(spacing, 'w:after') ?? undefined,
    line: numAttr(spacing, 'w:line') ?? undefined,
    lineRule: rule === 'exact' || rule === 'atLeast' ? rule : spacing?.attrs['w:line'] !== undefined ? ('auto' as const) : undefined,
    firstLine: hanging !== null ? -hanging : (firstLine ?? undefined),
    left: numAttr(ind, 'w:left') ?? numAttr(ind, 'w:start') ?? undefined,
    numId: val(numPr, 'w:numId') ?? undefined,
    ilvl: numPr ? Number(val(numPr, 'w:ilvl') ?? 0) || 0 : undefined,
    border: hasBorder(child(pPr, 'w:pBdr')),
    pageBreakBefore: toggle(pPr, 'w:pageBreakBefore'),
    pStyle: val(pPr, 'w:pStyle') ?? undefined,
  });
}

export function mergeRun(...layers: RunProps[]): RunProps {
  return Object.assign({}, ...layers) as RunProps;
}

export function mergePara(...layers: ParaProps[]): ParaProps {
  return Object.assign({}, ...layers) as ParaProps;
}
