import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { copyKinds, type CopyKind } from '../contract/api.ts';
import type { Signature } from '../contract/model/parts.ts';
import { formatDateShort } from '../format/dates.ts';
import { fail, ok, type Result } from '../contract/result.ts';
import { limits } from '../import/limits.ts';
import { copyRegister, fileSink, makeCopy, parseAuthority, type CopyRequest } from '../services/copies/index.ts';
import { describeFsError } from '../services/fsErrors.ts';
import { listTerms, type Store } from '../store/index.ts';
import { EXIT_FAILURE, EXIT_OK, printError, type Io } from './output.ts';
import { pad, withStore } from './store.ts';

export const copyUsage = `  soan-nq copy --kind sao-y --id <số văn bản trong kho> -o <bản-sao.docx>
  soan-nq copy --kind trich-sao --id <n> --parts 3-7,12 [--appendix] -o <bản-sao.docx>
  soan-nq copy --kind sao-luc --from <văn-bản-nhận.docx> --org <mã> -o <bản-sao.docx>
        [--date YYYY-MM-DD] [--recipient "<dòng nơi nhận>" …] [--recipients-list "<tên danh sách>"]
        [--signer <mã người ký>] [--authority "K/T CHÁNH VĂN PHÒNG"] [--signer-title "…"] [--signer-name "…"]
        [--source "<tên văn bản được sao>"] [--json]
                                                      Làm bản sao (sao y bản chính, trích sao, sao lục) và ghi sổ bản sao
  soan-nq copy list --org <mã> [--date YYYY-MM-DD | --term <khóa, ví dụ XIII>] [--json]
                                                      Sổ bản sao của cơ quan trong một nhiệm kỳ`;

const options = {
  kind: { type: 'string' },
  id: { type: 'string' },
  from: { type: 'string' },
  org: { type: 'string' },
  out: { type: 'string', short: 'o' },
  date: { type: 'string' },
  parts: { type: 'string' },
  appendix: { type: 'boolean' },
  recipient: { type: 'string', multiple: true },
  'recipients-list': { type: 'string' },
  signer: { type: 'string' },
  authority: { type: 'string' },
  'signer-title': { type: 'string' },
  'signer-name': { type: 'string' },
  source: { type: 'string' },
  term: { type: 'string' },
  db: { type: 'string' },
  json: { type: 'boolean' },
} as const;

type Values = ReturnType<typeof parseArgs<{ args: string[]; options: typeof options; allowPositionals: true }>>['values'];

const usageError = (io: Io, message: string): number => {
  io.err(`Lỗi: ${message}`);
  io.err(`Cách dùng:\n${copyUsage}`);
  return EXIT_FAILURE;
};

const wholeNumber = (text: string | undefined): number | null =>
  text !== undefined && /^\d{1,9}$/.test(text) && Number(text) > 0 ? Number(text) : null;

/** soan-nq copy … and soan-nq copy list …; returns the exit code. */
export async function runCopyCommand(argv: readonly string[], io: Io): Promise<number> {
  let values: Values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: [...argv], options, allowPositionals: true }));
  } catch (err) {
    return usageError(io, err instanceof Error ? err.message : String(err));
  }
  if (positionals[0] === 'list' && positionals.length === 1) return runCopyList(io, values);
  if (positionals.length > 0) return usageError(io, `thừa "${positionals.join(' ')}".`);
  return runCopy(io, values);
}

function signatureFlags(values: Values, io: Io): Partial<Signature> | null {
  const typed: Partial<Signature> = {};
  if (values.authority !== undefined) {
    const parsed = parseAuthority(values.authority);
    if (!parsed.ok) return (printError(io, parsed.error), null);
    Object.assign(typed, parsed.value);
  }
  if (values['signer-title'] !== undefined) typed.title = values['signer-title'];
  if (values['signer-name'] !== undefined) typed.name = values['signer-name'];
  return typed;
}

async function readReceived(io: Io, path: string): Promise<Uint8Array | null> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return (io.err(`Lỗi: "${path}" là một thư mục, không phải tệp .docx.`), null);
    if (info.size > limits.maxInputBytes)
      return (io.err(`Lỗi: tệp "${path}" quá lớn (${Math.round(info.size / 1048576)} MB) để là một văn bản.`), null);
    return new Uint8Array(await readFile(path));
  } catch (err) {
    printError(io, describeFsError(err, 'đọc', path));
    return null;
  }
}

async function runCopy(io: Io, values: Values): Promise<number> {
  const kind = copyKinds.find((k) => k === values.kind);
  if (kind === undefined) return usageError(io, `cần --kind là một trong ${copyKinds.join(', ')}.`);
  if (!values.out) return usageError(io, 'cần -o <bản-sao.docx>: tệp bản sao sẽ ghi ra.');
  const id = wholeNumber(values.id);
  if ((values.id === undefined) === (values.from === undefined))
    return usageError(io, 'cần đúng một nguồn: --id <số văn bản trong kho> hoặc --from <tệp .docx nhận được>.');
  if (values.id !== undefined && id === null) return usageError(io, `--id "${values.id}" phải là số văn bản trong kho (số nguyên dương).`);
  const signerId = wholeNumber(values.signer);
  if (values.signer !== undefined && signerId === null)
    return usageError(io, `--signer "${values.signer}" phải là mã người ký (số nguyên dương).`);
  const signature = signatureFlags(values, io);
  if (signature === null) return EXIT_FAILURE;
  if (values.from !== undefined && resolve(values.from) === resolve(values.out))
    return usageError(io, 'tệp bản sao (-o) phải khác tệp văn bản nhận được (--from).');
  let source: CopyRequest['source'];
  if (values.from !== undefined) {
    const bytes = await readReceived(io, values.from);
    if (bytes === null) return EXIT_FAILURE;
    source = { received: bytes, fileName: basename(values.from) };
  } else {
    source = { documentId: id ?? 0 };
  }
  const out = values.out;
  const request: CopyRequest = {
    kind: kind satisfies CopyKind,
    source,
    who: 'soan-nq',
    ...(values.org ? { orgId: values.org } : {}),
    ...(values.parts !== undefined ? { parts: values.parts } : {}),
    ...(values.appendix ? { includeAppendix: true } : {}),
    ...(values.date !== undefined ? { date: values.date } : {}),
    ...(values.recipient ? { recipients: values.recipient.map((text) => ({ text })) } : {}),
    ...(values['recipients-list'] !== undefined ? { recipientList: values['recipients-list'] } : {}),
    ...(signerId !== null ? { signerId } : {}),
    ...(Object.keys(signature).length > 0 ? { signature } : {}),
    ...(values.source !== undefined ? { sourceLabel: values.source } : {}),
  };
  return withStore(io, values.db, async (store) => {
    const made = await makeCopy(store.db, request, fileSink(out));
    if (!made.ok) return (printError(io, made.error), EXIT_FAILURE);
    const { record, number, bytes, removed } = made.value;
    if (values.json) {
      io.out(JSON.stringify({ ...record, number, path: out, bytes: bytes.byteLength, removed }, null, 2));
    } else {
      io.out(
        `Đã ${kind === 'sao-y' ? 'sao y bản chính' : kind === 'sao-luc' ? 'sao lục' : 'trích sao'} ${record.sourceLabel}: ${number}, ngày ${formatDateShort(record.copiedOn)}.`,
      );
      io.out(`Tệp bản sao: ${out} (${Math.max(1, Math.round(bytes.byteLength / 1024))} KB). Đã ghi vào sổ bản sao của ${record.orgId}.`);
      if (removed.length > 0)
        io.out(`Bản sao không mang theo những gì trỏ ra ngoài tệp hoặc chạy được:\n${removed.map((r) => `  - ${r}`).join('\n')}`);
    }
    return EXIT_OK;
  });
}

/** --term: a term's id (a number) or its ordinal as in "khóa XIII". */
function termIdOf(db: Store['db'], org: string, term: string | undefined): Result<number | undefined> {
  if (term === undefined) return ok(undefined);
  const id = wholeNumber(term);
  if (id !== null) return ok(id);
  const terms = listTerms(db, org);
  if (!terms.ok) return terms;
  const found = terms.value.find((t) => t.ordinal.toUpperCase() === term.trim().toUpperCase());
  return found
    ? ok(found.id)
    : fail(
        'NOT_FOUND',
        `"${org}" không có nhiệm kỳ khóa "${term}". Các khóa đã khai báo: ${terms.value.map((t) => t.ordinal).join(', ') || 'chưa có'}.`,
      );
}

function runCopyList(io: Io, values: Values): Promise<number> | number {
  if (!values.org) return usageError(io, 'cần --org <mã cơ quan> để xem sổ bản sao.');
  const org = values.org;
  return withStore(io, values.db, (store) => {
    const termId = termIdOf(store.db, org, values.term);
    if (!termId.ok) return (printError(io, termId.error), EXIT_FAILURE);
    const register = copyRegister(store.db, { orgId: org, termId: termId.value, date: values.date });
    if (!register.ok) return (printError(io, register.error), EXIT_FAILURE);
    const { term, copies } = register.value;
    if (values.json) {
      io.out(JSON.stringify({ org, term, copies }, null, 2));
      return EXIT_OK;
    }
    io.out(`Sổ bản sao của ${org}, nhiệm kỳ khóa ${term.ordinal} (${term.startYear}–${term.endYear}): ${copies.length} bản sao.`);
    for (const c of copies) io.out(`${pad(c.number, 18)} ${pad(formatDateShort(c.copiedOn), 11)} ${pad(c.kind, 10)} ${c.sourceLabel}`);
    return EXIT_OK;
  });
}
