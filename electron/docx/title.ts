import type { Paragraph } from 'docx';
import type { Resolution } from '../contract/model/resolution.ts';
import type { BuildContext } from './context.ts';
import { centredLine } from './layout.ts';
import { bodyParagraph } from './paragraphs.ts';

/**
 * Box 5a: the type ("NGHỊ QUYẾT"), the conference lines, the summary ("\n" = line break as
 * printed) and the separator ("-----"); then the preamble of a conference resolution and its
 * enacting word ("QUYẾT NGHỊ").
 */
export function titleBlock(doc: Resolution, ctx: BuildContext): Paragraph[] {
  const t = ctx.profile.title;
  const body = ctx.profile.body;
  const p = ctx.placeholders;
  const out: Paragraph[] = [
    centredLine({ text: doc.title.documentType, style: t.documentType }, p, t.spaceBeforePt),
    ...doc.title.conferenceLines.map((text) => centredLine({ text, style: t.conference }, p)),
    centredLine({ text: doc.title.summary, style: t.summary }, p, 0, t.separator === null ? t.spaceBeforePt : 0),
  ];
  if (t.separator !== null) {
    out.push(centredLine({ text: t.separator, style: { ...t.summary, bold: false } }, p, 0, t.spaceBeforePt));
  }
  out.push(...doc.title.preamble.map((p) => bodyParagraph(p, ctx)));
  if (doc.title.decisionLine !== null) {
    out.push(centredLine({ text: doc.title.decisionLine, style: t.decisionLine }, p, body.spaceAfterPt, body.spaceAfterPt));
  }
  return out;
}
