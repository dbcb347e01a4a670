import { importCauses, ok, type AppError, type ImportCause } from '../../contract/result.ts';
import { checkResolution, countFindings } from '../../services/check/index.ts';
import { profileFor } from '../../services/documents.ts';
import { checkDocxOffThread } from '../../services/importThread.ts';
import { localDate } from '../../format/dates.ts';
import { exportFileName, renderForExport } from '../../services/exportFile.ts';
import { importErrorAsAppError } from '../../services/importService.ts';
import type { Handlers } from '../context.ts';

function isImportCause(code: string): code is ImportCause {
  return (importCauses as readonly string[]).includes(code);
}

/** Documents that are files rather than rows of the store. */
export const fileHandlers = {
  exportContent: (req, ctx) => ctx.saveFile({ fileName: exportFileName(req.content), render: () => renderForExport(req.content) }),
  checkContent: (req) => {
    const profile = profileFor(req.content);
    if (!profile.ok) return profile;
    const findings = checkResolution(req.content, profile.value);
    return ok({ profile: { id: profile.value.id, name: profile.value.name }, findings, ...countFindings(findings) });
  },
  checkDocx: async (req) => {
    const checked = await checkDocxOffThread(new Uint8Array(Buffer.from(req.base64, 'base64')), null, localDate(new Date()));
    if (!checked.ok) {
      const error = checked.error;
      return { ok: false, error: isImportCause(error.code) ? importErrorAsAppError({ ...error, code: error.code }) : (error as AppError) };
    }
    const { profile, findings, errors, warnings } = checked.value;
    return ok({ profile: { id: profile.id, name: profile.name }, findings, errors, warnings });
  },
} satisfies Partial<Handlers>;
