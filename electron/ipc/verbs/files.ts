import { importCauses, ok, type AppError, type ImportCause } from '../../contract/result.ts';
import { profileFor } from '../../services/documents.ts';
import { localDate } from '../../format/dates.ts';
import { exportFileName, renderForExport } from '../../services/exportFile.ts';
import type { Handlers } from '../context.ts';

function isImportCause(code: string): code is ImportCause {
  return (importCauses as readonly string[]).includes(code);
}

/**
 * Documents that are files rather than rows of the store. Each verb imports what only it uses (the
 * checks, the importer's worker) when it runs: `soan-nq export` of a file loads the writer alone.
 */
export const fileHandlers = {
  exportContent: (req, ctx) => ctx.saveFile({ fileName: exportFileName(req.content), render: () => renderForExport(req.content) }),
  checkContent: async (req) => {
    const profile = profileFor(req.content);
    if (!profile.ok) return profile;
    const { checkResolution, countFindings } = await import('../../services/check/index.ts');
    const findings = checkResolution(req.content, profile.value);
    return ok({ profile: { id: profile.value.id, name: profile.value.name }, findings, ...countFindings(findings) });
  },
  checkDocx: async (req) => {
    const { checkDocxOffThread } = await import('../../services/importThread.ts');
    const { importErrorAsAppError } = await import('../../services/importService.ts');
    const checked = await checkDocxOffThread(new Uint8Array(Buffer.from(req.base64, 'base64')), null, localDate(new Date()));
    if (!checked.ok) {
      const error = checked.error;
      return { ok: false, error: isImportCause(error.code) ? importErrorAsAppError({ ...error, code: error.code }) : (error as AppError) };
    }
    const { profile, findings, errors, warnings } = checked.value;
    return ok({ profile: { id: profile.id, name: profile.name }, findings, errors, warnings });
  },
} satisfies Partial<Handlers>;
