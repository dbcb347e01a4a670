import type { Block } from '../../contract/model/body.ts';
import type { Inline, TextRun } from '../../contract/model/inline.ts';
import type { PlacedAnchor } from '../../contract/model/review.ts';
import type { Resolution } from '../../contract/model/resolution.ts';
import type { TargetNode } from '../../contract/model/targets.ts';
import { parseTargetValue } from '../../format/targetValue.ts';
import type { Emphasis } from '../../contract/model/inline.ts';

/**
 * Changes the one text of the draft an anchor names. Body text keeps its runs:
 * inserted text takes the emphasis and comment anchors of the text it joins, deleted text goes
 * with its runs, a format change sets bold / italic / underline on its range. A target's value
 * is read again from its new words (parsed), so checks and assessment see the new figure.
 */

type Edit = { at: number; deleteLength: number; insert: string; emphasis?: Emphasis | null };

function withEmphasis(run: TextRun, emphasis: Emphasis): TextRun {
  const flag = (k: 'bold' | 'italic' | 'underline'): { [key: string]: true } => ((emphasis[k] ?? run[k]) === true ? { [k]: true } : {});
  const base: TextRun = { type: 'text', text: run.text, ...(run.comments ? { comments: run.comments } : {}) };
  return { ...base, ...flag('bold'), ...flag('italic'), ...flag('underline') };
}

/** Splices body text: deletes [at, at + deleteLength), inserts `insert` at `at`, or sets emphasis on the range. */
export function spliceInlines(inlines: readonly Inline[], edit: Edit): Inline[] {
  const end = edit.at + edit.deleteLength;
  const out: Inline[] = [];
  let pos = 0;
  let inserted = edit.insert === '';
  const insertRun = (like: TextRun | undefined): void => {
    if (inserted) return;
    inserted = true;
    const run: TextRun = { ...(like ?? { type: 'text', text: '' }), text: edit.insert };
    out.push(run);
  };
  for (const inline of inlines) {
    if (inline.type !== 'text') {
      if (!inserted && pos === edit.at && pos > 0) insertRun(undefined);
      out.push(inline);
      continue;
    }
    const start = pos;
    const stop = pos + inline.text.length;
    pos = stop;
    if (stop <= edit.at || start >= end) {
      if (!inserted && start === edit.at && stop > start) insertRun(inline);
      out.push(inline);
      continue;
    }
    const a = Math.max(edit.at, start) - start;
    const b = Math.min(end, stop) - start;
    if (a > 0) out.push({ ...inline, text: inline.text.slice(0, a) });
    if (edit.emphasis) out.push(withEmphasis({ ...inline, text: inline.text.slice(a, b) }, edit.emphasis));
    else insertRun(inline);
    if (b < inline.text.length) out.push({ ...inline, text: inline.text.slice(b) });
  }
  if (!inserted) {
    const last = [...out].reverse().find((i): i is TextRun => i.type === 'text');
    insertRun(last);
  }
  return out.filter((i) => i.type !== 'text' || i.text !== '');
}

function spliceText(text: string, edit: Edit): string {
  return `${text.slice(0, edit.at)}${edit.insert}${text.slice(edit.at + edit.deleteLength)}`;
}

function mapTargets(nodes: readonly TargetNode[], key: string, fn: (n: TargetNode) => TargetNode): TargetNode[] {
  return nodes.map((n) => (n.key === key ? fn(n) : { ...n, children: mapTargets(n.children, key, fn) }));
}

function mapBlock(doc: Resolution, index: number, fn: (b: Block) => Block): Resolution {
  return { ...doc, body: doc.body.map((b, i) => (i === index ? fn(b) : b)) };
}

/** `doc` with the edit made on the text `anchor` names (checked by the caller with `anchorText`). */
export function editAnchor(doc: Resolution, anchor: PlacedAnchor, edit: Edit): Resolution {
  const text = (t: string): string => spliceText(t, edit);
  switch (anchor.part) {
    case 'body':
      return mapBlock(doc, anchor.block, (b) =>
        b.type === 'heading' || b.type === 'paragraph' || b.type === 'bullet' ? { ...b, runs: spliceInlines(b.runs, edit) } : b,
      );
    case 'body-cell':
      return mapBlock(doc, anchor.block, (b) =>
        b.type === 'table'
          ? {
              ...b,
              rows: b.rows.map((row, r) =>
                row.map((cell, c) => (r === anchor.row && c === anchor.col ? { ...cell, runs: spliceInlines(cell.runs, edit) } : cell)),
              ),
            }
          : b,
      );
    case 'body-new':
      return doc;
    case 'preamble':
      return {
        ...doc,
        title: {
          ...doc.title,
          preamble: doc.title.preamble.map((p, i) => (i === anchor.block ? { ...p, runs: spliceInlines(p.runs, edit) } : p)),
        },
      };
    case 'summary':
      return { ...doc, title: { ...doc.title, summary: text(doc.title.summary) } };
    case 'conference':
      return {
        ...doc,
        title: { ...doc.title, conferenceLines: doc.title.conferenceLines.map((l, i) => (i === anchor.line ? text(l) : l)) },
      };
    case 'circulation':
      return { ...doc, marks: { ...doc.marks, circulation: text(doc.marks.circulation ?? '') } };
    case 'production-note':
      return { ...doc, marks: { ...doc.marks, productionNote: text(doc.marks.productionNote ?? '') } };
    case 'header':
      return { ...doc, header: { ...doc.header, [anchor.field]: text(doc.header[anchor.field] ?? '') } };
    case 'signature':
      return { ...doc, signature: { ...doc.signature, [anchor.field]: text(doc.signature[anchor.field]) } };
    case 'appendix':
      return { ...doc, appendix: { ...doc.appendix, [anchor.field]: text(doc.appendix[anchor.field] ?? '') } };
    case 'target':
      return {
        ...doc,
        targets: mapTargets(doc.targets, anchor.key, (n) => {
          if (anchor.field === 'name') return { ...n, name: text(n.name) };
          if (anchor.field === 'unit') return { ...n, unit: text(n.unit ?? '') };
          const written = text(n.value?.written ?? '');
          return { ...n, value: { written, parsed: parseTargetValue(written, n.unit) } };
        }),
      };
    case 'recipient':
      return {
        ...doc,
        recipients: {
          ...doc.recipients,
          lines: doc.recipients.lines.map((l, i) =>
            i !== anchor.line ? l : anchor.field === 'text' ? { ...l, text: text(l.text) } : { ...l, note: text(l.note ?? '') },
          ),
        },
      };
  }
}

/** A new body paragraph with `text` after block `after` (-1: first). */
export function insertParagraph(doc: Resolution, after: number, text: string): Resolution {
  const paragraph: Block = { type: 'paragraph', runs: [{ type: 'text', text }] };
  const at = Math.min(Math.max(after + 1, 0), doc.body.length);
  return { ...doc, body: [...doc.body.slice(0, at), paragraph, ...doc.body.slice(at)] };
}

/** The body without block `index`. */
export function removeBlock(doc: Resolution, index: number): Resolution {
  return { ...doc, body: doc.body.filter((_, i) => i !== index) };
}
