import * as z from 'zod';
import { idField } from './channel.ts';
import { channel } from './channel.ts';

/** Someone else editing the same document: their name and since when (ISO). */
export type Editor = { name: string; since: string };

/**
 * Who is editing which document (issue 17). The editor touches every few seconds while a document
 * is open and leaves when it closes; the office server forgets a touch after 30 s. Working alone
 * (the desktop app, browser mode, the command line) no one else is ever editing.
 */
export const presenceVerbs = {
  'presence.touch': channel<{ editors: Editor[] }>()(z.object({ documentId: idField })),
  'presence.leave': channel<{ left: true }>()(z.object({ documentId: idField })),
};
