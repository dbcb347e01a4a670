import { flattenTargets, walkTargets, type TargetNode } from '../../contract/model/targets.ts';
import type { TargetDiff, TargetFieldChange } from '../../contract/workflow.ts';

type Flat = { node: TargetNode; parent: string };

function flatten(nodes: readonly TargetNode[]): Map<string, Flat> {
  return new Map(flattenTargets(nodes).map(({ node, parent }) => [node.key, { node, parent: parent?.name ?? '' }]));
}

const valueOf = (n: TargetNode): string => n.value?.written.trim() ?? '';
const previousOf = (n: TargetNode): string =>
  n.previous
    ? [n.previous.target && `kế hoạch ${n.previous.target}`, n.previous.result && `thực hiện ${n.previous.result}`, n.previous.assessment]
        .filter(Boolean)
        .join(', ')
    : '';

/** The fields of a target that differ, as written. */
function fieldChanges(a: Flat, b: Flat): TargetFieldChange[] {
  const pairs: Array<[TargetFieldChange['field'], string, string]> = [
    ['name', a.node.name.trim(), b.node.name.trim()],
    ['unit', a.node.unit?.trim() ?? '', b.node.unit?.trim() ?? ''],
    ['value', valueOf(a.node), valueOf(b.node)],
    ['better', a.node.better ?? '', b.node.better ?? ''],
    ['previous', previousOf(a.node), previousOf(b.node)],
    ['position', a.parent, b.parent],
  ];
  return pairs.filter(([, before, after]) => before !== after).map(([field, before, after]) => ({ field, before, after }));
}

/**
 * Targets compared by their key (the indicator's identity): added, removed, and those whose name,
 * unit, value, direction, last year's figures or group changed. Newer order, removed ones last.
 */
export function diffTargets(before: readonly TargetNode[], after: readonly TargetNode[]): TargetDiff[] {
  const a = flatten(before);
  const b = flatten(after);
  const out: TargetDiff[] = [];
  for (const [node] of walkTargets(after)) {
    const old = a.get(node.key);
    const now = b.get(node.key);
    if (now === undefined) continue;
    if (old === undefined) {
      out.push({ kind: 'added', key: node.key, name: node.name, value: valueOf(node) });
      continue;
    }
    const changes = fieldChanges(old, now);
    if (changes.length > 0) out.push({ kind: 'changed', key: node.key, name: node.name, changes });
  }
  for (const [node] of walkTargets(before)) {
    if (!b.has(node.key)) out.push({ kind: 'removed', key: node.key, name: node.name, value: valueOf(node) });
  }
  return out;
}
