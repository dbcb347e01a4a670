import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { statusNames } from '../contract/model/status.ts';
import { formatDateShort } from '../format/dates.ts';
import { formatDocSymbol, plainNumbering } from '../format/docNumber.ts';
import { describeFsError } from '../services/fsErrors.ts';
import { openRestoringDamaged } from '../services/openDatabase.ts';
import { runVerb } from './call.ts';
import { callOptions, positiveInt, text, usageError, type Command, type Values } from './commandTable.ts';
import { EXIT_FAILURE, EXIT_OK, printError } from './output.ts';
import { databaseFile } from './store.ts';

/** soan-nq draft new / status / issue / export --id / history / backup / restore: a document's life and the data's safety. */

const asJson = (v: Values) => v['json'] === true;

const draftNew: Command = {
  words: 'draft new',
  usage: 'soan-nq draft new --org <mã> --year <năm> [--template <mẫu>] --save --as "<người>" [--json] [--db <tệp>]',
  options: {
    org: { type: 'string' },
    year: { type: 'string' },
    template: { type: 'string' },
    save: { type: 'boolean' },
    carry: { type: 'boolean' },
  },
  run: (io, v) => {
    const orgId = text(v, 'org');
    const year = /^\d{4}$/u.test(text(v, 'year') ?? '') ? Number(text(v, 'year')) : null;
    if (!orgId || year === null) {
      return Promise.resolve(usageError(io, draftNew.usage, 'cần --org là mã cơ quan và --year là năm kế hoạch'));
    }
    if (v['save'] !== true) {
      return Promise.resolve(
        usageError(io, draftNew.usage, 'thêm --save để lưu dự thảo vào kho (xem trước: soan-nq draft next-year -o <tệp.json>)'),
      );
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
  },
};

const statusVerbs = { trinh: 'submitForReview', 'tra-lai': 'returnDraft', duyet: 'approveDocument' } as const;
type StatusWord = keyof typeof statusVerbs;
const isStatusWord = (w: string | undefined): w is StatusWord => w !== undefined && w in statusVerbs;

const status: Command = {
  words: 'status',
  usage: 'soan-nq status --id <n> --to trinh|tra-lai|duyet [--reason "<lý do>"] --as "<người>" [--db <tệp>]',
  options: { id: { type: 'string' }, to: { type: 'string' }, reason: { type: 'string' } },
  run: (io, v) => {
    const id = positiveInt(text(v, 'id'));
    const to = text(v, 'to');
    if (id === null || !isStatusWord(to)) return Promise.resolve(usageError(io, status.usage));
    const reason = text(v, 'reason');
    const request = { id, ...(reason ? { why: reason } : {}) };
    const show = (d: { id: number; status: keyof typeof statusNames; version: number }) => {
      io.out(`Văn bản #${d.id}: ${statusNames[d.status]} (phiên bản ${d.version}).`);
      return EXIT_OK;
    };
    if (to === 'tra-lai') {
      if (!reason) return Promise.resolve(usageError(io, status.usage, 'trả lại phải ghi lý do (--reason)'));
      return runVerb(io, 'returnDraft', { id, why: reason }, callOptions(v), show);
    }
    return runVerb(io, statusVerbs[to], request, callOptions(v), show);
  },
};

const issue: Command = {
  words: 'issue',
  usage: 'soan-nq issue --id <n> [--date YYYY-MM-DD] --as "<người>" [--json] [--db <tệp>]',
  options: { id: { type: 'string' }, date: { type: 'string' } },
  run: (io, v) => {
    const id = positiveInt(text(v, 'id'));
    const date = text(v, 'date');
    if (id === null) return Promise.resolve(usageError(io, issue.usage));
    return runVerb(io, 'issueDocument', { id, ...(date ? { date } : {}) }, callOptions(v), (d) => {
      const symbol = formatDocSymbol({ ...d.content.header.number, seq: d.numberSeq ?? 0 }, plainNumbering);
      if (asJson(v)) io.out(JSON.stringify({ id: d.id, number: d.numberSeq, symbol, issuedOn: d.issuedOn, version: d.version }, null, 2));
      else io.out(`Đã ban hành văn bản #${d.id}: Số ${symbol}, ngày ${formatDateShort(d.issuedOn ?? '')}.`);
      return EXIT_OK;
    });
  },
};

/** `export --id <n> -o <tệp.docx>`: a stored document (the other form, `export <văn-bản.json>`, reads a file). */
export const exportStored: Command = {
  words: 'export',
  usage: 'soan-nq export --id <n> -o <tệp.docx> [--db <tệp>]',
  options: { id: { type: 'string' }, out: { type: 'string', short: 'o' } },
  run: (io, v) => {
    const id = positiveInt(text(v, 'id'));
    if (id === null || !text(v, 'out')) return Promise.resolve(usageError(io, exportStored.usage));
    return runVerb(io, 'exportDocx', { id }, callOptions(v), (outcome) => {
      io.out(outcome.kind === 'saved' ? `Đã xuất văn bản #${id} ra ${outcome.path}.` : 'Không xuất tệp.');
      return EXIT_OK;
    });
  },
};

const history: Command = {
  words: 'history',
  usage: 'soan-nq history --id <n> [--json] [--db <tệp>]',
  options: { id: { type: 'string' } },
  run: (io, v) => {
    const id = positiveInt(text(v, 'id'));
    if (id === null) return Promise.resolve(usageError(io, history.usage));
    return runVerb(io, 'documentHistory', { id }, callOptions(v), (events) => {
      if (asJson(v)) io.out(JSON.stringify(events, null, 2));
      for (const e of asJson(v) ? [] : events) {
        const when = `${formatDateShort(e.at.slice(0, 10))} ${e.at.slice(11, 16)}`;
        const step = e.from === null ? `tạo (${statusNames[e.to]})` : `${statusNames[e.from]} → ${statusNames[e.to]}`;
        io.out(`${when}  ${e.who}: ${step}${e.number ? `, số ${e.number}` : ''} — ${e.reason} (phiên bản ${e.version})`);
      }
      return EXIT_OK;
    });
  },
};

const backup: Command = {
  words: 'backup',
  usage: 'soan-nq backup -o <tệp.sqlite> [--db <tệp>]   (sao lưu trực tuyến: dùng được khi ứng dụng đang chạy)',
  options: { out: { type: 'string', short: 'o' } },
  run: (io, v) => {
    if (!text(v, 'out')) return Promise.resolve(usageError(io, backup.usage));
    return runVerb(io, 'backupDatabase', {}, callOptions(v), (outcome) => {
      io.out(outcome.kind === 'saved' ? `Đã sao lưu dữ liệu ra ${outcome.path}.` : 'Không sao lưu.');
      return EXIT_OK;
    });
  },
};

const restore: Command = {
  words: 'restore',
  usage: 'soan-nq restore <tệp.sqlite> [--db <tệp>] [--as "<người>"]   (tệp hiện tại được giữ lại trong thư mục sao-luu)',
  options: {},
  positionals: 1,
  run: async (io, v, [file = '']) => {
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
  },
};

export const documentCommands: Command[] = [draftNew, status, issue, history, backup, restore];

/** Whether a command line is one of these (export only in its --id form). */
export function isStoredExport(argv: readonly string[]): boolean {
  return argv[0] === 'export' && argv.some((a) => a === '--id' || a.startsWith('--id='));
}
