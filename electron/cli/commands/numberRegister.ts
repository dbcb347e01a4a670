import { registerCells, registerTitle } from '../../format/registerRows.ts';
import { callOptions, type Call } from '../commandTable.ts';
import { callVerb } from '../call.ts';
import { EXIT_FAILURE, EXIT_OK, printError } from '../output.ts';
import { pad, withStore } from '../store.ts';
import type { registerOptions } from '../table/files.ts';

/** soan-nq register: the number register (sổ đăng ký số văn bản); issuing is `soan-nq issue` in documentCommands.ts. */

export function numberRegister({ io, values, positionals, usage }: Call<typeof registerOptions>): Promise<number> | number {
  const { org, type, term, csv, docx, json } = values;
  if (!org || (csv && docx) || positionals.length > 0) {
    return usage('cần --org <mã cơ quan>, và nhiều nhất một trong --csv, --docx.');
  }
  const query = { orgId: org, ...(type ? { docType: type } : {}), ...(term ? { termOrdinal: term } : {}) };
  const out = csv ?? docx;
  const options = callOptions(values, out);
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
}
