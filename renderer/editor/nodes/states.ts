import { createState } from 'lexical';
import type { HeadingLevel } from '../../../electron/contract/model/body.ts';
import { headingLevels } from '../../../electron/contract/model/body.ts';

/**
 * Node state shared by the body nodes, serialized flat on the node ("level", "label", …).
 * A literal label is kept exactly as written; null means "no label" (paragraphs) or
 * "numbered automatically" (headings).
 */
export const labelState = createState('label', {
  parse: (v: unknown): string | null => (typeof v === 'string' ? v : null),
});

export const levelState = createState('level', {
  parse: (v: unknown): HeadingLevel => ((headingLevels as readonly unknown[]).includes(v) ? (v as HeadingLevel) : 'item'),
});

export const markerState = createState('marker', {
  parse: (v: unknown): '-' | '+' => (v === '+' ? '+' : '-'),
});

/** A paragraph printed without its first-line indent ("none"); null keeps the profile's. */
export const indentState = createState('indentMode', {
  parse: (v: unknown): 'first-line' | 'none' | null => (v === 'first-line' || v === 'none' ? v : null),
});

/** A table cell's own bold flag (the model's `TableCell.bold`); null when the cell does not say. */
export const cellBoldState = createState('cellBold', {
  parse: (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null),
});
