import { parseTargetValue } from '../format/targetValue.ts';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function fillNodes(nodes: unknown): unknown {
  if (!Array.isArray(nodes)) return nodes;
  return nodes.map((node) => {
    if (!isRecord(node)) return node;
    const out: Record<string, unknown> = { ...node, children: fillNodes(node['children'] ?? []) };
    const value = node['value'];
    if (typeof value === 'string') {
      out['value'] = { written: value, parsed: parseTargetValue(value, typeof node['unit'] === 'string' ? node['unit'] : undefined) };
    } else if (isRecord(value) && typeof value['written'] === 'string' && value['parsed'] === undefined) {
      out['value'] = { ...value, parsed: parseTargetValue(value['written'], typeof node['unit'] === 'string' ? node['unit'] : undefined) };
    }
    return out;
  });
}

/**
 * Lets people and importers hand in targets by their words alone: a target's `value` may be the
 * written text ("trên 64%") or `{written}` without `parsed`; the parsed form is filled in here,
 * before validation. Anything else is left for the schema to judge.
 */
export function withParsedValues(input: unknown): unknown {
  if (!isRecord(input) || !Array.isArray(input['targets'])) return input;
  return { ...input, targets: fillNodes(input['targets']) };
}
