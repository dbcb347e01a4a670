import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { statusNames } from '../contract/model/status.ts';
import { formatDateShort, formatDateTime } from '../format/dates.ts';
import { formatDocSymbol, plainNumbering } from '../format/docNumber.ts';
import { describeFsError } from '../services/fsErrors.ts';
import { openRestoringDamaged } from '../services/openDatabase.ts';
import { copyKindNames } from '../contract/verbs/copies.ts';
import { callVerb, runVerb } from './call.ts';
import { callOptions, dayOption, text, wholeNumber, type Handler } from './commandTable.ts';
import { EXIT_FAILURE, EXIT_OK, printError } from './output.ts';
import { databaseFile, withStore } from './store.ts';

/** soan-nq draft new / status / issue / export --id / history / backup / restore: a document's life and the data's safety. */

const asJson = (v: Record<string, unknown>) => v['json'] === true;

export const draftNew: Handler = ({ io, values: v, usage }) => {
  const orgId = text(v, 'org');
  const year = /^\d{4}$/u.test(text(v, 'year') ?? '') ? Number(text(v, 'year')) : null;
  if (!orgId || year === null) {
    return usage('cần --org là mã cơ quan và --year là năm kế hoạch');
  }
  if (v['save'] !== true) {
    return usage('thêm --save để lưu dự thảo vào kho (xem trước: soan-nq draft next-year -o <tệp.json>)');
  }
  const template = text(v, 'template');
  const request = { orgId, year, ...(template ? { templateId: template } : {}), ...(v['carry'] === true ? { carryValues: true } : {}) };
  return runVerb(io, 'createNextYear', request, callOptions(v), (d) => {
    if (asJson(v)) {
      io.out(
        JSON.stringify({ id: d.id, orgId: d.orgId, planYear: d.planYear, status: d.status, version: d.version, profileId: d.profileId }),
      );
    } else {
      io.out(`Đã tạo dự thảo #${d.id}: nghị quyết năm ${d.planYear} của ${d.orgId} (${statusNames[d.status]}, phiên bản ${d.version}).`);
    }
    return EXIT_OK;
  });
};

const statusVerbs = { trinh: 'submitForReview', 'tra-lai': 'returnDraft', duyet: 'approveDocument' } as const;
type StatusWord = keyof typeof statusVerbs;
const isStatusWord = (w: string | undefined): w is StatusWord => w !== undefined && w in statusVerbs;

export const status: Handler = ({ io, values: v, usage }) => {
  const id = wholeNumber(text(v, 'id'));
  const to = text(v, 'to');
  if (id === null || !isStatusWord(to)) return usage();
  const reason = text(v, 'reason');
  const override = text(v, 'override');
  const request = { id, ...(reason ? { why: reason } : {}), ...(override ? { overrideReason: override } : {}) };
  const show = (d: { id: number; status: keyof typeof statusNames; version: number }) => {
    io.out(`Văn bản #${d.id}: ${statusNames[d.status]} (phiên bản ${d.version}).`);
    return EXIT_OK;
  };
  if (to === 'tra-lai') {
    if (!reason) return usage('trả lại phải ghi lý do (--reason)');
    return runVerb(io, 'returnDraft', { id, why: reason }, callOptions(v), show);
  }
  return runVerb(io, statusVerbs[to], request, callOptions(v), show);
};

export const issue: Handler = ({ io, values: v, usage }) => {
  const id = wholeNumber(text(v, 'id'));
  const date = dayOption(text(v, 'date'));
  const override = text(v, 'override');
  if (id === null) return usage();
  const request = { id, ...(date ? { date } : {}), ...(override ? { overrideReason: override } : {}) };
  return runVerb(io, 'issueDocument', request, callOptions(v), (d) => {
    const symbol = formatDocSymbol({ ...d.content.header.number, seq: d.numberSeq ?? 0 }, plainNumbering);
    if (asJson(v)) io.out(JSON.stringify({ id: d.id, number: d.numberSeq, symbol, issuedOn: d.issuedOn, version: d.version }, null, 2));
    else io.out(`Đã ban hành văn bản #${d.id}: Số ${symbol}, ngày ${formatDateShort(d.issuedOn ?? '')}.`);
    return EXIT_OK;
  });
};

/** `export --id <n> -o <tệp.docx>`: a stored document (the other form, `export <văn-bản.json>`, reads a file). */
export const exportStored: Handler = ({ io, values: v, usage }) => {
  const id = wholeNumber(text(v, 'id'));
  if (id === null || !text(v, 'out')) return usage();
  return runVerb(io, 'exportDocx', { id }, callOptions(v, text(v, 'out')), (outcome) => {
    io.out(outcome.kind === 'saved' ? `Đã xuất văn bản #${id} ra ${outcome.path}.` : 'Không xuất tệp.');
    return EXIT_OK;
  });
};

/** A line of `history`: "20/12/2026 09:15  Lê Thị C: …", in the office's local time as the UI's history. */
const historyLine = (at: string, who: string, what: string): { at: string; line: string } => ({
  at,
  line: `${formatDateTime(at)}  ${who}: ${what}`,
});

/** `history --id <n>`: the status steps and the copies made of the document (sao y, sao lục, trích sao), in time order. */
export const history: Handler = ({ io, values: v, usage }) => {
  const id = wholeNumber(text(v, 'id'));
  if (id === null) return usage();
  const options = callOptions(v);
  return withStore(io, options.db, async (store) => {
    const events = await callVerb(store, 'documentHistory', { id }, options);
    if (!events.ok) return (printError(io, events.error), EXIT_FAILURE);
    const copies = await callVerb(store, 'documentCopies', { id }, options);
    if (!copies.ok) return (printError(io, copies.error), EXIT_FAILURE);
    if (asJson(v)) {
      io.out(JSON.stringify({ events: events.value, copies: copies.value }, null, 2));
      return EXIT_OK;
    }
    const lines = [
      ...events.value.map((e) => {
        const step = e.from === null ? `tạo (${statusNames[e.to]})` : `${statusNames[e.from]} → ${statusNames[e.to]}`;
        return historyLine(e.at, e.who, `${step}${e.number ? `, số ${e.number}` : ''} — ${e.reason} (phiên bản ${e.version})`);
      }),
      ...copies.value.map((c) =>
        historyLine(c.createdAt, c.createdBy, `${copyKindNames[c.kind]} ${c.number}, ngày ${formatDateShort(c.copiedOn)}`),
      ),
    ].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    for (const l of lines) io.out(l.line);
    return EXIT_OK;
  });
};

export const backup: Handler = ({ io, values: v, usage }) => {
  if (!text(v, 'out')) return usage();
  return runVerb(io, 'backupDatabase', {}, callOptions(v, text(v, 'out')), (outcome) => {
    io.out(outcome.kind === 'saved' ? `Đã sao lưu dữ liệu ra ${outcome.path}.` : 'Không sao lưu.');
    return EXIT_OK;
  });
};

export const restore: Handler = async ({ io, values: v, positionals: [file = ''] }) => {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    printError(io, describeFsError(err, 'đọc', file));
    return EXIT_FAILURE;
  }
  // A database too damaged to open cannot run the verb: the backup goes in its place directly.
  const opened = await openRestoringDamaged(databaseFile(text(v, 'db')), () => file);
  if (!opened.ok) {
    printError(io, opened.error);
    return EXIT_FAILURE;
  }
  opened.value.store.close();
  if (opened.value.restored) {
    io.out(`Tệp dữ liệu bị hỏng; đã khôi phục từ ${file}. Tệp bị hỏng được giữ ở ${opened.value.restored.keptAside}.`);
    return EXIT_OK;
  }
  const source = { fileName: basename(file), base64: bytes.toString('base64') };
  return runVerb(io, 'describeBackup', source, callOptions(v), (info) => {
    io.out(
      `Bản sao lưu ${file}: ${info.organizations} cơ quan, ${info.documents} văn bản (sao lưu lúc ${formatDateShort(info.takenAt.slice(0, 10))} ${info.takenAt.slice(11, 16)} UTC).`,
    );
    return EXIT_OK;
  }).then((described) =>
    described !== EXIT_OK
      ? described
      : runVerb(io, 'restoreBackup', source, callOptions(v), (r) => {
          io.out(`Đã khôi phục dữ liệu từ ${r.restored}. Tệp dữ liệu trước khi khôi phục được giữ ở ${r.keptAside}.`);
          return EXIT_OK;
        }),
  );
};
