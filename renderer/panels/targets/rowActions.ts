import type { TargetNode } from '../../../electron/contract/model/targets.ts';
import { indentNode, insertNode, findPath, moveBefore, moveNode, newKey, outdentNode, removeNode, updateNode } from './tree.ts';
import { withUnit, withValue } from './values.ts';

/** Everything a row of the targets table can ask for. */
export type RowAction =
  | { type: 'name'; value: string }
  | { type: 'unit'; value: string }
  | { type: 'value'; value: string }
  | { type: 'up' | 'down' | 'indent' | 'outdent' | 'remove' | 'add-child' }
  | { type: 'drop-before'; dragged: string };

export function applyRowAction(nodes: readonly TargetNode[], key: string, action: RowAction): TargetNode[] {
  switch (action.type) {
    case 'name':
      return updateNode(nodes, key, (n) => ({ ...n, name: action.value }));
    case 'unit':
      return updateNode(nodes, key, (n) => withUnit(n, action.value));
    case 'value':
      return updateNode(nodes, key, (n) => withValue(n, action.value));
    case 'up':
      return moveNode(nodes, key, -1);
    case 'down':
      return moveNode(nodes, key, 1);
    case 'indent':
      return indentNode(nodes, key);
    case 'outdent':
      return outdentNode(nodes, key);
    case 'remove':
      return removeNode(nodes, key);
    case 'add-child': {
      const path = findPath(nodes, key);
      return path ? insertNode(nodes, path, { key: newKey(nodes), name: 'Chỉ tiêu mới', children: [] }) : [...nodes];
    }
    case 'drop-before':
      return moveBefore(nodes, action.dragged, key);
  }
}
