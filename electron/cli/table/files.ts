import { command, storeOptions, type Command } from '../commandTable.ts';

/**
 * The commands of the first part of `soan-nq help`, in its order: a document as a file (export,
 * check, import), the database, a year's targets and results, search, next year's draft, certified
 * copies and the number register. Each handler is in `commands/`, imported when the command runs.
 */

/** `export --id <n>` is a stored document's export (table/documents.ts); without --id, a file's. */
export const namesStoredId = (rest: readonly string[]): boolean => rest.some((a) => a === '--id' || a.startsWith('--id='));

export const exportOptions = { out: { type: 'string', short: 'o' } } as const;
export const checkOptions = { json: { type: 'boolean' } } as const;
export const importOptions = {
  ...storeOptions,
  org: { type: 'string' },
  save: { type: 'boolean' },
  'other-issuer': { type: 'boolean' },
} as const;
export const orgYearOptions = { ...storeOptions, org: { type: 'string' }, year: { type: 'string' } } as const;
export const searchOptions = { ...storeOptions, org: { type: 'string' } } as const;
export const draftOptions = {
  ...storeOptions,
  org: { type: 'string' },
  year: { type: 'string' },
  out: { type: 'string', short: 'o' },
  carry: { type: 'boolean' },
  save: { type: 'boolean' },
  template: { type: 'string' },
} as const;
export const copyOptions = {
  ...storeOptions,
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
} as const;
export const registerOptions = {
  ...storeOptions,
  org: { type: 'string' },
  type: { type: 'string' },
  term: { type: 'string' },
  csv: { type: 'string' },
  docx: { type: 'string' },
} as const;

export const fileCommands: readonly Command[] = [
  command({
    words: 'export',
    usage: '  soan-nq export <văn-bản.json> -o <tệp-xuất.docx>   Xuất văn bản ra .docx theo thể thức',
    options: exportOptions,
    positionals: 'any',
    when: (rest) => !namesStoredId(rest),
    load: async () => (await import('../commands/document.ts')).exportFile,
  }),
  command({
    words: 'check',
    usage: `  soan-nq check <văn-bản.json> [--json]               Kiểm tra thể thức; mã thoát 1 nếu có lỗi
  soan-nq check <tệp.docx> [--json]                   Kiểm tra thể thức một tệp Word bất kỳ (cỡ chữ, lề, phần đầu, nơi nhận, chữ ký…)`,
    options: checkOptions,
    positionals: 'any',
    load: async () => (await import('../commands/document.ts')).checkFile,
  }),
  command({
    words: 'import',
    usage: `  soan-nq import <tệp.docx|.doc|.pdf|.txt> [--org <mã>] [--json] [--save] [--other-issuer] [--as "<người>"]
                                                      Đọc văn bản cũ (Word, PDF có lớp chữ, văn bản thuần) thành văn bản; --save lưu vào kho của cơ quan --org
                                                      (văn bản do cơ quan khác ban hành chỉ được lưu khi thêm --other-issuer)`,
    options: importOptions,
    positionals: 'any',
    load: async () => (await import('../commands/importFile.ts')).importFile,
  }),
  command({
    words: 'db',
    usage: `  soan-nq db init                                     Tạo hoặc nâng cấp cơ sở dữ liệu
  soan-nq db seed-demo                                Nạp dữ liệu mẫu (khi cơ sở dữ liệu còn trống)`,
    options: storeOptions,
    positionals: 'any',
    load: async () => (await import('../commands/database.ts')).database,
  }),
  command({
    words: 'targets',
    usage: '  soan-nq targets --org <mã> --year <năm> [--json]    Chỉ tiêu, kết quả và đánh giá của một năm',
    options: orgYearOptions,
    positionals: 'any',
    load: async () => (await import('../commands/results.ts')).targets,
  }),
  command({
    words: 'results',
    usage: `  soan-nq results import --org <mã> --year <năm> <tệp.tsv|-> [--as "<người>"]
                                                      Nhập kết quả từ bảng dán từ Excel (phân cách tab)`,
    options: orgYearOptions,
    positionals: 'any',
    load: async () => (await import('../commands/results.ts')).resultsImport,
  }),
  command({
    words: 'search',
    usage: '  soan-nq search "<từ khóa>" [--org <mã>] [--json]     Tìm văn bản, không phân biệt dấu và hoa/thường',
    options: searchOptions,
    positionals: 'any',
    load: async () => (await import('../commands/search.ts')).search,
  }),
  command({
    words: 'draft',
    usage: `  soan-nq draft next-year --org <mã> --year <năm> -o <dự-thảo.json> [--carry] [--save] [--template <mẫu>] [--as "<người>"]
                                                      Dự thảo năm sau từ nghị quyết và kết quả năm trước`,
    options: draftOptions,
    positionals: 'any',
    load: async () => (await import('../commands/draft.ts')).draftNextYear,
  }),
  command({
    words: 'copy',
    usage: `  soan-nq copy --kind sao-y --id <số văn bản trong kho> -o <bản-sao.docx>
  soan-nq copy --kind trich-sao --id <n> --parts 3-7,12 [--appendix] -o <bản-sao.docx>
  soan-nq copy --kind sao-luc --from <văn-bản-nhận.docx> --org <mã> -o <bản-sao.docx>
        [--date dd/mm/yyyy] [--recipient "<dòng nơi nhận>" …] [--recipients-list "<tên danh sách>"]
        [--signer <mã người ký>] [--authority "K/T CHÁNH VĂN PHÒNG"] [--signer-title "…"] [--signer-name "…"]
        [--source "<tên văn bản được sao>"] [--json] [--as "<văn thư>"]
                                                      Làm bản sao (sao y bản chính, trích sao, sao lục) và ghi sổ bản sao
  soan-nq copy list --org <mã> [--date dd/mm/yyyy | --term <khóa, ví dụ XIII>] [--json]
                                                      Sổ bản sao của cơ quan trong một nhiệm kỳ`,
    options: copyOptions,
    positionals: 'any',
    load: async () => (await import('../commands/copy.ts')).copy,
  }),
  command({
    words: 'register',
    usage: `  soan-nq register --org <mã> [--type NQ] [--term <khóa>] [--csv <tệp.csv> | --docx <tệp.docx>] [--json]
                                                      Sổ đăng ký số văn bản của một nhiệm kỳ`,
    options: registerOptions,
    positionals: 'any',
    load: async () => (await import('../commands/numberRegister.ts')).numberRegister,
  }),
];
