import { commentablePartName, commentableParts, type DocParts, type PartAnchor } from '../../../../electron/contract/model/partAnchors.ts';
import { flattenTargets } from '../../../../electron/contract/model/targets.ts';
import { markPlace } from '../../suggestions/anchorPlace.ts';

/**
 * The element of the page a part of the draft prints in: a target's line in the targets block or
 * its row in the appendix table, a line of "Nơi nhận", a line of the signature, a header field,
 * the summary … (the selectors of the review marks, `suggestions/anchorPlace.ts`, made exact where
 * those point at a whole block). Null when the page does not show it.
 */
export function partElement(root: ParentNode, parts: DocParts, anchor: PartAnchor): HTMLElement | null {
  const nth = (selector: string, index: number): HTMLElement | null => root.querySelectorAll<HTMLElement>(selector)[index] ?? null;
  switch (anchor.part) {
    case 'target': {
      const index = flattenTargets(parts.targets).findIndex((t) => t.node.key === anchor.key);
      if (index === -1) return null;
      return anchor.inAppendix
        ? nth('[data-testid="appendix-preview"] tbody tr', index)
        : nth('[data-testid="body-targets-block"] .nq-target-line', index);
    }
    case 'header':
      if (anchor.field === 'place') return nth('[data-testid="header-place"]', 0);
      break;
    case 'preamble':
      return nth('.pf-preamble', anchor.block);
    case 'production-note':
      return nth('.pf-production', 0);
    case 'appendix':
      return nth({ heading: '.pf-app-heading', title: '.pf-app-title', attachedNote: '.pf-app-note' }[anchor.field], 0);
    default:
      break;
  }
  const place = markPlace(anchor);
  return place?.kind === 'part' ? nth(place.selector, place.nth) : null;
}

/**
 * Every part of the page one can comment on, with its element: one anchor per element (a target's
 * line takes its value when it has one: what a reviewer questions most; a recipient line its text).
 */
export function partElements(root: ParentNode, parts: DocParts): { anchor: PartAnchor; name: string; el: HTMLElement }[] {
  const out = new Map<HTMLElement, { anchor: PartAnchor; name: string; el: HTMLElement }>();
  for (const { anchor, name } of commentableParts(parts)) {
    const el = partElement(root, parts, anchor);
    if (!el) continue;
    const valueOfLine = anchor.part === 'target' && anchor.field === 'value';
    if (!out.has(el) || valueOfLine) out.set(el, { anchor, name, el });
  }
  return [...out.values()];
}

/** A part's field in the side panel, by its test id: which field of the part it edits. */
const TARGET_FIELDS = { 'target-name': 'name', 'target-unit': 'unit', 'target-value': 'value' } as const;
const SIGNATURE_FIELDS = { 'signature-authority-of': 'authorityOf', 'signature-title': 'title', 'signature-name': 'name' } as const;

/** The field of `fields` that holds `el`, or that sits in the same cell or label of `within` as `el`, with its test id. */
function fieldOf<K extends string>(el: Element, within: Element, fields: Record<K, unknown>): { key: K; field: HTMLElement } | null {
  const cell = el.closest('td, label');
  for (const key of Object.keys(fields) as K[]) {
    const selector = `[data-testid="${key}"]`;
    const field = el.closest<HTMLElement>(selector) ?? (cell && within.contains(cell) ? cell.querySelector<HTMLElement>(selector) : null);
    if (field) return { key, field };
  }
  return null;
}

/**
 * The part a field of the side panel edits, from an element in it (the one under the pointer, or
 * focused): a target's name, unit or value in the targets table, a line of "Nơi nhận" or its note,
 * the signer's fields. Null elsewhere, and for a part with no text yet (nothing to comment on).
 */
export function panelPart(el: Element | null, parts: DocParts): { anchor: PartAnchor; name: string; el: HTMLElement } | null {
  if (!el?.closest('.side-panel')) return null;
  const named = (anchor: PartAnchor, field: HTMLElement) => {
    const name = commentablePartName(parts, anchor);
    return name === null ? null : { anchor, name, el: field };
  };
  const row = el.closest<HTMLElement>('[data-testid="target-row"]');
  if (row?.dataset.key) {
    const found = fieldOf(el, row, TARGET_FIELDS);
    return found ? named({ part: 'target', key: row.dataset.key, field: TARGET_FIELDS[found.key], at: 0 }, found.field) : null;
  }
  const line = el.closest<HTMLElement>('[data-testid="recipient-line"]');
  if (line) {
    const index = Array.from(line.parentElement?.querySelectorAll(':scope > [data-testid="recipient-line"]') ?? []).indexOf(line);
    const note = el.closest<HTMLElement>('[data-testid="recipient-note"]');
    const field = note ?? line.querySelector<HTMLElement>('[data-testid="recipient-text"]');
    if (index < 0 || !field) return null;
    return named({ part: 'recipient', line: index, field: note ? 'note' : 'text', at: 0 }, field);
  }
  const signer = el.closest('[data-testid="signature-panel"]');
  const found = signer ? fieldOf(el, signer, SIGNATURE_FIELDS) : null;
  return found ? named({ part: 'signature', field: SIGNATURE_FIELDS[found.key], at: 0 }, found.field) : null;
}
