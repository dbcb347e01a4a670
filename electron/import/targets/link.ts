import type { ImportTargetLink, IndicatorRef } from '../../contract/imports.ts';
import type { TargetNode } from '../../contract/model/targets.ts';
import { normalizeIndicatorName } from '../../format/resultsPaste.ts';
import { parseTargetValue } from '../../format/targetValue.ts';
import type { TargetDraft } from './draft.ts';
import { slugOf } from './slug.ts';

/**
 * Gives each target read its key: the key of the body's existing indicator with the same name
 * (compared after `normalizeIndicatorName`: case, diacritics, spacing, NSNN/BHYT … spelt out;
 * then without remarks in brackets and a leading "Trong đó"/"Riêng"; then with the parent's
 * name in front), so next year's draft finds last year's target; otherwise a new stable ASCII
 * key, unique in the document and among the body's indicators. Every link is reported.
 */

/** An indicator the body already has, and how a target read was matched to one (the contract's shapes). */
export type KnownIndicator = IndicatorRef;
export type TargetLink = ImportTargetLink;

const loose = (s: string): string => normalizeIndicatorName(s.replace(/\([^()]*\)/g, ' ')).replace(/^(?:trong do|rieng)\s+/, '');

type Index = Map<string, KnownIndicator[]>;

function index(known: readonly KnownIndicator[], form: (k: KnownIndicator) => string): Index {
  const map: Index = new Map();
  for (const k of known) {
    const f = form(k);
    if (f) map.set(f, [...(map.get(f) ?? []), k]);
  }
  return map;
}

export function assignKeys(drafts: readonly TargetDraft[], known: readonly KnownIndicator[]): { nodes: TargetNode[]; links: TargetLink[] } {
  const byName = index(known, (k) => normalizeIndicatorName(k.name));
  const byLoose = index(known, (k) => loose(k.name));
  const byContext = index(known, (k) => (k.parentName ? `${loose(k.parentName)} ${loose(k.name)}` : ''));
  const used = new Set<string>();
  const taken = new Set(known.map((k) => k.key));
  const links: TargetLink[] = [];

  const pick = (list: KnownIndicator[] | undefined, parentName: string | null): KnownIndicator[] => {
    const free = (list ?? []).filter((k) => !used.has(k.key));
    if (free.length <= 1 || parentName === null) return free;
    const same = free.filter((k) => k.parentName !== null && loose(k.parentName) === loose(parentName));
    return same.length > 0 ? same : free;
  };

  /** Next suffix to try for each base, so that many targets of the same name stay linear. */
  const suffix = new Map<string, number>();
  const newKey = (draft: TargetDraft, parentKey: string | null): string => {
    const base = parentKey ? `${parentKey}.${slugOf(draft.name)}` : slugOf(draft.name);
    let key = base;
    for (let n = suffix.get(base) ?? 2; used.has(key) || taken.has(key); n++) {
      key = `${base}-${n}`;
      suffix.set(base, n + 1);
    }
    return key;
  };

  const visit = (list: readonly TargetDraft[], parent: { key: string; name: string } | null): TargetNode[] =>
    list.map((draft) => {
      const parentName = parent?.name ?? null;
      const tries: [TargetLink['match'], KnownIndicator[]][] = [
        ['name', pick(byName.get(normalizeIndicatorName(draft.name)), parentName)],
        ['loose', pick(byLoose.get(loose(draft.name)), parentName)],
        ['parent-name', parentName ? pick(byContext.get(`${loose(parentName)} ${loose(draft.name)}`), parentName) : []],
      ];
      const hit = tries.find(([, found]) => found.length === 1);
      const ambiguous = !hit && tries.some(([, found]) => found.length > 1);
      const match = hit?.[1][0];
      const key = match ? match.key : newKey(draft, parent?.key ?? null);
      used.add(key);
      links.push({
        key,
        name: draft.name,
        parentKey: parent?.key ?? null,
        linkedTo: match ? { key: match.key, name: match.name } : null,
        match: hit ? hit[0] : ambiguous ? 'ambiguous' : 'new',
        confidence: hit ? (hit[0] === 'name' ? 0.95 : 0.75) : ambiguous ? 0.4 : 0.9,
      });
      const node: TargetNode = { key, name: draft.name, children: [] };
      if (draft.unit) node.unit = draft.unit;
      if (draft.written !== undefined && draft.written.trim() !== '') {
        node.value = { written: draft.written, parsed: parseTargetValue(draft.written, draft.unit) };
      }
      if (draft.previous) node.previous = draft.previous;
      node.children = visit(draft.children, { key, name: draft.name });
      return node;
    });

  return { nodes: visit(drafts, null), links };
}
