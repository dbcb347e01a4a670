import type { Recipients } from '../contract/model/parts.ts';
import type { FormatProfile } from '../format/profile.ts';

/** One recipient as printed: "- " + text ("\n" = continuation line, no dash), italic note, end mark. */
export type PrintedRecipient = { text: string; note: string | undefined; end: string };

const TRAILING = /[\s,.;]+$/;

/**
 * The "Nơi nhận" lines. With punctuation "profile", each line loses its own trailing , . ; and
 * ends with the profile's separator (36-HD: ","), the last with its terminator ("."). With
 * "as-written", lines print exactly as stored (documents issued before the app).
 */
export function printedRecipients(recipients: Recipients, profile: FormatProfile): PrintedRecipient[] {
  const { lineSeparator, lastTerminator } = profile.recipients;
  const count = recipients.lines.length;
  return recipients.lines.map((line, i) => {
    const note = line.note?.trim() ? line.note : undefined;
    if (recipients.punctuation === 'as-written') return { text: `- ${line.text}`, note, end: '' };
    const end = i === count - 1 ? lastTerminator : lineSeparator;
    if (note === undefined) return { text: `- ${line.text.replace(TRAILING, '')}`, note, end };
    return { text: `- ${line.text.replace(TRAILING, '')}`, note: note.replace(TRAILING, ''), end };
  });
}
