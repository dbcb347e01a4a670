import { AlignmentType, Paragraph, type ISectionOptions } from 'docx';
import type { Resolution } from '../contract/model/resolution.ts';
import { appendixColumns as printedColumns, appendixHeadingText, attachedNoteText, type AppendixColumnKey } from '../format/printed.ts';
import type { FormatProfile } from '../format/profile.ts';
import type { BuildContext } from './context.ts';
import { centredLine } from './layout.ts';
import { sectionPage, textWidthTwips, type Orientation } from './page.ts';
import { sectionHeaders } from './pageNumbers.ts';
import type { Align } from './paragraphs.ts';
import { spacing, styledRuns } from './styles.ts';
import { gridCell, gridTable } from './tables.ts';
import { appendixRows } from '../format/printed.ts';
import { mmToTwips } from './units.ts';

export type AppendixColumn = { key: AppendixColumnKey; header: string; widthTwips: number; align: Align };

/**
 * The appendix table's columns: STT | CHỈ TIÊU | ĐƠN VỊ TÍNH | [KẾ HOẠCH, ƯỚC THỰC HIỆN of last
 * year | ĐÁNH GIÁ, as the document turns them on] | this year's value. Widths from the profile;
 * "CHỈ TIÊU" takes the rest, and never less than a third of the width (the others shrink evenly).
 */
export function appendixColumns(
  doc: Resolution,
  profile: FormatProfile,
  orientation: Orientation = doc.appendix.orientation,
): AppendixColumn[] {
  const mm = profile.layout.appendixColumnsMm;
  const widths: Record<AppendixColumnKey, number | null> = {
    stt: mm.stt,
    name: null,
    unit: mm.unit,
    previousTarget: mm.value,
    previousResult: mm.value,
    assessment: mm.value,
    value: mm.value,
  };
  const spec = printedColumns(doc, profile).map((col) => ({ ...col, mm: widths[col.key] }));
  const total = textWidthTwips(profile, orientation);
  const fixed = spec.reduce((sum, s) => sum + (s.mm === null ? 0 : mmToTwips(s.mm)), 0);
  const scale = fixed > (total * 2) / 3 ? (total * 2) / 3 / fixed : 1;
  const widthOf = (s: (typeof spec)[number]): number => (s.mm === null ? 0 : Math.floor(mmToTwips(s.mm) * scale));
  const rest = total - spec.reduce((sum, s) => sum + widthOf(s), 0);
  return spec.map((s) => ({ key: s.key, header: s.header, widthTwips: s.mm === null ? rest : widthOf(s), align: s.align }));
}

/** The appendix (phụ lục): a new section on a new page, landscape when asked. */
export function appendixSection(doc: Resolution, ctx: BuildContext): ISectionOptions {
  const { profile, placeholders: p } = ctx;
  const a = profile.appendix;
  const orientation = doc.appendix.orientation;
  const columns = appendixColumns(doc, profile, orientation);
  const headerStyle = { ...a.table, bold: a.table.bold || profile.table.headerBold };
  const header = columns.map((col) => gridCell(styledRuns(col.header, headerStyle, p), col.widthTwips, 'center'));
  const body = appendixRows(doc.targets).map((row) =>
    columns.map((col) =>
      gridCell(
        styledRuns(
          row[col.key],
          {
            ...a.table,
            bold: a.table.bold || row.bold,
            italic: a.table.italic || (row.italic && col.key === 'name'),
          },
          p,
        ),
        col.widthTwips,
        col.align,
      ),
    ),
  );
  const restart = profile.pageNumber.appendix === 'restart';
  const { titlePage, headers } = sectionHeaders(profile, p, restart && !profile.pageNumber.showOnFirstPage);
  const separator = profile.rules.appendixSeparator;
  const tableGap = { afterPt: profile.layout.appendixTableSpaceBeforePt };
  const note = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: spacing(separator === null ? tableGap : {}),
    children: styledRuns(attachedNoteText(doc, profile), a.note, p),
  });
  const under =
    separator === null
      ? []
      : [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: spacing(tableGap),
            children: styledRuns(separator, a.note, p, { italic: false }),
          }),
        ];
  return {
    properties: {
      page: { ...sectionPage(profile, orientation), ...(restart ? { pageNumbers: { start: 1 } } : {}) },
      titlePage,
    },
    headers,
    children: [
      centredLine({ text: appendixHeadingText(doc, profile), style: a.heading }, p),
      ...(doc.appendix.title.trim() ? [centredLine({ text: doc.appendix.title, style: a.title }, p)] : []),
      note,
      ...under,
      ...(body.length > 0
        ? [
            gridTable(
              profile,
              columns.map((col) => col.widthTwips),
              [header, ...body],
              1,
            ),
          ]
        : []),
    ],
  };
}
