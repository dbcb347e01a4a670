import { LABEL_PATTERN } from '../../nodes/labels.ts';

export type Detected = { type: 'bullet'; marker: '-' | '+' } | { type: 'label'; label: string };

/**
 * What the text typed at the very start of a plain paragraph means when Space follows it:
 * "-" / "+" start a bullet, "1." / "1.2." / "a)" / "II." a numbered paragraph. Anything else: nothing.
 */
export function detectStart(textBeforeCaret: string): Detected | null {
  const t = textBeforeCaret;
  if (t === '-' || t === '–' || t === '•') return { type: 'bullet', marker: '-' };
  if (t === '+') return { type: 'bullet', marker: '+' };
  if (LABEL_PATTERN.test(t)) return { type: 'label', label: t };
  return null;
}
