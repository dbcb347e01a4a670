/* eslint-disable no-control-regex -- this file finds control characters */
import type { Io } from './output.ts';

/**
 * Text from a file printed to a terminal: control characters (C0 but tab and newline, DEL, and
 * the C1 range, where U+009B starts a command on some terminals) removed, so that escape
 * sequences hidden in a document cannot move the cursor, change colours or retitle the window.
 */

const CONTROL =
  /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function terminalSafe(text: string): string {
  return text.replace(CONTROL, '');
}

/** An Io whose every line is made terminal-safe. */
export function terminalSafeIo(io: Io): Io {
  return { out: (line) => io.out(terminalSafe(line)), err: (line) => io.err(terminalSafe(line)) };
}
