import { command, storeOptions, type Command } from '../commandTable.ts';
import { namesStoredId } from './files.ts';

/** A stored document's life (draft, status, issue, export, history), the data's safety (backup, restore) and the review through Word. */

const idOption = { ...storeOptions, id: { type: 'string' } } as const;
const lifecycle = () => import('../documentCommands.ts');

export const reviewOptions = {
  ...storeOptions,
  out: { type: 'string', short: 'o' },
  id: { type: 'string' },
  all: { type: 'boolean' },
  suggestion: { type: 'string', multiple: true },
} as const;

export const documentCommands: readonly Command[] = [
  command({
    words: 'draft new',
    usage: '  soan-nq draft new --org <mã> --year <năm> [--template <mẫu>] --save --as "<người>" [--json] [--db <tệp>]',
    options: {
      ...storeOptions,
      org: { type: 'string' },
      year: { type: 'string' },
      template: { type: 'string' },
      save: { type: 'boolean' },
      carry: { type: 'boolean' },
    },
    load: async () => (await lifecycle()).draftNew,
  }),
  command({
    words: 'status',
    usage:
      '  soan-nq status --id <n> --to trinh|tra-lai|duyet [--reason "<lý do>"] [--override "<lý do vẫn làm khi còn lỗi>"] --as "<người>" [--db <tệp>]',
    options: { ...idOption, to: { type: 'string' }, reason: { type: 'string' }, override: { type: 'string' } },
    load: async () => (await lifecycle()).status,
  }),
  command({
    words: 'issue',
    usage:
      '  soan-nq issue --id <n> [--date dd/mm/yyyy] [--override "<lý do vẫn ban hành khi còn lỗi>"] --as "<người>" [--json] [--db <tệp>]',
    options: { ...idOption, date: { type: 'string' }, override: { type: 'string' } },
    load: async () => (await lifecycle()).issue,
  }),
  command({
    words: 'export',
    usage: '  soan-nq export --id <n> -o <tệp.docx> [--db <tệp>]',
    options: { ...idOption, out: { type: 'string', short: 'o' } },
    when: namesStoredId,
    load: async () => (await lifecycle()).exportStored,
  }),
  command({
    words: 'history',
    usage: '  soan-nq history --id <n> [--json] [--db <tệp>]',
    options: idOption,
    load: async () => (await lifecycle()).history,
  }),
  command({
    words: 'backup',
    usage: '  soan-nq backup -o <tệp.sqlite> [--db <tệp>]   (sao lưu trực tuyến: dùng được khi ứng dụng đang chạy)',
    options: { ...storeOptions, out: { type: 'string', short: 'o' } },
    load: async () => (await lifecycle()).backup,
  }),
  command({
    words: 'restore',
    usage: '  soan-nq restore <tệp.sqlite> [--db <tệp>] [--as "<người>"]   (tệp hiện tại được giữ lại trong thư mục sao-luu)',
    options: storeOptions,
    positionals: 1,
    load: async () => (await lifecycle()).restore,
  }),
  command({
    words: 'review',
    usage: `  soan-nq review export --id <số> -o <tệp.docx>       Xuất bản góp ý (.docx, ý kiến đang mở là chú thích Word)
  soan-nq review import --id <số> <tệp.docx> --as "<người>" [--json]
                                                      Nhập góp ý từ Word: chú thích và thay đổi được theo dõi
  soan-nq review list --id <số> [--json]              Các góp ý sửa của văn bản và trạng thái
  soan-nq review accept --id <số> (--all | --suggestion <k>) --as "<người>"
  soan-nq review reject --id <số> (--all | --suggestion <k>) --as "<người>"
                                                      Chấp nhận / bỏ qua góp ý sửa`,
    options: reviewOptions,
    positionals: 'any',
    load: async () => (await import('../reviewCommands.ts')).review,
  }),
];
