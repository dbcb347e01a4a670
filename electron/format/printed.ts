import { secrecyNames, urgencyNames, type Marks, type Recipients } from '../contract/model/parts.ts';
import type { Resolution } from '../contract/model/resolution.ts';
import { PLACEHOLDER, targetNeedsValue } from '../contract/model/placeholders.ts';
import { flattenTargets, type Assessment, type PartsMet, type TargetNode } from '../contract/model/targets.ts';
import { assessmentText } from './assessment.ts';
import { bodyNameInText } from './bodyNames.ts';
import { formatDateShort, formatPlaceDate, formatPlaceDateBlank } from './dates.ts';
import { formatDocSymbol } from './docNumber.ts';
import type { FormatProfile, TextStyle } from './profile.ts';
import type { MarkKind } from './profileRules.ts';

/**
 * What a document prints, as text: the one set of wording rules shared by the .docx writer
 * (electron/docx) and the page the editor shows (renderer/editor/page), so both always agree.
 */

/** "Đức Trọng, ngày 10 tháng 12 năm 2021"; before issue the day and month are blank (year: plan year − 1). */
export function placeDateText(doc: Pick<Resolution, 'header' | 'planYear'>): string {
  const place = doc.header.place.trim() === '' ? '…' : doc.header.place;
  return doc.header.date === null ? formatPlaceDateBlank(place, doc.planYear - 1) : formatPlaceDate(place, doc.header.date);
}

/** A printed line and the profile style it takes. */
export type StyledLine = { text: string; style: TextStyle; kind: MarkKind };

function markLine(kind: MarkKind, marks: Marks, profile: FormatProfile): StyledLine | null {
  if (kind === 'secrecy') return marks.secrecy ? { text: secrecyNames[marks.secrecy], style: profile.marks.secrecy, kind } : null;
  if (kind === 'urgency') return marks.urgency ? { text: urgencyNames[marks.urgency], style: profile.marks.urgency, kind } : null;
  if (kind === 'draft') {
    return marks.draftRound !== null ? { text: `Dự thảo lần ${marks.draftRound}`, style: profile.marks.draft, kind } : null;
  }
  return marks.circulation ? { text: marks.circulation, style: profile.marks.circulation, kind } : null;
}

/** True when the circulation note is one the profile prints on the last page ("Không phổ biến …"). */
function onLastPage(text: string, profile: FormatProfile): boolean {
  const key = text
    .trim()
    .replace(/[.\s]+$/u, '')
    .toLocaleLowerCase('vi');
  return profile.rules.lastPageNotes.some((n) => n.toLocaleLowerCase('vi') === key);
}

/** The marks under "Số …", in the profile's order (36-HD: mật, khẩn, "Dự thảo lần N", phạm vi lưu hành; 05-HD: mật, khẩn, dự thảo). */
export function markLines(marks: Marks, profile: FormatProfile): StyledLine[] {
  return profile.rules.marksUnderNumber
    .map((kind) => markLine(kind, marks, profile))
    .filter((line): line is StyledLine => line !== null && !(line.kind === 'circulation' && onLastPage(line.text, profile)));
}

/** Under 05-HD the circulation note goes to page 1's top right corner (null when it goes under the number or on the last page). */
export function topRightMark(marks: Marks, profile: FormatProfile): StyledLine | null {
  if (profile.rules.marksUnderNumber.includes('circulation') || !marks.circulation || onLastPage(marks.circulation, profile)) return null;
  return markLine('circulation', marks, profile);
}

/** "Không phổ biến trên phương tiện thông tin đại chúng": centred on the last page when the profile says so. */
export function lastPageMark(marks: Marks, profile: FormatProfile): StyledLine | null {
  if (!marks.circulation || !onLastPage(marks.circulation, profile)) return null;
  return { text: marks.circulation.trim(), style: profile.marks.circulation, kind: 'circulation' };
}

/** A printed "Nơi nhận" line; `line` is its index among the stored lines (an empty one is not printed). */
export type PrintedRecipient = { text: string; note: string | undefined; end: string; line: number };

/** A "Nơi nhận" line's words without the mark that ends it on the page ("," ";" "."), which the profile sets. */
export function withoutEndMark(text: string): string {
  return text.replace(/[\s,.;]+$/, '');
}

/**
 * "Nơi nhận" lines: "profile" punctuation ends each line with "," and the last with "."; "as-written"
 * prints as stored. A line left empty (added and never filled, or only its mark) is not printed: it
 * would print "- ;".
 */
export function printedRecipients(recipients: Recipients, profile: FormatProfile): PrintedRecipient[] {
  const { lineSeparator, lastTerminator } = profile.recipients;
  const kept = recipients.lines.flatMap((stored, line) => (withoutEndMark(stored.text).trim() === '' ? [] : [{ stored, line }]));
  return kept.map(({ stored, line }, i) => {
    const note = stored.note?.trim() ? stored.note : undefined;
    if (recipients.punctuation === 'as-written') return { text: `- ${stored.text}`, note, end: '', line };
    const end = i === kept.length - 1 ? lastTerminator : lineSeparator;
    return { text: `- ${withoutEndMark(stored.text)}`, note: note === undefined ? undefined : withoutEndMark(note), end, line };
  });
}

/** "T/M HUYỆN ỦY"; null when the head signs directly. */
export function authorityText(signature: Resolution['signature']): string | null {
  return signature.authority === 'none' ? null : `${signature.authority} ${signature.authorityOf}`.trim();
}

/** A target's value as printed: the words, plus the unit when the words carry none; "… tỷ đồng" while not yet set. */
export function targetValueText(node: TargetNode): string {
  const value = node.value;
  if (!value || value.written.trim() === '') {
    if (!targetNeedsValue(node)) return '';
    const unit = node.unit?.trim();
    return unit ? `${PLACEHOLDER}${unit === '%' ? '' : ' '}${unit}` : PLACEHOLDER;
  }
  const written = value.written.trim();
  const unit = node.unit?.trim();
  if (!unit || value.parsed.kind === 'qualitative' || value.parsed.unit || written.endsWith(unit)) return written;
  return unit === '%' ? `${written}%` : `${written} ${unit}`;
}

/** A group row: children and no value (this year's or last year's). */
export function isGroup(node: TargetNode): boolean {
  return !node.value && !node.previous?.target && node.children.length > 0;
}

export type TargetLine = { depth: number; text: string };

/** The targets as the body's list: "1. Name: value.", children "- …;", deeper "+ …;". */
export function targetLines(nodes: readonly TargetNode[]): TargetLine[] {
  return flattenTargets(nodes).map(({ node, depth, index, siblings }) => {
    const value = targetValueText(node);
    const head = depth === 0 ? `${index + 1}. ` : depth === 1 ? '- ' : '+ ';
    const last = index === siblings - 1;
    const end = isGroup(node) ? ':' : depth === 0 || last ? '.' : ';';
    const name = node.name.trim().replace(/[:;.,]+$/, '');
    return { depth, text: `${head}${value ? `${name}: ${value}` : name}${end}` };
  });
}

/** The appendix's "ĐÁNH GIÁ" cell: "Đạt", "Không đạt", a group's "Đạt 2/3"; nothing for what a person must judge. */
const assessmentPrinted = (assessment: Assessment, parts: PartsMet | undefined): string =>
  assessment === 'can-danh-gia' && !(parts && parts.met > 0) ? '' : assessmentText({ assessment, parts }, true);

export type AppendixRow = {
  key: string;
  stt: string;
  name: string;
  unit: string;
  previousTarget: string;
  previousResult: string;
  assessment: string;
  value: string;
  bold: boolean;
  /** A group below the first level ("Phát triển kinh tế số" under "Mục tiêu cụ thể đến 2030"): its name in italics. */
  italic: boolean;
  depth: number;
};

/**
 * A figure in a table with its own "ĐƠN VỊ TÍNH" column: the unit the words end with is left to that
 * column ("9.150 tỷ đồng" under "tỷ đồng" prints "9.150", "dưới 0,5%" under "%" prints "dưới 0,5");
 * words that are not a figure with that unit are kept as written.
 */
export function withoutUnit(written: string, unit: string): string {
  const u = unit.trim();
  const w = written.trim();
  if (u === '' || !w.toLocaleLowerCase('vi').endsWith(u.toLocaleLowerCase('vi'))) return written;
  const rest = w.slice(0, w.length - u.length);
  if (u !== '%' && rest !== '' && !/\s$/u.test(rest)) return written;
  return /\d\s*$/u.test(rest) ? rest.trimEnd() : written;
}

/** The appendix table's rows: top-level rows numbered, sub-rows not; last year's figures beside. */
export function appendixRows(nodes: readonly TargetNode[]): AppendixRow[] {
  return flattenTargets(nodes).map(({ node, depth, index }) => {
    const unit = node.unit ?? (node.value?.parsed.kind !== 'qualitative' ? node.value?.parsed.unit : undefined) ?? '';
    return {
      key: node.key,
      stt: depth === 0 ? String(index + 1) : '',
      name: node.name,
      unit,
      previousTarget: withoutUnit(node.previous?.target ?? '', unit),
      previousResult: withoutUnit(node.previous?.result ?? '', unit),
      assessment: node.previous?.assessment ? assessmentPrinted(node.previous.assessment, node.previous.parts) : '',
      value: withoutUnit(node.value?.written || (targetNeedsValue(node) ? PLACEHOLDER : ''), unit),
      bold: depth === 0 && isGroup(node),
      italic: depth > 0 && isGroup(node),
      depth,
    };
  });
}

/** "NGHỊ QUYẾT" -> "Nghị quyết". */
export function typeInText(documentType: string): string {
  const lower = documentType.trim().toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/** "(Kèm theo Nghị quyết số 04-NQ/HU, ngày 10/12/2021 của Huyện ủy Đức Trọng)", or the document's own note. */
export function attachedNoteText(doc: Pick<Resolution, 'appendix' | 'header' | 'planYear' | 'title'>, profile: FormatProfile): string {
  if (doc.appendix.attachedNote?.trim()) return doc.appendix.attachedNote;
  const symbol = formatDocSymbol(doc.header.number, profile.numbering);
  const date = doc.header.date === null ? `    /    /${doc.planYear - 1}` : formatDateShort(doc.header.date);
  const comma = profile.appendix.commaBeforeDate ? ',' : '';
  const body = bodyNameInText(doc.header.issuingBody, doc.header.bodyKind);
  return `(Kèm theo ${typeInText(doc.title.documentType)} số ${symbol}${comma} ngày ${date} của ${body})`;
}

/** The appendix's first line: the profile's form ("Phụ lục" under 05-HD) for the default heading, else the document's own. */
export function appendixHeadingText(doc: Pick<Resolution, 'appendix'>, profile: FormatProfile): string {
  const own = doc.appendix.heading.trim();
  const form = profile.rules.appendixHeading;
  return form !== null && own.toLocaleLowerCase('vi') === 'phụ lục' ? form : doc.appendix.heading;
}

export type AppendixColumnKey = 'stt' | 'name' | 'unit' | 'previousTarget' | 'previousResult' | 'assessment' | 'value';
export type AppendixColumn = { key: AppendixColumnKey; header: string; align: 'left' | 'center' };

/** STT | CHỈ TIÊU | ĐƠN VỊ TÍNH | [last year's plan | estimate | assessment] | this year's value. */
export function appendixColumns(doc: Pick<Resolution, 'appendix' | 'planYear'>, profile: FormatProfile): AppendixColumn[] {
  const last = doc.planYear - 1;
  const c = doc.appendix.columns;
  return [
    { key: 'stt', header: 'STT', align: 'center' },
    { key: 'name', header: 'CHỈ TIÊU', align: 'left' },
    { key: 'unit', header: 'ĐƠN VỊ TÍNH', align: 'center' },
    ...(c.previousTarget
      ? [{ key: 'previousTarget' as const, header: `KẾ HOẠCH NĂM ${c.years?.previousTarget ?? last}`, align: 'center' as const }]
      : []),
    ...(c.previousResult
      ? [
          {
            key: 'previousResult' as const,
            // An imported table's actual result ("Thực hiện") keeps its word; an estimate is the default.
            header: `${c.resultEstimated === false ? 'THỰC HIỆN' : 'ƯỚC THỰC HIỆN'} NĂM ${c.years?.previousResult ?? last}`,
            align: 'center' as const,
          },
        ]
      : []),
    ...(c.assessment ? [{ key: 'assessment' as const, header: 'ĐÁNH GIÁ', align: 'center' as const }] : []),
    { key: 'value', header: doc.appendix.valueHeader ?? profile.appendix.valueHeader, align: 'center' },
  ];
}

/** Thông tin liên hệ as printed lines (the last page, under a full-width rule): each non-empty line of the text. */
export function contactLines(marks: Marks): string[] {
  return (marks.contact ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}
