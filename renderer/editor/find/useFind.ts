import type { LexicalEditor } from 'lexical';
import { SKIP_DOM_SELECTION_TAG } from 'lexical';
import { useEffect, useMemo, useState } from 'react';
import type { DocParts } from '../session/parts.ts';
import { $findInBody, $replaceAllInBody, $replaceMatch, type BodyMatch } from './bodyFind.ts';
import { partFields, type PartField } from './fields.ts';
import { findIn, replaceSpans, type FindOptions, type Span } from './match.ts';

/** One place where the text was found: in the body, or in a field of the header, closing or targets. */
export type Hit = { kind: 'body'; match: BodyMatch } | { kind: 'field'; field: PartField; span: Span };

export type UpdateParts = (change: (parts: DocParts) => DocParts) => void;

/** The body's version: bumped (at most once a frame) whenever the body changes, so the hits follow typing. */
function useBodyVersion(editor: LexicalEditor, active: boolean): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!active) return undefined;
    let frame = 0;
    const off = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if ((dirtyElements.size === 0 && dirtyLeaves.size === 0) || frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setVersion((v) => v + 1);
      });
    });
    return () => {
      off();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [editor, active]);
  return version;
}

function fieldHits(fields: readonly PartField[], query: string, options: FindOptions): Hit[] {
  return fields.flatMap((field) => findIn(field.text, query, options).map((span): Hit => ({ kind: 'field', field, span })));
}

/** Every hit of `query` in reading order: header and title, the body, then closing and targets. */
export function useHits(editor: LexicalEditor, parts: DocParts, query: string, options: FindOptions, active: boolean): Hit[] {
  const version = useBodyVersion(editor, active);
  const { ignoreMarks } = options;
  return useMemo(() => {
    if (!active || query === '' || version < 0) return [];
    const opts = { ignoreMarks };
    const fields = partFields(parts);
    const body = editor.getEditorState().read(() => $findInBody(query, opts));
    return [
      ...fieldHits(
        fields.filter((f) => f.place === 'before'),
        query,
        opts,
      ),
      ...body.map((match): Hit => ({ kind: 'body', match })),
      ...fieldHits(
        fields.filter((f) => f.place === 'after'),
        query,
        opts,
      ),
    ];
  }, [editor, parts, query, ignoreMarks, active, version]);
}

/** Replaces one hit. */
export function replaceHit(editor: LexicalEditor, updateParts: UpdateParts, hit: Hit, replacement: string): void {
  if (hit.kind === 'body') {
    editor.update(() => $replaceMatch(hit.match, replacement), { tag: SKIP_DOM_SELECTION_TAG });
    return;
  }
  const { field, span } = hit;
  updateParts((p) => field.set(p, replaceSpans(field.text, [span], replacement)));
}

/** Replaces every hit in the body and the fields; returns how many. */
export function replaceAll(
  editor: LexicalEditor,
  updateParts: UpdateParts,
  hits: readonly Hit[],
  query: string,
  options: FindOptions,
  replacement: string,
): number {
  let count = 0;
  if (hits.some((h) => h.kind === 'body')) {
    editor.update(
      () => {
        count += $replaceAllInBody(query, options, replacement);
      },
      { tag: SKIP_DOM_SELECTION_TAG, discrete: true },
    );
  }
  const byField = new Map<string, { field: PartField; spans: Span[] }>();
  for (const h of hits) {
    if (h.kind !== 'field') continue;
    const entry = byField.get(h.field.id) ?? { field: h.field, spans: [] };
    entry.spans.push(h.span);
    byField.set(h.field.id, entry);
    count += 1;
  }
  if (byField.size > 0) {
    updateParts((p) =>
      [...byField.values()].reduce((q, { field, spans }) => field.set(q, replaceSpans(field.text, spans, replacement)), p),
    );
  }
  return count;
}
