import { walkTargets } from '../../../electron/contract/model/targets.ts';
import { applyRowAction } from '../../panels/targets/rowActions.ts';
import type { PanelTab } from '../session/editorContext.ts';
import type { DocParts } from '../session/parts.ts';

/**
 * A text field of the document outside the body that find and replace searches: where it is
 * shown (a CSS selector, and the side panel's tab when it is there), its text, and how to change it.
 */
export type PartField = {
  id: string;
  /** Where it sits in reading order: before the body (header, title) or after it. */
  place: 'before' | 'after';
  selector: string;
  tab: PanelTab | null;
  text: string;
  set: (parts: DocParts, text: string) => DocParts;
};

const testId = (id: string): string => `[data-testid="${id}"]`;

function headerFields(p: DocParts): PartField[] {
  const fields: PartField[] = [
    {
      id: 'header.place',
      place: 'before',
      selector: testId('header-place'),
      tab: null,
      text: p.header.place,
      set: (q, text) => ({ ...q, header: { ...q.header, place: text } }),
    },
    {
      id: 'title.documentType',
      place: 'before',
      selector: testId('title-document-type'),
      tab: null,
      text: p.title.documentType,
      set: (q, text) => ({ ...q, title: { ...q.title, documentType: text } }),
    },
  ];
  p.title.conferenceLines.forEach((line, i) =>
    fields.push({
      id: `title.conferenceLines.${i}`,
      place: 'before',
      selector: `.pf-title .pf-line-with-control:nth-of-type(${i + 1}) ${testId('title-conference-line')}`,
      tab: null,
      text: line,
      set: (q, text) => ({ ...q, title: { ...q.title, conferenceLines: q.title.conferenceLines.map((l, k) => (k === i ? text : l)) } }),
    }),
  );
  fields.push({
    id: 'title.summary',
    place: 'before',
    selector: testId('title-summary'),
    tab: null,
    text: p.title.summary,
    set: (q, text) => ({ ...q, title: { ...q.title, summary: text } }),
  });
  return fields;
}

function closingFields(p: DocParts): PartField[] {
  const fields: PartField[] = p.recipients.lines.map((line, i) => ({
    id: `recipients.lines.${i}`,
    place: 'after',
    selector: `[data-testid="recipient-line"]:nth-child(${i + 1}) [data-testid="recipient-text"]`,
    tab: 'closing',
    text: line.text,
    set: (q, text) => ({
      ...q,
      recipients: { ...q.recipients, lines: q.recipients.lines.map((l, k) => (k === i ? { ...l, text } : l)) },
    }),
  }));
  for (const key of ['authorityOf', 'title', 'name'] as const) {
    fields.push({
      id: `signature.${key}`,
      place: 'after',
      selector: testId(key === 'authorityOf' ? 'signature-authority-of' : `signature-${key}`),
      tab: 'closing',
      text: p.signature[key],
      set: (q, text) => ({ ...q, signature: { ...q.signature, [key]: text } }),
    });
  }
  return fields;
}

function targetFields(p: DocParts): PartField[] {
  const fields: PartField[] = [];
  for (const [node] of walkTargets(p.targets)) {
    const row = `[data-testid="target-row"][data-key="${node.key}"]`;
    const texts = { name: node.name, unit: node.unit ?? '', value: node.value?.written ?? '' };
    for (const key of ['name', 'unit', 'value'] as const) {
      fields.push({
        id: `targets.${node.key}.${key}`,
        place: 'after',
        selector: `${row} [data-testid="target-${key}"]`,
        tab: 'targets',
        text: texts[key],
        set: (q, text) => ({ ...q, targets: applyRowAction(q.targets, node.key, { type: key, value: text }) }),
      });
    }
  }
  return fields;
}

/** Every searchable field of the parts, in reading order: header and title; then recipients, signer, targets. */
export function partFields(parts: DocParts): PartField[] {
  return [...headerFields(parts), ...closingFields(parts), ...targetFields(parts)].filter((f) => f.text !== '');
}
