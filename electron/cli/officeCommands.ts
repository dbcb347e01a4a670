import { readFile } from 'node:fs/promises';
import type { OrganizationInput } from '../contract/model/office.ts';
import { bodyKinds, type BodyKind } from '../contract/model/parts.ts';
import { roles, roleNames, type Role } from '../contract/model/people.ts';
import { issuerCodeFor } from '../format/bodyKinds.ts';
import { formatDateShort } from '../format/dates.ts';
import { describeFsError } from '../services/fsErrors.ts';
import { runVerb } from './call.ts';
import { callOptions, positiveInt, text, usageError, type Command, type Values } from './commandTable.ts';
import { EXIT_FAILURE, EXIT_OK, printError, type Io } from './output.ts';

/** soan-nq org / term / register start|import / signer / person: the office's set-up. */

const orgFlags = `--id <mã> --kind <loại> --name "<TÊN>" [--superior "<TÊN CẤP TRÊN>"] [--code <ký hiệu>] --place "<địa danh>" --office "<VĂN PHÒNG>" --office-code <VPĐU>`;
const orgOptions = {
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

const isKind = (k: string | undefined): k is BodyKind => bodyKinds.some((b) => b === k);

/** The body from the flags; in "edit", flags not given keep the stored values (the service merges). */
function organizationFrom(io: Io, v: Values, mode: 'add' | 'edit', usage: string) {
  const kind = text(v, 'kind');
  if (kind !== undefined && !isKind(kind)) {
    usageError(io, usage, `loại cơ quan "${kind}" không có; dùng một trong: ${bodyKinds.join(', ')}`);
    return null;
  }
  const id = text(v, 'id');
  if (!id || (mode === 'add' && (!kind || !text(v, 'name') || !text(v, 'place') || !text(v, 'office') || !text(v, 'office-code')))) {
    usageError(io, usage, mode === 'add' ? 'thiếu --id, --kind, --name, --place, --office hoặc --office-code' : 'thiếu --id');
    return null;
  }
  const code = text(v, 'code') ?? (mode === 'add' && kind ? issuerCodeFor(kind) : undefined);
  const superior = text(v, 'superior');
  const pick = {
    id,
    bodyKind: kind,
    name: text(v, 'name'),
    superiorBody: superior === undefined ? undefined : superior.trim() === '' ? null : superior,
    issuerCode: code,
    place: text(v, 'place'),
    officeName: text(v, 'office'),
    officeCode: text(v, 'office-code'),
    parentId: text(v, 'parent'),
  };
  return Object.fromEntries(Object.entries(pick).filter(([, x]) => x !== undefined)) as typeof pick & { id: string };
}

function orgCommand(mode: 'add' | 'edit'): Command {
  const usage = `soan-nq org ${mode} ${mode === 'add' ? orgFlags : `--id <mã> [các tùy chọn như org add]`} [--db <tệp>] [--as "<người>"]`;
  return {
    words: `org ${mode}`,
    usage,
    options: orgOptions,
    run: (io, v) => {
      const organization = organizationFrom(io, v, mode, usage);
      if (organization === null) return Promise.resolve(EXIT_FAILURE);
      // "edit" sends only the given fields; the stored body fills the rest. "add" is checked whole by the verb's schema.
      const request = mode === 'add' ? { mode, organization: organization as OrganizationInput } : { mode, organization };
      return runVerb(io, 'saveOrganization', request, callOptions(v), (org) => {
        if (v['json'] === true) io.out(JSON.stringify(org, null, 2));
        else {
          io.out(
            `Đã ${mode === 'add' ? 'thêm' : 'sửa'} cơ quan ${org.id}: ${org.name} (ký hiệu ${org.issuerCode}, địa danh ${org.place}).`,
          );
        }
        if (mode === 'add' && text(v, 'code') === undefined) {
          io.out(`Ký hiệu cơ quan ban hành gợi ý theo loại: ${org.issuerCode} (sửa bằng org edit --code).`);
        }
        if (!/\s/u.test(org.place.trim())) {
          io.out(`Lưu ý (05-HD): địa danh một âm tiết hoặc trùng tên người cần ghi kèm loại đơn vị, ví dụ "Xã ${org.place}".`);
        }
        return EXIT_OK;
      });
    },
  };
}

const orgList: Command = {
  words: 'org list',
  usage: 'soan-nq org list [--json] [--db <tệp>]',
  options: {},
  run: (io, v) =>
    runVerb(io, 'listOrganizations', {}, callOptions(v), (orgs) => {
      if (v['json'] === true) io.out(JSON.stringify(orgs, null, 2));
      else if (orgs.length === 0) io.out('Chưa có cơ quan nào. Thêm bằng: soan-nq org add …');
      for (const o of orgs) {
        io.out(`${o.id.padEnd(20)} ${o.name} — ${o.issuerCode}, ${o.place}${o.superiorBody ? ` (cấp trên: ${o.superiorBody})` : ''}`);
      }
      return EXIT_OK;
    }),
};

const termAdd: Command = {
  words: 'term add',
  usage: 'soan-nq term add --org <mã> --name "<tên, ví dụ 2025-2030>" --from YYYY-MM-DD [--to YYYY-MM-DD] [--appointed] [--db <tệp>]',
  options: {
    org: { type: 'string' },
    name: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    appointed: { type: 'boolean' },
  },
  run: (io, v) => {
    const [orgId, name, from, to] = [text(v, 'org'), text(v, 'name'), text(v, 'from'), text(v, 'to')];
    if (!orgId || !name || !from) return Promise.resolve(usageError(io, termAdd.usage, 'thiếu --org, --name hoặc --from'));
    const request = { orgId, name, from, ...(to ? { to } : {}), ...(v['appointed'] === true ? { appointed: true } : {}) };
    return runVerb(io, 'addTerm', request, callOptions(v), (t) => {
      const end = t.endDate ? ` đến ${formatDateShort(t.endDate)}` : '';
      io.out(
        `Đã thêm nhiệm kỳ ${t.ordinal} của ${t.orgId}: từ ${formatDateShort(t.startDate)}${end}${t.appointed ? ', cấp ủy được chỉ định (số văn bản chạy từ ngày này)' : ''}.`,
      );
      return EXIT_OK;
    });
  },
};

const registerStart: Command = {
  words: 'register start',
  usage: 'soan-nq register start --org <mã> --type <NQ|KL|…> --next <số tiếp theo> [--db <tệp>]',
  options: { org: { type: 'string' }, type: { type: 'string' }, next: { type: 'string' } },
  run: (io, v) => {
    const [orgId, docType, next] = [text(v, 'org'), text(v, 'type'), positiveInt(text(v, 'next'))];
    if (!orgId || !docType || next === null) return Promise.resolve(usageError(io, registerStart.usage));
    return runVerb(io, 'setRegisterStart', { orgId, docType, next }, callOptions(v), (s) => {
      io.out(`Sổ đăng ký ${s.docType} của ${s.orgId}, nhiệm kỳ ${s.termName}: số tiếp theo sẽ cấp là ${String(s.next).padStart(2, '0')}.`);
      return EXIT_OK;
    });
  },
};

const registerImport: Command = {
  words: 'register import',
  usage:
    'soan-nq register import --org <mã> <tệp.csv|tệp.tsv> [--allow-gaps] [--dry-run] [--db <tệp>]   (cột: số, ngày dd/mm/yyyy, loại, trích yếu)',
  options: { org: { type: 'string' }, 'allow-gaps': { type: 'boolean' }, 'dry-run': { type: 'boolean' } },
  positionals: 1,
  run: async (io, v, [file = '']) => {
    const orgId = text(v, 'org');
    if (!orgId) return usageError(io, registerImport.usage, 'thiếu --org');
    let content: string;
    try {
      content = await readFile(file, 'utf8');
    } catch (err) {
      printError(io, describeFsError(err, 'đọc', file));
      return EXIT_FAILURE;
    }
    const request = { orgId, text: content, allowGaps: v['allow-gaps'] === true, dryRun: v['dry-run'] === true };
    return runVerb(io, 'importRegister', request, callOptions(v), (r) => {
      for (const s of r.series) io.out(`Nhiệm kỳ ${s.termName}, loại ${s.docType}: ${s.count} số (từ ${s.from} đến ${s.to}).`);
      for (const p of r.problems) io.err(p.message);
      for (const g of r.gaps) {
        io.err(`Số bị khuyết — ${g}${v['allow-gaps'] === true ? '' : ' (thêm --allow-gaps nếu đúng là các số này không dùng)'}`);
      }
      if (r.saved) io.out(`Đã nhập ${r.rows} số vào sổ đăng ký.`);
      else io.err(v['dry-run'] === true && r.problems.length === 0 ? 'Chạy thử: chưa lưu gì.' : 'Chưa lưu gì: hãy sửa tệp rồi nhập lại.');
      return r.saved || (v['dry-run'] === true && r.problems.length === 0) ? EXIT_OK : EXIT_FAILURE;
    });
  },
};

const signerAdd: Command = {
  words: 'signer add',
  usage:
    'soan-nq signer add --org <mã> --authority "T/M|K/T|T/L|Q." --of "<ĐẢNG UỶ>" --title "<BÍ THƯ>" --name "<họ tên>" [--inactive] [--db <tệp>]',
  options: {
    org: { type: 'string' },
    authority: { type: 'string' },
    of: { type: 'string' },
    title: { type: 'string' },
    name: { type: 'string' },
    inactive: { type: 'boolean' },
  },
  run: (io, v) => {
    const [orgId, authority, title, name] = [text(v, 'org'), text(v, 'authority') ?? 'none', text(v, 'title'), text(v, 'name')];
    const kind = (['T/M', 'K/T', 'T/L', 'Q.', 'none'] as const).find((k) => k === authority.toUpperCase());
    if (!orgId || !title || !name || !kind) return Promise.resolve(usageError(io, signerAdd.usage));
    const request = {
      orgId,
      authority: kind,
      authorityOf: text(v, 'of') ?? '',
      title,
      name,
      ...(v['inactive'] === true ? { active: false } : {}),
    };
    return runVerb(io, 'saveSigner', request, callOptions(v), (s) => {
      io.out(
        `Đã thêm người ký #${s.id}: ${[s.authority === 'none' ? '' : `${s.authority} ${s.authorityOf}`, s.title, s.name].filter(Boolean).join(' / ')}.`,
      );
      return EXIT_OK;
    });
  },
};

const isRole = (r: string): r is Role => roles.some((x) => x === r);

const personAdd: Command = {
  words: 'person add',
  usage: `soan-nq person add --name "<họ tên>" --role ${roles.join('|')}[,…] [--db <tệp>]`,
  options: { name: { type: 'string' }, role: { type: 'string' } },
  run: (io, v) => {
    const name = text(v, 'name');
    const wanted = (text(v, 'role') ?? '')
      .split(',')
      .map((r) => r.trim())
      .filter(Boolean);
    const unknown = wanted.filter((r) => !isRole(r));
    if (!name || wanted.length === 0 || unknown.length > 0) {
      return Promise.resolve(usageError(io, personAdd.usage, unknown.length > 0 ? `không có vai trò ${unknown.join(', ')}` : undefined));
    }
    return runVerb(io, 'savePerson', { name, roles: wanted.filter(isRole) }, callOptions(v), (p) => {
      io.out(`Đã thêm ${p.name}: ${p.roles.map((r) => roleNames[r]).join(', ')}.`);
      return EXIT_OK;
    });
  },
};

const personList: Command = {
  words: 'person list',
  usage: 'soan-nq person list [--json] [--db <tệp>]',
  options: {},
  run: (io, v) =>
    runVerb(io, 'listPeople', {}, callOptions(v), (people) => {
      if (v['json'] === true) io.out(JSON.stringify(people, null, 2));
      else if (people.length === 0) io.out('Chưa khai báo người dùng nào.');
      for (const p of people) io.out(`${p.name} — ${p.roles.map((r) => roleNames[r]).join(', ')}`);
      return EXIT_OK;
    }),
};

export const officeCommands: Command[] = [
  orgCommand('add'),
  orgCommand('edit'),
  orgList,
  termAdd,
  registerStart,
  registerImport,
  signerAdd,
  personAdd,
  personList,
];
