import { describeArgsError } from './argsError.ts';
import { parseArgs } from 'node:util';
import { formatDateShort } from '../format/dates.ts';
import { exportRegister, registerCells, registerTitle } from '../services/registerExport.ts';
import { issueDocument, listRegister } from '../services/register.ts';
import { EXIT_FAILURE, EXIT_OK, printError, type Io } from './output.ts';
import { pad, withStore } from './store.ts';

const WHO = 'Văn thư (soan-nq)';

/** soan-nq issue --id <n> [--date YYYY-MM-DD]: gives an approved document the next number and issues it. */
export function runIssue(io: Io, flags: { db?: string; id: number; date?: string; json: boolean }): Promise<number> {
  return withStore(io, flags.db, (store) => {
    const issued = issueDocument(store.db, { id: flags.id, who: WHO, ...(flags.date ? { date: flags.date } : {}) });
    if (!issued.ok) return (printError(io, issued.error), EXIT_FAILURE);
    const d = issued.value;
    const { typeCode, issuerCode } = d.content.header.number;
    const symbol = `${String(d.numberSeq ?? 0).padStart(2, '0')}-${typeCode}/${issuerCode}`;
    if (flags.json) io.out(JSON.stringify({ id: d.id, number: d.numberSeq, symbol, issuedOn: d.issuedOn, version: d.version }, null, 2));
    else io.out(`Đã ban hành văn bản #${d.id}: Số ${symbol}, ngày ${formatDateShort(d.issuedOn ?? '')}.`);
    return EXIT_OK;
  });
}

export type RegisterFlags = { db?: string; org: string; type?: string; term?: string; csv?: string; docx?: string; json: boolean };

/** soan-nq register --org <org> [--type NQ] [--term <khóa>] [--csv out.csv | --docx out.docx] */
export function runRegister(io: Io, flags: RegisterFlags): Promise<number> {
  return withStore(io, flags.db, async (store) => {
    const listing = listRegister(store.db, {
      orgId: flags.org,
      ...(flags.type ? { docType: flags.type } : {}),
      ...(flags.term ? { termOrdinal: flags.term } : {}),
    });
    if (!listing.ok) return (printError(io, listing.error), EXIT_FAILURE);
    const out = flags.csv ?? flags.docx;
    if (out !== undefined) {
      const written = await exportRegister(listing.value, out);
      if (!written.ok) return (printError(io, written.error), EXIT_FAILURE);
      io.out(`Đã xuất sổ đăng ký (${written.value.rows} số) ra ${written.value.path}.`);
      return EXIT_OK;
    }
    if (flags.json) {
      io.out(JSON.stringify(listing.value, null, 2));
      return EXIT_OK;
    }
    io.out(registerTitle(listing.value));
    if (listing.value.entries.length === 0) io.out('Chưa cấp số nào.');
    for (const e of listing.value.entries) {
      const [symbol = '', date = '', summary = '', , signer = '', secret = '', note = ''] = registerCells(e);
      io.out(
        `${pad(symbol, 12)} ${pad(date, 10)} ${pad(summary, 60)} ${pad(signer, 22)} ${[secret, note].filter(Boolean).join(' — ')}`.trimEnd(),
      );
    }
    return EXIT_OK;
  });
}

export const registerUsage = `  soan-nq issue --id <số> [--date YYYY-MM-DD] [--json]    Ban hành văn bản đã duyệt: cấp số tiếp theo, ghi ngày
  soan-nq register --org <mã> [--type NQ] [--term <khóa>] [--csv <tệp.csv> | --docx <tệp.docx>] [--json]
                                                      Sổ đăng ký số văn bản của một nhiệm kỳ`;

function usageError(io: Io, form: string): number {
  io.err(`Lỗi: cách dùng: ${form}`);
  return EXIT_FAILURE;
}

/** "issue" and "register": they parse their own options. */
export async function runRegisterCommand(command: 'issue' | 'register', argv: readonly string[], io: Io): Promise<number> {
  let values;
  try {
    values = parseArgs({
      args: [...argv],
      allowPositionals: false,
      options: {
        db: { type: 'string' },
        json: { type: 'boolean' },
        id: { type: 'string' },
        date: { type: 'string' },
        org: { type: 'string' },
        type: { type: 'string' },
        term: { type: 'string' },
        csv: { type: 'string' },
        docx: { type: 'string' },
      },
    }).values;
  } catch (err) {
    io.err(`Lỗi: ${describeArgsError(err)}`);
    return EXIT_FAILURE;
  }
  const common = { json: values.json === true, ...(values.db ? { db: values.db } : {}) };
  if (command === 'issue') {
    const id = values.id !== undefined && /^\d+$/.test(values.id) ? Number(values.id) : null;
    if (id === null || (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date))) {
      return usageError(io, 'soan-nq issue --id <số văn bản trong kho> [--date YYYY-MM-DD]');
    }
    return runIssue(io, { ...common, id, ...(values.date ? { date: values.date } : {}) });
  }
  if (!values.org || (values.csv && values.docx)) {
    return usageError(io, 'soan-nq register --org <mã> [--type NQ] [--term <khóa>] [--csv <tệp.csv> | --docx <tệp.docx>]');
  }
  const { org, type, term, csv, docx } = values;
  return runRegister(io, {
    ...common,
    org,
    ...(type ? { type } : {}),
    ...(term ? { term } : {}),
    ...(csv ? { csv } : {}),
    ...(docx ? { docx } : {}),
  });
}
