import { commentableParts, type DocParts, type PartAnchor } from '../../../../electron/contract/model/partAnchors.ts';
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
