import { roles } from '../../contract/model/roles.ts';
import { command, storeOptions, type Command } from '../commandTable.ts';

/** The office's set-up (bodies, terms, the register's start, signers, people) and the office server with its accounts. */

const orgFlags = `--id <mã> --kind <loại> --name "<TÊN>" [--superior "<TÊN CẤP TRÊN>"] [--code <ký hiệu>] --place "<địa danh>" --office "<VĂN PHÒNG>" [--office-code <VPĐU>]`;
const orgOptions = {
  ...storeOptions,
  id: { type: 'string' },
  kind: { type: 'string' },
  name: { type: 'string' },
  superior: { type: 'string' },
  code: { type: 'string' },
  place: { type: 'string' },
  office: { type: 'string' },
  'office-code': { type: 'string' },
  parent: { type: 'string' },
} as const;
const nameOption = { ...storeOptions, name: { type: 'string' } } as const;
const roleList = roles.join('|');

const office = () => import('../officeCommands.ts');
const accounts = () => import('../accountCommands.ts');

export const officeCommands: readonly Command[] = [
  command({
    words: 'org add',
    usage: `  soan-nq org add ${orgFlags} [--db <tệp>] [--as "<người>"]`,
    options: orgOptions,
    load: async () => (await office()).saveOrganization('add'),
  }),
  command({
    words: 'org edit',
    usage: `  soan-nq org edit --id <mã> [các tùy chọn như org add] [--db <tệp>] [--as "<người>"]`,
    options: orgOptions,
    load: async () => (await office()).saveOrganization('edit'),
  }),
  command({
    words: 'org list',
    usage: '  soan-nq org list [--json] [--db <tệp>]',
    options: storeOptions,
    load: async () => (await office()).orgList,
  }),
  command({
    words: 'term add',
    usage:
      '  soan-nq term add --org <mã> --name "<tên, ví dụ 2025-2030>" --from dd/mm/yyyy [--to dd/mm/yyyy] [--appointed] [--db <tệp>] [--as "<quản trị>"]',
    options: {
      ...storeOptions,
      org: { type: 'string' },
      name: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      appointed: { type: 'boolean' },
    },
    load: async () => (await office()).termAdd,
  }),
  command({
    words: 'register start',
    usage: '  soan-nq register start --org <mã> --type <NQ|KL|…> --next <số tiếp theo> [--db <tệp>] [--as "<quản trị>"]',
    options: { ...storeOptions, org: { type: 'string' }, type: { type: 'string' }, next: { type: 'string' } },
    load: async () => (await office()).registerStart,
  }),
  command({
    words: 'register import',
    usage:
      '  soan-nq register import --org <mã> <tệp.csv|tệp.tsv> [--allow-gaps] [--dry-run] [--db <tệp>] [--as "<quản trị>"]   (cột: số, ngày dd/mm/yyyy, loại, trích yếu)',
    options: { ...storeOptions, org: { type: 'string' }, 'allow-gaps': { type: 'boolean' }, 'dry-run': { type: 'boolean' } },
    positionals: 1,
    load: async () => (await office()).registerImport,
  }),
  command({
    words: 'signer add',
    usage:
      '  soan-nq signer add --org <mã> --authority "T/M|K/T|T/L|Q." --of "<ĐẢNG UỶ>" --title "<BÍ THƯ>" --name "<họ tên>" [--inactive] [--db <tệp>] [--as "<quản trị>"]',
    options: {
      ...storeOptions,
      org: { type: 'string' },
      authority: { type: 'string' },
      of: { type: 'string' },
      title: { type: 'string' },
      name: { type: 'string' },
      inactive: { type: 'boolean' },
    },
    load: async () => (await office()).signerAdd,
  }),
  command({
    words: 'person add',
    usage: `  soan-nq person add --name "<họ tên>" --role ${roleList}[,…] [--db <tệp>] [--as "<quản trị>"]`,
    options: { ...nameOption, role: { type: 'string' } },
    load: async () => (await office()).personAdd,
  }),
  command({
    words: 'person list',
    usage: '  soan-nq person list [--json] [--db <tệp>]',
    options: storeOptions,
    load: async () => (await office()).personList,
  }),
  command({
    words: 'serve',
    usage: '  soan-nq serve --listen <địa chỉ:cổng> --db <tệp> [--host-name <tên DNS>] [--static <thư mục giao diện>]',
    options: { ...storeOptions, listen: { type: 'string' }, 'host-name': { type: 'string', multiple: true }, static: { type: 'string' } },
    load: async () => (await import('../serveCommand.ts')).serve,
  }),
  command({
    words: 'account add',
    usage: `  soan-nq account add --name "<họ tên>" --role ${roleList} --db <tệp> [--as "<quản trị>"]  (mật khẩu đọc từ đầu vào chuẩn)`,
    options: { ...nameOption, role: { type: 'string' } },
    load: async () => (await accounts()).accountAdd,
  }),
  command({
    words: 'account list',
    usage: '  soan-nq account list [--json] --db <tệp>',
    options: storeOptions,
    load: async () => (await accounts()).accountList,
  }),
  command({
    words: 'account disable',
    usage: '  soan-nq account disable --name "<họ tên>" --db <tệp> [--as "<quản trị>"]',
    options: nameOption,
    load: async () => (await accounts()).disableAccount(true),
  }),
  command({
    words: 'account enable',
    usage: '  soan-nq account enable --name "<họ tên>" --db <tệp> [--as "<quản trị>"]',
    options: nameOption,
    load: async () => (await accounts()).disableAccount(false),
  }),
  command({
    words: 'account reset-password',
    usage: '  soan-nq account reset-password --name "<họ tên>" --db <tệp> [--as "<quản trị>"]  (mật khẩu mới đọc từ đầu vào chuẩn)',
    options: nameOption,
    load: async () => (await accounts()).resetPassword,
  }),
  command({
    words: 'account refusals',
    usage: '  soan-nq account refusals [--limit <n>] [--json] --db <tệp> --as "<quản trị>"',
    options: { ...storeOptions, limit: { type: 'string' } },
    load: async () => (await accounts()).refusals,
  }),
];
