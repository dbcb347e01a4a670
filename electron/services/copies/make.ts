import type { CopyRecord } from '../../contract/api.ts';
import { fail, ok, type AppError, type Result } from '../../contract/result.ts';
import { copyBlockOf, copyNumberText } from '../../docx/copyTexts.ts';
import { formatDateShort } from '../../format/dates.ts';
import { profileInForce } from '../../format/resolveProfile.ts';
import { asciiFileNamePart } from '../../format/fileNames.ts';
import { nextCopyNumber, recordCopy } from '../../store/copyRegister.ts';
import type { Db } from '../../store/db.ts';
import { copySide, localToday, type CopyRequest } from './plan.ts';
import { memorySink, type CopySink } from './sinks.ts';
import { copySource } from './sources.ts';

export type MadeCopy = {
  record: CopyRecord;
  /** "Số 01-BS/VPHU". */
  number: string;
  bytes: Uint8Array;
  /** A file name to suggest: "Sao-luc-01-BS-VPHU.docx". */
  fileName: string;
  /** What the copy left out of the received file (outside links, macros, embedded objects). */
  removed: string[];
};

/** How many times a copy is made again when another copy took its number meanwhile. */
const ATTEMPTS = 3;

/** "Sao-y-ban-chinh-01-BS-VPHU.docx" */
export function copyFileName(kindLabel: string, number: string): string {
  const head = asciiFileNamePart(kindLabel.toLocaleLowerCase('vi'));
  return `${head.charAt(0).toUpperCase()}${head.slice(1)}-${asciiFileNamePart(number.replace(/^Số\s+/u, ''))}.docx`;
}

/**
 * Makes a certified copy: checks the request, prints the copy with the next number of the copying
 * body's register (term current on the copy's day), stages the bytes with `sink`, and records the
 * copy in the register in the same transaction that reads the number and puts the file in place.
 * If another copy took the number while this one was printed, it is printed again with the next.
 */
export async function makeCopy(
  db: Db,
  req: CopyRequest,
  sink: CopySink = memorySink,
  today: string = localToday(),
): Promise<Result<MadeCopy>> {
  const source = await copySource(db, req);
  if (!source.ok) return source;
  const { orgId } = source.value;
  const side = copySide(db, orgId, req, today);
  if (!side.ok) return side;
  const { org, term, date, recipients, signature } = side.value;
  // The copy is laid out by the rules in force on its own day: the stamp of 05-HD from 27/5/2026, the typed block before.
  const profile = profileInForce(date);
  if (source.value.notBefore !== null && date < source.value.notBefore) {
    return fail(
      'INVALID_INPUT',
      `Ngày sao ${formatDateShort(date)} trước ngày ban hành văn bản ${formatDateShort(source.value.notBefore)}.`,
    );
  }
  let last: AppError = { code: 'INTERNAL', message: 'Không làm được bản sao.' };
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const seq = nextCopyNumber(db, { orgId, termId: term.id });
    if (!seq.ok) return seq;
    const block = copyBlockOf({ kind: req.kind, org, seq: seq.value, date, recipients, signature }, profile);
    let bytes: Uint8Array;
    try {
      const rendered = await source.value.render(block, profile);
      if (!rendered.ok) return rendered;
      bytes = rendered.value;
    } catch (err) {
      return fail('INTERNAL', 'Không tạo được tệp bản sao.', [err instanceof Error ? err.message : String(err)]);
    }
    const staged = await sink.stage(bytes);
    if (!staged.ok) return staged;
    const failure: { error: AppError | null } = { error: null };
    const recorded = recordCopy(
      db,
      {
        orgId,
        termId: term.id,
        kind: req.kind,
        documentId: source.value.documentId,
        sourceLabel: source.value.sourceLabel,
        copiedOn: date,
        recipients: recipients.lines,
        signer: signature,
        who: req.who,
      },
      {
        expectSeq: seq.value,
        onRecorded: () => {
          try {
            staged.value.commit();
          } catch (err) {
            failure.error = staged.value.describe(err);
            throw err;
          }
        },
      },
    );
    if (recorded.ok) {
      const number = copyNumberText(recorded.value.seq, org.officeCode, profile);
      return ok({ record: recorded.value, number, bytes, fileName: copyFileName(block.kind, number), removed: source.value.removed });
    }
    await staged.value.discard();
    if (failure.error !== null) return { ok: false, error: failure.error };
    last = recorded.error;
    const now = nextCopyNumber(db, { orgId, termId: term.id });
    if (!now.ok || now.value === seq.value) break;
  }
  return { ok: false, error: last };
}
