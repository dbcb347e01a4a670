import { isDeepStrictEqual } from 'node:util';
import type { Resolution } from '../../../../electron/contract/model/resolution.ts';
import { walkTargets, type TargetNode } from '../../../../electron/contract/model/targets.ts';
import { normalizeIndicatorName } from '../../../../electron/format/resultsPaste.ts';

/**
 * How well an imported model matches the true model of the same document: the 7 header fields,
 * the number of targets found against the true count, and targets whose name, unit and value
 * (written and parsed) are right. Targets are paired by their name and their parent's name.
 */

export const HEADER_FIELDS = ['superiorBody', 'issuingBody', 'bodyKind', 'number.seq', 'number.symbol', 'place', 'date'] as const;

export type Score = {
  headerRight: number;
  headerWrong: string[];
  targetsFound: number;
  targetsTrue: number;
  targetsRight: number;
  targetsWrong: string[];
};

function headerValue(doc: Resolution, field: (typeof HEADER_FIELDS)[number]): unknown {
  const h = doc.header;
  switch (field) {
    case 'number.seq':
      return h.number.seq;
    case 'number.symbol':
      return `${h.number.typeCode}/${h.number.issuerCode}`;
    default:
      return h[field] ?? null;
  }
}

function pathKeys(nodes: readonly TargetNode[]): Map<string, TargetNode> {
  const out = new Map<string, TargetNode>();
  const visit = (list: readonly TargetNode[], parent: string): void => {
    for (const n of list) {
      const k = `${parent}>${normalizeIndicatorName(n.name)}`;
      if (!out.has(k)) out.set(k, n);
      visit(n.children, normalizeIndicatorName(n.name));
    }
  };
  visit(nodes, '');
  return out;
}

export function scoreImport(got: Resolution, truth: Resolution): Score {
  const headerWrong = HEADER_FIELDS.filter((f) => !isDeepStrictEqual(headerValue(got, f), headerValue(truth, f)));
  const mine = pathKeys(got.targets);
  const targetsWrong: string[] = [];
  let right = 0;
  for (const [k, t] of pathKeys(truth.targets)) {
    const g = mine.get(k);
    const ok = g !== undefined && (g.unit ?? null) === (t.unit ?? null) && isDeepStrictEqual(g.value ?? null, t.value ?? null);
    if (ok) right += 1;
    else {
      targetsWrong.push(
        g ? `${t.name}: ${g.unit ?? '-'} ${JSON.stringify(g.value)} ≠ ${t.unit ?? '-'} ${JSON.stringify(t.value)}` : `${t.name}: không có`,
      );
    }
  }
  return {
    headerRight: HEADER_FIELDS.length - headerWrong.length,
    headerWrong: [...headerWrong],
    targetsFound: [...walkTargets(got.targets)].length,
    targetsTrue: [...walkTargets(truth.targets)].length,
    targetsRight: right,
    targetsWrong,
  };
}
