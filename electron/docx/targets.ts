import type { Paragraph } from 'docx';
import type { Assessment, TargetNode } from '../contract/model/targets.ts';
import type { FormatProfile } from '../format/profile.ts';
import { plainBodyParagraph } from './paragraphs.ts';

/**
 * A target's value as printed: the written words, followed by the node's unit when the words
 * carry none ("Tăng 6 - 7" + "%" -> "Tăng 6 - 7%", "≥ 2" + "trường" -> "≥ 2 trường").
 * Qualitative values print as written. Empty when the node has no value.
 */
export function targetValueText(node: TargetNode): string {
  const value = node.value;
  if (!value) return '';
  const written = value.written.trim();
  const unit = node.unit?.trim();
  if (!unit || value.parsed.kind === 'qualitative' || value.parsed.unit || written.endsWith(unit)) return written;
  return unit === '%' ? `${written}%` : `${written} ${unit}`;
}

/**
 * A node is a group (bold, numbered heading row) when it has children and no value, this year's
 * or last year's: a target whose value is still blank in a new draft is not a group.
 */
export function isGroup(node: TargetNode): boolean {
  return !node.value && !node.previous?.target && node.children.length > 0;
}

/** One line of the targets list as the body prints it. */
export type TargetLine = { depth: number; text: string };

/**
 * The targets tree as the body's list: top-level nodes numbered "1. Name: value.", a group
 * "1. Name:"; children as "- " bullets and deeper rows as "+ " bullets, each ending ";" and the
 * last of its siblings "." (a child group ends ":").
 */
export function targetLines(nodes: readonly TargetNode[]): TargetLine[] {
  const lines: TargetLine[] = [];
  const walk = (siblings: readonly TargetNode[], depth: number): void => {
    siblings.forEach((node, i) => {
      const value = targetValueText(node);
      const head = depth === 0 ? `${i + 1}. ` : depth === 1 ? '- ' : '+ ';
      const last = i === siblings.length - 1;
      const end = isGroup(node) ? ':' : depth === 0 || last ? '.' : ';';
      const name = node.name.trim().replace(/[:;.,]+$/, '');
      lines.push({ depth, text: `${head}${value ? `${name}: ${value}` : name}${end}` });
      walk(node.children, depth + 1);
    });
  };
  walk(nodes, 0);
  return lines;
}

/** The `targets` block of the body: the list above, in body paragraphs. */
export function targetsBlock(nodes: readonly TargetNode[], profile: FormatProfile): Paragraph[] {
  return targetLines(nodes).map((line) => plainBodyParagraph(line.text, profile));
}

const assessmentText: Record<Assessment, string> = {
  vuot: 'Vượt',
  dat: 'Đạt',
  'khong-dat': 'Không đạt',
  // Not judged yet: the printed document leaves the cell empty rather than print a to-do.
  'can-danh-gia': '',
};

/** The cells of one appendix row. */
export type AppendixRow = {
  stt: string;
  name: string;
  unit: string;
  previousTarget: string;
  previousResult: string;
  assessment: string;
  value: string;
  bold: boolean;
};

/**
 * The appendix table's rows: top-level rows numbered 1..n in STT (bold when they are groups),
 * their sub-rows unnumbered; last year's figures from `node.previous`.
 */
export function appendixRows(nodes: readonly TargetNode[]): AppendixRow[] {
  const rows: AppendixRow[] = [];
  const walk = (siblings: readonly TargetNode[], depth: number): void => {
    siblings.forEach((node, i) => {
      rows.push({
        stt: depth === 0 ? String(i + 1) : '',
        name: node.name,
        unit: node.unit ?? (node.value?.parsed.kind !== 'qualitative' ? node.value?.parsed.unit : undefined) ?? '',
        previousTarget: node.previous?.target ?? '',
        previousResult: node.previous?.result ?? '',
        assessment: node.previous?.assessment ? assessmentText[node.previous.assessment] : '',
        value: node.value?.written ?? '',
        bold: depth === 0 && isGroup(node),
      });
      walk(node.children, depth + 1);
    });
  };
  walk(nodes, 0);
  return rows;
}
