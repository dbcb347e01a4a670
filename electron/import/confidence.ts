import type { Structure } from './structure.ts';
import type { TargetLink } from './targets/link.ts';

/**
 * How sure the reader is of each field, 0..1, keyed by model path, so a review screen can
 * show what was read and what is doubtful: a field found by its exact form scores high, a
 * field inferred from something else scores lower, a placeholder scores 0. Targets also get
 * one entry each ("targets.<key>": the lower of the split and the link).
 */

type Facts = {
  plan: { sure: number };
  links: readonly TargetLink[];
  targetsFrom: 'appendix' | 'body-table' | 'body' | 'none';
  kindSure: boolean;
};

const round = (n: number): number => Math.round(n * 100) / 100;

export function scoreConfidence(s: Structure, facts: Facts): Record<string, number> {
  const h = s.header;
  const t = s.title;
  const closing = s.closing;
  const sig = closing?.signature;
  const c: Record<string, number> = {
    'header.superiorBody': h.superiorBody ? 0.9 : h.issuingBody ? 0.7 : 0,
    'header.issuingBody': h.issuingBody ? (h.partyTitle ? 0.95 : 0.8) : 0,
    'header.bodyKind': h.bodyKind ? (facts.kindSure ? 0.95 : 0.6) : 0.2,
    'header.number': h.number ? (h.number.seq !== null ? 0.95 : 0.8) : 0,
    'header.place': h.place ? 0.95 : 0,
    'header.date': h.date ? 0.95 : h.dateBlank ? 0.8 : 0,
    planYear: facts.plan.sure,
    marks: 0.9,
    kind: s.kind ? (s.kind.sure ? 0.99 : 0.6) : 0,
    'title.documentType': t ? (s.kind?.sure ? 0.99 : s.kind ? 0.6 : 0.2) : 0,
    'title.conferenceLines': t ? 0.85 : 0,
    'title.summary': t?.summary ? (t.summary.length > 10 ? 0.9 : 0.6) : 0,
    'title.preamble': t ? (t.decisionLine ? 0.85 : 0.9) : 0,
    body: s.body && s.body.blocks.length > 0 ? (s.doc.plain ? 0.8 : 0.9) : 0.1,
    recipients: closing?.label ? (closing.recipients.length > 0 ? 0.9 : 0.3) : 0,
    signature: sig?.name && sig.title ? (sig.authority && sig.authority !== 'none' ? 0.9 : 0.75) : sig?.found ? 0.4 : 0,
    appendix: facts.targetsFrom === 'appendix' ? 0.9 : s.appendix ? 0.5 : 0.9,
  };
  const fromKind = { appendix: 0.9, 'body-table': 0.85, body: 0.65, none: 0.1 }[facts.targetsFrom];
  const linkAvg = facts.links.length > 0 ? facts.links.reduce((a, l) => a + l.confidence, 0) / facts.links.length : 1;
  c['targets'] = round(Math.min(fromKind, linkAvg));
  for (const l of facts.links) c[`targets.${l.key}`] = round(Math.min(fromKind, l.confidence));
  return c;
}
