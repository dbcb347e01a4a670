import { flattenTargets, walkTargets, type TargetNode } from '../../../electron/contract/model/targets.ts';

/**
 * The targets tree, edited immutably by indicator key: every operation returns a new tree that
 * shares the untouched branches (so unchanged rows do not re-render).
 */
export type Path = readonly number[];

export function findPath(nodes: readonly TargetNode[], key: string, base: number[] = []): number[] | null {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (!node) continue;
    if (node.key === key) return [...base, i];
    const inner = findPath(node.children, key, [...base, i]);
    if (inner) return inner;
  }
  return null;
}

/** Replaces the sibling list at `parent` (an empty path is the top level). */
function withSiblings(nodes: readonly TargetNode[], parent: Path, change: (siblings: TargetNode[]) => TargetNode[]): TargetNode[] {
  if (parent.length === 0) return change([...nodes]);
  const [head = 0, ...rest] = parent;
  return nodes.map((n, i) => (i === head ? { ...n, children: withSiblings(n.children, rest, change) } : n));
}

export function nodeAt(nodes: readonly TargetNode[], path: Path): TargetNode | undefined {
  let list = nodes;
  let node: TargetNode | undefined;
  for (const i of path) {
    node = list[i];
    if (!node) return undefined;
    list = node.children;
  }
  return node;
}

export function updateNode(nodes: readonly TargetNode[], key: string, change: (node: TargetNode) => TargetNode): TargetNode[] {
  const path = findPath(nodes, key);
  if (!path) return [...nodes];
  const index = path[path.length - 1] ?? 0;
  return withSiblings(nodes, path.slice(0, -1), (s) => s.map((n, i) => (i === index ? change(n) : n)));
}

export function removeNode(nodes: readonly TargetNode[], key: string): TargetNode[] {
  const path = findPath(nodes, key);
  if (!path) return [...nodes];
  const index = path[path.length - 1] ?? 0;
  return withSiblings(nodes, path.slice(0, -1), (s) => s.filter((_, i) => i !== index));
}

/** Inserts `node` into the sibling list at `parent`, at `index` (default: at the end). */
export function insertNode(nodes: readonly TargetNode[], parent: Path, node: TargetNode, index?: number): TargetNode[] {
  return withSiblings(nodes, parent, (s) => {
    s.splice(index ?? s.length, 0, node);
    return s;
  });
}

/** Moves a row up (-1) or down (+1) among its siblings. */
export function moveNode(nodes: readonly TargetNode[], key: string, by: -1 | 1): TargetNode[] {
  const path = findPath(nodes, key);
  if (!path) return [...nodes];
  const index = path[path.length - 1] ?? 0;
  return withSiblings(nodes, path.slice(0, -1), (s) => {
    const to = index + by;
    if (to < 0 || to >= s.length) return s;
    const [item] = s.splice(index, 1);
    if (item) s.splice(to, 0, item);
    return s;
  });
}

/** Makes a row the last child of the row above it. */
export function indentNode(nodes: readonly TargetNode[], key: string): TargetNode[] {
  const path = findPath(nodes, key);
  const index = path?.[path.length - 1] ?? 0;
  if (!path || index === 0) return [...nodes];
  const node = nodeAt(nodes, path);
  if (!node) return [...nodes];
  const parent = path.slice(0, -1);
  const removed = removeNode(nodes, key);
  return insertNode(removed, [...parent, index - 1], node);
}

/** Moves a row out of its group, right after the group. */
export function outdentNode(nodes: readonly TargetNode[], key: string): TargetNode[] {
  const path = findPath(nodes, key);
  if (!path || path.length < 2) return [...nodes];
  const node = nodeAt(nodes, path);
  if (!node) return [...nodes];
  const parentPath = path.slice(0, -1);
  const grand = parentPath.slice(0, -1);
  const parentIndex = parentPath[parentPath.length - 1] ?? 0;
  return insertNode(removeNode(nodes, key), grand, node, parentIndex + 1);
}

/** Drag and drop: puts `key` just before `beforeKey` (same list as it), or at the end of the top level. */
export function moveBefore(nodes: readonly TargetNode[], key: string, beforeKey: string | null): TargetNode[] {
  if (key === beforeKey) return [...nodes];
  const node = nodeAt(nodes, findPath(nodes, key) ?? []);
  if (!node) return [...nodes];
  if (beforeKey !== null && findPath(node.children, beforeKey)) return [...nodes];
  const removed = removeNode(nodes, key);
  if (beforeKey === null) return insertNode(removed, [], node);
  const target = findPath(removed, beforeKey);
  if (!target) return [...nodes];
  return insertNode(removed, target.slice(0, -1), node, target[target.length - 1]);
}

/** A key not used in the tree: "chi-tieu-moi-1", "chi-tieu-moi-2", … */
export function newKey(nodes: readonly TargetNode[], stem = 'chi-tieu-moi'): string {
  const used = new Set([...walkTargets(nodes)].map(([n]) => n.key));
  let n = 1;
  while (used.has(`${stem}-${n}`)) n += 1;
  return `${stem}-${n}`;
}

export type TargetRow = { node: TargetNode; depth: number; stt: string; index: number; siblings: number; parentKey: string | null };

/** The tree as table rows, top to bottom; STT numbers the top level only, as printed. */
export function targetRows(nodes: readonly TargetNode[]): TargetRow[] {
  return flattenTargets(nodes).map(({ node, depth, index, siblings, parent }) => ({
    node,
    depth,
    stt: depth === 0 ? String(index + 1) : '',
    index,
    siblings,
    parentKey: parent?.key ?? null,
  }));
}
