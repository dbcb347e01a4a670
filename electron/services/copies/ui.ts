import type { MadeCopyOutcome, MakeCopyRequest } from '../../contract/api.ts';
import { ok, type Result } from '../../contract/result.ts';
import type { Db } from '../../store/db.ts';
import { makeCopy } from './make.ts';
import type { CopyRequest } from './plan.ts';
import { memorySink } from './sinks.ts';

/**
 * The `makeCopy` verb: the contract's request (a received file comes as base64) to a copy made
 * and recorded; the .docx goes back as base64, for the desktop shell's save dialog or the
 * browser's download.
 */
export async function makeCopyForUi(db: Db, req: MakeCopyRequest, who: string): Promise<Result<MadeCopyOutcome>> {
  const { source, signature, ...rest } = req;
  const defined = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) as Omit<
    CopyRequest,
    'source' | 'who' | 'kind'
  >;
  const request: CopyRequest = {
    ...defined,
    kind: req.kind,
    who,
    source:
      'documentId' in source
        ? { documentId: source.documentId }
        : { received: Buffer.from(source.base64, 'base64'), fileName: source.fileName },
    ...(signature === undefined ? {} : { signature: Object.fromEntries(Object.entries(signature).filter(([, v]) => v !== undefined)) }),
  };
  const made = await makeCopy(db, request, memorySink);
  if (!made.ok) return made;
  const { record, number, fileName, bytes, removed } = made.value;
  return ok({ record, number, fileName, base64: Buffer.from(bytes).toString('base64'), removed });
}
