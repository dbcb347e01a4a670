import type { Document } from 'docx';
import { AlignmentType, PageBreak, Paragraph, Table, TableLayoutType, TableRow, WidthType, type FileChild } from 'docx';
import { runsToText } from '../contract/model/inline.ts';
import type { Resolution } from '../contract/model/resolution.ts';
import type { FormatProfile, TextStyle } from '../format/profile.ts';
import { bodyBlocks } from './body.ts';
import { assembleDocument } from './build.ts';
import { createContext, type BuildContext } from './context.ts';
import type { NumberedBlock } from './numbering.ts';
import { textWidthTwips } from './page.ts';
import { bodyFormat } from './paragraphs.ts';
import { spacing } from './styles.ts';
import { equalWidths, fullBorders, gridCell } from './tables.ts';
import { titleBlock } from './title.ts';
import { createMarker, paragraphMark, segmentRuns, type Marker, type Revision, type Segment } from './trackedRuns.ts';

export { type Revision, type Segment } from './trackedRuns.ts';

/**
 * The body of a tracked-changes document, item by item in the newer version's order: a block
 * kept as it is; a block inserted or deleted whole; a text block changed word by word (`prefix` is
 * its label or marker, `segments` its text); a line of the targets list.
 */
export type TrackedItem =
  | { kind: 'kept'; block: NumberedBlock }
  | { kind: 'changed'; block: NumberedBlock; prefix: Segment[]; segments: Segment[] }
  | { kind: 'inserted' | 'deleted'; block: NumberedBlock; prefix: Segment[]; segments: Segment[] }
  | { kind: 'line'; segments: Segment[]; op: 'equal' | 'insert' | 'delete' | 'changed' };

type Parts = { ctx: BuildContext; marker: Marker; after: Resolution };

function textStyle(block: NumberedBlock, profile: FormatProfile): TextStyle {
  return block.type === 'heading' && block.level !== 'part' ? profile.headings[block.level] : profile.body.style;
}

function markOf(kind: TrackedItem['kind'], marker: Marker) {
  return kind === 'inserted' ? paragraphMark('insert', marker) : kind === 'deleted' ? paragraphMark('delete', marker) : {};
}

/** A text block with tracked runs, formatted as the writer formats it. */
function textBlock(item: Exclude<TrackedItem, { kind: 'kept' | 'line' }>, parts: Parts): FileChild[] {
  const { ctx, marker } = parts;
  const profile = ctx.profile;
  const block = item.block;
  if (block.type === 'heading' && block.level === 'part') {
    const line = (segments: Segment[], style: TextStyle, beforePt: number) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        spacing: spacing({ beforePt, afterPt: profile.body.spaceAfterPt, lineExactPt: profile.body.lineExactPt }),
        ...markOf(item.kind, marker),
        children: segmentRuns(segments, style, ctx, marker),
      });
    return [line(item.prefix, profile.headings.partLabel, profile.body.spaceAfterPt), line(item.segments, profile.headings.partTitle, 0)];
  }
  if (block.type === 'table') return [trackedTable(block, item.kind === 'deleted' ? 'delete' : 'insert', parts)];
  if (block.type === 'page-break') return item.kind === 'deleted' ? [] : [new Paragraph({ children: [new PageBreak()] })];
  if (block.type === 'targets') return [];
  const format =
    block.type === 'paragraph'
      ? bodyFormat(profile, { align: block.align, indent: block.indent })
      : bodyFormat(profile, { keepNext: block.type === 'heading' });
  const style = textStyle(block, profile);
  return [
    new Paragraph({
      ...format,
      ...markOf(item.kind, marker),
      children: segmentRuns([...item.prefix, ...item.segments], style, ctx, marker),
    }),
  ];
}

/** A whole table inserted or deleted: every row and every run marked. */
function trackedTable(block: Extract<NumberedBlock, { type: 'table' }>, op: 'insert' | 'delete', { ctx, marker }: Parts): Table {
  const profile = ctx.profile;
  const columns = Math.max(...block.rows.map((r) => r.length));
  const widths = equalWidths(textWidthTwips(profile), columns);
  const change = () => ({ id: marker.nextId(), author: marker.author, date: marker.date });
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: fullBorders(profile),
    rows: block.rows.map(
      (row, r) =>
        new TableRow({
          ...(op === 'insert' ? { insertion: change() } : { deletion: change() }),
          ...(r < block.headerRows ? { tableHeader: true } : {}),
          children: Array.from({ length: columns }, (_, c) => {
            const cell = row[c];
            const text = cell ? runsToText(cell.runs) : '';
            const bold = cell?.bold ?? (r < block.headerRows && profile.table.headerBold ? true : undefined);
            const runs = text
              ? segmentRuns([{ op, text, emphasis: bold === undefined ? {} : { bold } }], profile.table.style, ctx, marker)
              : [];
            return gridCell(runs, widths[c] ?? 0, cell?.align ?? (r < block.headerRows ? 'center' : 'left'));
          }),
        }),
    ),
  });
}

function itemChildren(item: TrackedItem, parts: Parts): FileChild[] {
  if (item.kind === 'kept') return bodyBlocks([item.block], parts.after.targets, parts.ctx);
  if (item.kind === 'line') {
    const mark = item.op === 'insert' ? markOf('inserted', parts.marker) : item.op === 'delete' ? markOf('deleted', parts.marker) : {};
    return [
      new Paragraph({
        ...bodyFormat(parts.ctx.profile),
        ...mark,
        children: segmentRuns(item.segments, parts.ctx.profile.body.style, parts.ctx, parts.marker),
      }),
    ];
  }
  return textBlock(item, parts);
}

/** The title block, its summary (trích yếu) word by word when it changed. */
function trackedTitle(after: Resolution, summary: readonly Segment[] | null, parts: Parts): Paragraph[] {
  const lines = titleBlock(after, parts.ctx);
  if (summary === null) return lines;
  const t = parts.ctx.profile.title;
  const tracked = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: spacing({ afterPt: t.separator === null ? t.spaceBeforePt : 0 }),
    children: segmentRuns(summary, t.summary, parts.ctx, parts.marker),
  });
  const at = 1 + after.title.conferenceLines.length;
  return [...lines.slice(0, at), tracked, ...lines.slice(at + 1)];
}

/**
 * The newer version as the writer prints it, its body and its summary with Word tracked changes
 * (w:ins / w:del by `revision.author` at `revision.date`) against the older version, and change
 * tracking left on so that the reviewer's own edits are tracked too. Header, the rest of the
 * title, closing and appendix print as in the newer version.
 */
export function buildTrackedDocument(
  after: Resolution,
  items: readonly TrackedItem[],
  profile: FormatProfile,
  revision: Revision,
  summary: readonly Segment[] | null = null,
): Document {
  const ctx = createContext(after, profile);
  const parts: Parts = { ctx, marker: createMarker(revision), after };
  return assembleDocument(after, ctx, {
    title: trackedTitle(after, summary, parts),
    body: items.flatMap((item) => itemChildren(item, parts)),
    trackRevisions: true,
  });
}
