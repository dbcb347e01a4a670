import type { Resolution, TargetNode } from '../contract/model/index.ts';
import { blockToText, runsToText, walkTargets } from '../contract/model/index.ts';

/** A footnote's words in the searched text, set apart by spaces. */
const footnoteWords = (text: string): string => ` ${text} `;

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
    ...doc.title.preamble.map((p) => runsToText(p.runs, footnoteWords)),
    doc.title.decisionLine ?? '',
    ...doc.body.map((block) => blockToText(block, footnoteWords)),
    ...targetLines(doc.targets),
    ...doc.recipients.lines.map((l) => [l.text, l.note].filter(Boolean).join(' ')),
    `${doc.signature.title} ${doc.signature.name}`,
    doc.appendix.include ? doc.appendix.title : '',
  ]
    .filter((s) => s.length > 0)
    .join('\n');
  return { heading, body };
}
