import { DOUBTFUL_BELOW, type ImportPreview, type IndicatorRef } from '../../../electron/contract/imports.ts';
import type { Resolution } from '../../../electron/contract/model/resolution.ts';
import type { TargetNode } from '../../../electron/contract/model/targets.ts';

/**
 * The review of an import as the user corrects it: the model read (edited in place), the link of
 * each target (an existing indicator's key, or null for a new indicator), and what is doubtful.
 */
export type ImportDraft = { model: Resolution; links: Record<string, string | null> };

export function initialDraft(preview: ImportPreview): ImportDraft {
  const links: Record<string, string | null> = {};
  for (const l of preview.links) links[l.key] = l.linkedTo?.key ?? null;
  return { model: preview.model, links };
}

/** A field the reader was unsure of (below the contract's threshold); a path it did not score is not doubtful. */
export function isDoubtful(confidence: Record<string, number>, path: string): boolean {
  const c = confidence[path];
  return c !== undefined && c < DOUBTFUL_BELOW;
}

/** Doubtful targets: a low score, or a name that matched several indicators. */
export function isDoubtfulTarget(preview: ImportPreview, key: string): boolean {
  return isDoubtful(preview.confidence, `targets.${key}`) || preview.links.some((l) => l.key === key && l.match === 'ambiguous');
}

export type FlatTarget = { node: TargetNode; depth: number };

export function flatTargets(nodes: readonly TargetNode[], depth = 0): FlatTarget[] {
  return nodes.flatMap((node) => [{ node, depth }, ...flatTargets(node.children, depth + 1)]);
}

/** The tree with the target `key` replaced by `change(target)`. */
export function updateTarget(nodes: readonly TargetNode[], key: string, change: (node: TargetNode) => TargetNode): TargetNode[] {
  return nodes.map((n) =>
    n.key === key ? change(n) : n.children.length > 0 ? { ...n, children: updateTarget(n.children, key, change) } : n,
  );
}

/** The links as saveImport takes them, for every target of the model. */
export function linksRequest(draft: ImportDraft): { key: string; linkedTo: string | null }[] {
  return flatTargets(draft.model.targets).map(({ node }) => ({ key: node.key, linkedTo: draft.links[node.key] ?? null }));
}

/** Names of targets linked to the same existing indicator (each may be linked once). */
export function linkClashes(draft: ImportDraft, indicators: readonly IndicatorRef[]): string[] {
  const seen = new Map<string, number>();
  for (const { node } of flatTargets(draft.model.targets)) {
    const to = draft.links[node.key];
    if (to) seen.set(to, (seen.get(to) ?? 0) + 1);
  }
  return [...seen].filter(([, n]) => n > 1).map(([key]) => indicators.find((i) => i.key === key)?.name ?? key);
}

/** How it will be stored: issued (with its number, entered in the register) when it has a number and a date. */
export function storedAs(model: Resolution): 'ban-hanh' | 'du-thao' {
  return model.header.number.seq !== null && model.header.date !== null ? 'ban-hanh' : 'du-thao';
}

/** "Thu ngân sách (tỷ đồng) — thuộc Chỉ tiêu kinh tế" for an indicator choice. */
export function indicatorLabel(i: IndicatorRef): string {
  return `${i.name}${i.unit ? ` (${i.unit})` : ''}${i.parentName ? ` — thuộc “${i.parentName}”` : ''}`;
}

/** Original paragraphs that contain what the focused field holds (compared without case or spacing). */
export function matchingParagraphs(original: readonly string[], text: string): number[] {
  const squash = (s: string): string => s.toLocaleLowerCase('vi').normalize('NFC').replace(/\s+/g, ' ').trim();
  const probe = squash(text).slice(0, 60);
  if (probe.length < 3) return [];
  return original.flatMap((p, i) => (squash(p).includes(probe) ? [i] : []));
}
