import { isIsoDay } from '../../contract/model/dates.ts';
import { formatDateShort } from '../../format/dates.ts';
import { formatDocSymbol, plainNumbering } from '../../format/docNumber.ts';
import { registerCells, registerTitle } from '../../format/registerRows.ts';
import { callOptions, parseCommand, storeOptions, usageError, wholeNumber, type Command } from '../args.ts';
import { callVerb, runVerb } from '../call.ts';
import { EXIT_FAILURE, EXIT_OK, printError } from '../output.ts';
import { pad, withStore } from '../store.ts';

/** soan-nq issue and soan-nq register: issuing with the next number, and the number register (sổ đăng ký số văn bản). */

const issueUsage = '  soan-nq issue --id <số> [--date YYYY-MM-DD] [--json]    Ban hành văn bản đã duyệt: cấp số tiếp theo, ghi ngày';

export const issueCommand: Command = {
  name: 'issue',
  usage: issueUsage,
  async run(argv, io) {
    const parsed = parseCommand(io, argv, { ...storeOptions, id: { type: 'string' }, date: { type: 'string' } }, issueUsage);
    if (typeof parsed === 'number') return parsed;
    const id = wholeNumber(parsed.values.id);
    const { date, json } = parsed.values;
    if (id === null || parsed.positionals.length > 0 || (date !== undefined && !isIsoDay(date))) {
      return usageError(io, 'cần --id là số văn bản trong kho, và --date (nếu có) dạng YYYY-MM-DD.', issueUsage);
    }
    return runVerb(io, 'issueDocument', { id, ...(date ? { date } : {}) }, callOptions(parsed.values), (d) => {
      const symbol = formatDocSymbol({ ...d.content.header.number, seq: d.numberSeq ?? 0 }, plainNumbering);
      if (json) io.out(JSON.stringify({ id: d.id, number: d.numberSeq, symbol, issuedOn: d.issuedOn, version: d.version }, null, 2));
      else io.out(`Đã ban hành văn bản #${d.id}: Số ${symbol}, ngày ${formatDateShort(d.issuedOn ?? '')}.`);
      return EXIT_OK;
    });
  },
};

const registerUsage = `  soan-nq register --org <mã> [--type NQ] [--term <khóa>] [--csv <tệp.csv> | --docx <tệp.docx>] [--json]
                                                      Sổ đăng ký số văn bản của một nhiệm kỳ`;

const registerOptions = {
  ...storeOptions,
  org: { type: 'string' },
  type: { type: 'string' },
  term: { type: 'string' },
  csv: { type: 'string' },
  docx: { type: 'string' },
} as const;

export const registerCommand: Command = {
  name: 'register',
  usage: registerUsage,
  async run(argv, io) {
    const parsed = parseCommand(io, argv, registerOptions, registerUsage);
    if (typeof parsed === 'number') return parsed;
    const { org, type, term, csv, docx, json } = parsed.values;
    if (!org || (csv && docx) || parsed.positionals.length > 0) {
      return usageError(io, 'cần --org <mã cơ quan>, và nhiều nhất một trong --csv, --docx.', registerUsage);
    }
    const query = { orgId: org, ...(type ? { docType: type } : {}), ...(term ? { termOrdinal: term } : {}) };
    const out = csv ?? docx;
    const options = callOptions(parsed.values, out);
    return withStore(io, options.db, async (store) => {
      const listing = await callVerb(store, 'listRegister', query, options);
      if (!listing.ok) return (printError(io, listing.error), EXIT_FAILURE);
      if (out !== undefined) {
        const format = csv !== undefined ? 'csv' : 'docx';
        const written = await callVerb(store, 'exportRegister', { ...query, format }, options);
        if (!written.ok) return (printError(io, written.error), EXIT_FAILURE);
        io.out(`Đã xuất sổ đăng ký (${listing.value.entries.length} số) ra ${out}.`);
        return EXIT_OK;
      }
      if (json) {
        io.out(JSON.stringify(listing.value, null, 2));
        return EXIT_OK;
      }
      io.out(registerTitle(listing.value));
      if (listing.value.entries.length === 0) io.out('Chưa cấp số nào.');
      for (const e of listing.value.entries) {
        const [symbol = '', date = '', summary = '', , signer = '', secret = '', note = ''] = registerCells(e);
        const rest = [secret, note].filter(Boolean).join(' — ');
        io.out(`${pad(symbol, 12)} ${pad(date, 10)} ${pad(summary, 60)} ${pad(signer, 22)} ${rest}`.trimEnd());
      }
      return EXIT_OK;
    });
  },
};
