/**
 * What a reader hands the model builder: paragraphs and tables in reading order, with as much
 * formatting as the source has (a .docx: effective formatting resolved through its styles; a
 * text file: the `*italic*` / `**bold**` marks only). Pure data.
 */

import type { SourceFormat } from '../contract/imports.ts';

/** Effective character formatting; null/undefined where the source does not say. */
export type RunFormat = { sizePt: number | null; font: string | null; caps: boolean };

export type SourceRun = {
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  /** Present for a .docx run. */
  format?: RunFormat;
  /** A footnote reference at this point: the footnote's own runs. */
  footnote?: SourceRun[];
};

export type Align = 'left' | 'center' | 'right' | 'justify';

/** Effective paragraph formatting of a .docx paragraph (lengths in points / millimetres). */
export type ParaFormat = {
  align: Align;
  beforePt: number;
  afterPt: number;
  /** Line spacing: points for "exact"/"atLeast", a multiple of single for "auto". */
  line: number;
  lineRule: 'auto' | 'exact' | 'atLeast';
  firstLineMm: number;
  leftMm: number;
  styleId: string | null;
  /** A border drawn above or below the paragraph (a ruled line). */
  border: boolean;
};

export type CellPlace = { table: number; row: number; col: number };

export type SourcePara = {
  kind: 'para';
  /** 1-based number of the paragraph in reading order (table cells included), for messages. */
  index: number;
  runs: SourceRun[];
  /** The runs' text, footnote references left out. "\t" for a tab, "\n" for a line break. */
  text: string;
  /** The label Word draws from its list numbering ("1.", "a)", "-" for a bullet), if any. */
  label: string | null;
  /** List level of that numbering (0 = top). */
  listLevel: number | null;
  bullet: boolean;
  format: ParaFormat | null;
  /** An empty line (text) or empty paragraph (docx) came right before this one. */
  gapBefore: boolean;
  /** A hard page break came before this paragraph. */
  pageBreakBefore: boolean;
  cell: CellPlace | null;
};

export type SourceTable = { kind: 'table'; index: number; rows: SourcePara[][][] };

export type SourceBlock = SourcePara | SourceTable;

export type PageSetup = { widthMm: number; heightMm: number; margins: { top: number; bottom: number; left: number; right: number } };

export type SourceDocument = {
  format: SourceFormat;
  blocks: SourceBlock[];
  /** Page setup of each section, in order (docx only). */
  pages: PageSetup[];
  /** True when the source carries no character formatting at all (plain text, or a .docx made from it). */
  plain: boolean;
  notes: string[];
};

export function paraText(runs: readonly SourceRun[]): string {
  let out = '';
  for (const r of runs) if (!r.footnote) out += r.text;
  return out;
}
