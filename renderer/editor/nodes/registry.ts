import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import { $create, ParagraphNode, type LexicalNodeConfig } from 'lexical';
import { BodyParagraphNode } from './BodyParagraphNode.ts';
import { BulletNode } from './BulletNode.ts';
import { CommentMarkNode } from './CommentMarkNode.ts';
import { FootnoteNode } from './FootnoteNode.ts';
import { HeadingNode } from './HeadingNode.ts';
import { PageBreakNode } from './PageBreakNode.ts';
import { TargetsBlockNode } from './TargetsBlockNode.ts';

/**
 * The one registry of the body's nodes, used by the editor and by the headless tests.
 * Every paragraph Lexical makes (Enter, paste, table cells) is a BodyParagraphNode.
 */
export const bodyNodes: readonly LexicalNodeConfig[] = [
  BodyParagraphNode,
  { replace: ParagraphNode, with: () => $create(BodyParagraphNode), withKlass: BodyParagraphNode },
  HeadingNode,
  BulletNode,
  FootnoteNode,
  CommentMarkNode,
  TargetsBlockNode,
  PageBreakNode,
  TableNode,
  TableRowNode,
  TableCellNode,
];
