import type { Recipient } from '../../../electron/contract/model/parts.ts';

/**
 * "Nơi nhận" of a copy as a text box, one line per recipient; a note in brackets at the end of a
 * line ("(để báo cáo)") stays the line's note, as the writer prints it in italics.
 */
export function recipientsToText(lines: readonly Recipient[]): string {
  return lines.map((l) => (l.note ? `${l.text} ${l.note}` : l.text)).join('\n');
}

/** Lines of the box as recipients; `asWritten` keeps each line's own end punctuation (an imported list), else the writer adds it. */
export function textToRecipients(text: string, asWritten = false): Recipient[] {
  return text
    .split('\n')
    .map((line) => line.trim().replace(/^[-–•]\s*/, ''))
    .map((line) => (asWritten ? line : line.replace(/[,;.]\s*$/, '').trim()))
    .filter((line) => line !== '')
    .map((line) => {
      const m = /^(.*\S)\s+(\([^()]+\))$/u.exec(line);
      return m?.[1] && m[2] ? { text: m[1], note: m[2] } : { text: line };
    });
}
