import { basename, resolve } from 'node:path';
import { copyKindNames, copyKinds, type MakeCopyRequest } from '../../contract/verbs/copies.ts';
import type { Signature } from '../../contract/model/parts.ts';
import { fail, ok, type Result } from '../../contract/result.ts';
import { parseAuthority } from '../../format/authority.ts';
import { formatDateShort } from '../../format/dates.ts';
import { termLabel } from '../../format/termName.ts';
import { callOptions, dayOption, wholeNumber, type Call, type ValuesOf } from '../commandTable.ts';
import { callVerb, type CliCallOptions } from '../call.ts';
import { readInputFile } from '../files.ts';
import { EXIT_FAILURE, EXIT_OK, printError, type Io } from '../output.ts';
import { pad, withStore, type Store } from '../store.ts';
import type { copyOptions } from '../table/files.ts';

/** soan-nq copy …: certified copies (makeCopy) and soan-nq copy list …: the copy register (listCopies). */

type Values = ValuesOf<typeof copyOptions>;

/** soan-nq copy … and soan-nq copy list …: the words after the options say which. */
export function copy({ io, values, positionals, usage }: Call<typeof copyOptions>): Promise<number> | number {
  if (positionals[0] === 'list' && positionals.length === 1) return runCopyList(values, usage, io);
  if (positionals.length > 0) return usage(`thừa "${positionals.join(' ')}".`);
  return runCopy(values, usage, io);
}

/** --authority, --signer-title, --signer-name: typed over the chosen (or the office's) signer. */
function signatureFlags(values: Values): Result<MakeCopyRequest['signature']> {
  const typed: Partial<Signature> = {};
  if (values.authority !== undefined) {
    const parsed = parseAuthority(values.authority);
    if (!parsed.ok) return parsed;
    Object.assign(typed, parsed.value);
  }
  if (values['signer-title'] !== undefined) typed.title = values['signer-title'];
  if (values['signer-name'] !== undefined) typed.name = values['signer-name'];
  return ok(Object.keys(typed).length > 0 ? typed : undefined);
}

async function runCopy(values: Values, usage: Call['usage'], io: Io): Promise<number> {
  const kind = copyKinds.find((k) => k === values.kind);
  if (kind === undefined) return usage(`cần --kind là một trong ${copyKinds.join(', ')}.`);
  const out = values.out;
  if (!out) return usage('cần -o <bản-sao.docx>: tệp bản sao sẽ ghi ra.');
  const id = wholeNumber(values.id);
  if ((values.id === undefined) === (values.from === undefined)) {
    return usage('cần đúng một nguồn: --id <số văn bản trong kho> hoặc --from <tệp .docx nhận được>.');
  }
  if (values.id !== undefined && id === null) {
    return usage(`--id "${values.id}" phải là số văn bản trong kho (số nguyên dương).`);
  }
  const signerId = wholeNumber(values.signer);
  if (values.signer !== undefined && signerId === null) {
    return usage(`--signer "${values.signer}" phải là mã người ký (số nguyên dương).`);
  }
  const signature = signatureFlags(values);
  if (!signature.ok) return (printError(io, signature.error), EXIT_FAILURE);
  const from = values.from;
  if (from !== undefined && resolve(from) === resolve(out)) {
    return usage('tệp bản sao (-o) phải khác tệp văn bản nhận được (--from).');
  }
  let source: MakeCopyRequest['source'];
  if (from !== undefined) {
    const file = await readInputFile(from);
    if (!file.ok) return (printError(io, file.error), EXIT_FAILURE);
    source = { fileName: basename(from), base64: file.value.base64 };
  } else {
    source = { documentId: id ?? 0 };
  }
  const request = {
    kind,
    source,
    ...(values.org ? { orgId: values.org } : {}),
    ...(values.parts !== undefined ? { parts: values.parts } : {}),
    ...(values.appendix ? { includeAppendix: true } : {}),
    ...(values.date !== undefined ? { date: dayOption(values.date) } : {}),
    ...(values.recipient ? { recipients: values.recipient.map((text) => ({ text })) } : {}),
    ...(values['recipients-list'] !== undefined ? { recipientList: values['recipients-list'] } : {}),
    ...(signerId !== null ? { signerId } : {}),
    ...(signature.value ? { signature: signature.value } : {}),
    ...(values.source !== undefined ? { sourceLabel: values.source } : {}),
  };
  const call = callOptions(values, out);
  return withStore(io, call.db, async (store) => {
    const made = await callVerb(store, 'makeCopy', request, call);
    if (!made.ok) return (printError(io, made.error), EXIT_FAILURE);
    const { record, number, base64, removed } = made.value;
    const bytes = Buffer.byteLength(base64, 'base64');
    if (values.json) {
      io.out(JSON.stringify({ ...record, number, path: out, bytes, removed }, null, 2));
    } else {
      io.out(
        `Đã ${copyKindNames[kind].toLocaleLowerCase('vi')} ${record.sourceLabel}: ${number}, ngày ${formatDateShort(record.copiedOn)}.`,
      );
      io.out(`Tệp bản sao: ${out} (${Math.max(1, Math.round(bytes / 1024))} KB). Đã ghi vào sổ bản sao của ${record.orgId}.`);
      if (removed.length > 0) {
        io.out(`Bản sao không mang theo những gì trỏ ra ngoài tệp hoặc chạy được:\n${removed.map((r) => `  - ${r}`).join('\n')}`);
      }
    }
    return EXIT_OK;
  });
}

/** --term: a term's id (a number) or its ordinal as in "khóa XIII". */
async function termIdOf(store: Store, org: string, term: string | undefined, call: CliCallOptions): Promise<Result<number | undefined>> {
  if (term === undefined) return ok(undefined);
  const id = wholeNumber(term);
  if (id !== null) return ok(id);
  const terms = await callVerb(store, 'listTerms', { orgId: org }, call);
  if (!terms.ok) return terms;
  const found = terms.value.find((t) => t.ordinal.toUpperCase() === term.trim().toUpperCase());
  if (found) return ok(found.id);
  const known = terms.value.map((t) => t.ordinal).join(', ') || 'chưa có';
  return fail('NOT_FOUND', `"${org}" không có nhiệm kỳ khóa "${term}". Các khóa đã khai báo: ${known}.`);
}

function runCopyList(values: Values, usage: Call['usage'], io: Io): Promise<number> | number {
  const org = values.org;
  if (!org) return usage('cần --org <mã cơ quan> để xem sổ bản sao.');
  const call = callOptions(values);
  return withStore(io, call.db, async (store) => {
    const termId = await termIdOf(store, org, values.term, call);
    if (!termId.ok) return (printError(io, termId.error), EXIT_FAILURE);
    const query = {
      orgId: org,
      ...(termId.value !== undefined ? { termId: termId.value } : {}),
      ...(values.date ? { date: dayOption(values.date) } : {}),
    };
    const register = await callVerb(store, 'listCopies', query, call);
    if (!register.ok) return (printError(io, register.error), EXIT_FAILURE);
    const { term, copies } = register.value;
    if (values.json) {
      io.out(JSON.stringify({ org, term, copies }, null, 2));
      return EXIT_OK;
    }
    io.out(`Sổ bản sao của ${org}, ${termLabel(term)}: ${copies.length} bản sao.`);
    for (const c of copies) {
      io.out(`${pad(c.number, 18)} ${pad(formatDateShort(c.copiedOn), 11)} ${pad(copyKindNames[c.kind], 16)} ${c.sourceLabel}`);
    }
    return EXIT_OK;
  });
}
