import type { Block } from '../../../electron/contract/model/body.ts';
import type { Resolution } from '../../../electron/contract/model/resolution.ts';

/** Everything of a document except its body, which lives in the Lexical editor until it is saved. */
export type DocParts = Omit<Resolution, 'body'>;

export function splitDocument(doc: Resolution): { parts: DocParts; body: Block[] } {
  const { body, ...parts } = doc;
  return { parts, body };
}

/**
 * The document to save: the parts and the body, without the blank "Nơi nhận" lines the user has
 * added but not typed yet (they would make the whole save fail).
 */
export function joinDocument(parts: DocParts, body: Block[]): Resolution {
  const lines = parts.recipients.lines.filter((l) => l.text.trim() !== '');
  const recipients = lines.length > 0 && lines.length !== parts.recipients.lines.length ? { ...parts.recipients, lines } : parts.recipients;
  return { ...parts, recipients, body };
}
