import { $getSelection, $isRangeSelection, $isRootNode, $isTextNode } from 'lexical';
import { $createBodyParagraphNode, $isBodyParagraphNode } from '../../nodes/BodyParagraphNode.ts';
import { $createBulletNode, $isBulletNode } from '../../nodes/BulletNode.ts';
import { detectStart } from './detect.ts';

/** Space after "-", "+", "1.", "a)" at the start of a plain paragraph makes it a bullet or a numbered paragraph. */
export function $onSpace(): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
  const node = selection.anchor.getNode();
  const block = node.getParent();
  if (!$isTextNode(node) || !$isBodyParagraphNode(block) || block.getLabel() !== null) return false;
  if (!$isRootNode(block.getParent()) || !node.is(block.getFirstChild())) return false;
  const before = node.getTextContent().slice(0, selection.anchor.offset);
  const found = detectStart(before);
  if (!found) return false;
  node.spliceText(0, before.length, '', true);
  if (found.type === 'label') {
    block.setLabel(found.label);
  } else {
    const bullet = $createBulletNode(found.marker);
    block.getChildren().forEach((child) => bullet.append(child));
    block.replace(bullet);
    bullet.selectStart();
  }
  return true;
}

/** Enter on an empty bullet or empty numbered paragraph ends the list instead of continuing it. */
export function $onEnter(): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
  const block = selection.anchor.getNode().getTopLevelElement();
  if (!block || block.getTextContent() !== '' || block.getChildrenSize() > 0) return false;
  if ($isBulletNode(block)) {
    const paragraph = $createBodyParagraphNode();
    block.replace(paragraph);
    paragraph.selectStart();
    return true;
  }
  if ($isBodyParagraphNode(block) && block.getLabel() !== null) {
    block.setLabel(null);
    return true;
  }
  return false;
}
