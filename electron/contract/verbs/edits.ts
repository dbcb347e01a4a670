import * as z from 'zod';
import { bodyChangesSchema } from '../model/bodyChanges.ts';
import type { Finding } from '../model/office.ts';
import type { Result } from '../result.ts';
import { channel, idField as id } from './channel.ts';

/** What a save of the editor answers: the new version and the format findings of what was stored, not the content again. */
export type SavedEdits = { version: number; updatedAt: string; findings: Result<Finding[]> };

/**
 * The editor's autosave, kept off the keystroke (issue 15 §3): the body goes as changes against
 * the stored version, and the format check runs on the stored copy instead of the content being
 * sent a second time.
 */
export const editVerbs = {
  /**
   * Autosave and "Lưu" of the editor: the content with its body as changes against version
   * `expectedVersion` (runs of its blocks kept, the others sent); refused (CONFLICT) when someone
   * saved a newer version meanwhile. The rest of the content is sent whole and checked by the
   * model's schema once put together.
   */
  saveEdits: channel<SavedEdits>()(z.object({ id, expectedVersion: id, content: z.looseObject({ body: bodyChangesSchema }) })),
  /** Format findings of the stored document (on opening: the editor shows what is stored). */
  checkStoredDocument: channel<Finding[]>()(z.object({ id })),
};
