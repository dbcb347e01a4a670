import { fail, ok, type AppError, type Result } from '../../contract/result.ts';
import { stageFile } from '../../files/atomicWrite.ts';
import { describeFsError } from '../fsErrors.ts';

/**
 * Where a finished copy goes. The bytes are staged first (a complete temporary file, flushed),
 * then `commit` runs inside the register's transaction: the copy's number is recorded if and only
 * if the file is put in place. Neither a half-written file nor a number without its copy remains.
 */
export type StagedCopy = {
  /** Puts the copy in place; synchronous (it runs inside the SQLite transaction); throws on failure. */
  commit(): void;
  /** Removes what was staged (after a failure); never throws. */
  discard(): Promise<void>;
  /** A Vietnamese description of an error thrown by `commit`. */
  describe(err: unknown): AppError;
};

export type CopySink = { stage(bytes: Uint8Array): Promise<Result<StagedCopy>> };

/** Keeps the bytes in memory (the UI sends them on to a save dialog or a download). */
export const memorySink: CopySink = {
  stage: () =>
    Promise.resolve(
      ok({
        commit: () => undefined,
        discard: () => Promise.resolve(),
        describe: (err) => ({ code: 'INTERNAL', message: 'Không giữ được bản sao.', details: [String(err)] }),
      }),
    ),
};

/** Writes the copy to `path`: a temporary file beside it, renamed over `path` on commit. */
export function fileSink(path: string): CopySink {
  return {
    async stage(bytes) {
      if (!/\.docx$/i.test(path)) return fail('INVALID_INPUT', `Tệp bản sao "${path}" phải có đuôi .docx.`);
      try {
        const staged = await stageFile(path, bytes);
        return ok({ commit: staged.commitSync, discard: staged.discard, describe: (err) => describeFsError(err, 'ghi', path) });
      } catch (err) {
        return { ok: false, error: describeFsError(err, 'ghi', path) };
      }
    },
  };
}
