import type { Block, Inline, Resolution, TargetNode } from '../contract/model/index.ts';
import { runsToText, walkTargets } from '../contract/model/index.ts';

/** The words of inline content, a footnote's words set apart by spaces. */
const inlineText = (runs: readonly Inline[]): string => runsToText(runs, (text) => ` ${text} `);

function blockText(block: Block): string {
  switch (block.type) {
    case 'heading':
      return [block.label, inlineText(block.runs)].filter(Boolean).join(' ');
    case 'paragraph':
      return [block.label, inlineText(block.runs)].filter(Boolean).join(' ');
    case 'bullet':
      return `${block.marker} ${inlineText(block.runs)}`;
    case 'table':
      return block.rows.map((row) => row.map((cell) => inlineText(cell.runs)).join(' | ')).join('\n');
    case 'targets':
    case 'page-break':
      return '';
  }
}

function targetLines(nodes: readonly TargetNode[]): string[] {
  return [...walkTargets(nodes)].map(([node]) => [node.name, node.value?.written, node.unit].filter(Boolean).join(' '));
}

/**
 * The text a document is found by: the title block ("heading", weighted more) and everything
 * else — header, body, targets with their values, recipients, signer.
 */
export function documentSearchText(doc: Resolution): { heading: string; body: string } {
  const heading = [doc.title.documentType, ...doc.title.conferenceLines, doc.title.summary].join('\n');
  const body = [
    doc.header.superiorBody ?? '',
    doc.header.issuingBody,
    doc.header.place,
    ...doc.title.preamble.map((p) => inlineText(p.runs)),
    doc.title.decisionLine ?? '',
    ...doc.body.map(blockText),
    ...targetLines(doc.targets),
    ...doc.recipients.lines.map((l) => [l.text, l.note].filter(Boolean).join(' ')),
    `${doc.signature.title} ${doc.signature.name}`,
    doc.appendix.include ? doc.appendix.title : '',
  ]
    .filter((s) => s.length > 0)
    .join('\n');
  return { heading, body };
}
