import { readFile } from 'node:fs/promises';
import type { OrganizationInput } from '../contract/model/office.ts';
import { bodyKinds, type BodyKind } from '../contract/model/parts.ts';
import { roles, roleNames, type Role } from '../contract/model/people.ts';
import { issuerCodeFor, officeCodeFor, placeUnitFor } from '../format/bodyKinds.ts';
import { formatDateShort } from '../format/dates.ts';
import { describeFsError } from '../services/fsErrors.ts';
import { runVerb } from './call.ts';
import { callOptions, dayOption, text, wholeNumber, type Call, type Handler } from './commandTable.ts';
import { EXIT_FAILURE, EXIT_OK, printError, printList } from './output.ts';

/** soan-nq org / term / register start|import / signer / person: the office's set-up. */

const isKind = (k: string | undefined): k is BodyKind => bodyKinds.some((b) => b === k);

/** The body from the flags; in "edit", flags not given keep the stored values (the service merges). */
function organizationFrom(v: Record<string, unknown>, mode: 'add' | 'edit', usage: Call['usage']) {
  const kind = text(v, 'kind');
  if (kind !== undefined && !isKind(kind)) {
    usage(`loại cơ quan "${kind}" không có; dùng một trong: ${bodyKinds.join(', ')}`);
    return null;
  }
  const id = text(v, 'id');
  const missing = (mode === 'add' ? ['id', 'kind', 'name', 'place', 'office'] : ['id']).filter((flag) => !text(v, flag));
  if (missing.length > 0) {
    usage(`thiếu ${missing.map((flag) => `--${flag}`).join(', ')}`);
    return null;
  }
  const code = text(v, 'code') ?? (mode === 'add' && kind ? issuerCodeFor(kind) : undefined);
  const officeCode = text(v, 'office-code') ?? (mode === 'add' && kind ? officeCodeFor(kind) : undefined);
  const superior = text(v, 'superior');
  const pick = {
    id,
    bodyKind: kind,
    name: text(v, 'name'),
    superiorBody: superior === undefined ? undefined : superior.trim() === '' ? null : superior,
    issuerCode: code,
    place: text(v, 'place'),
    officeName: text(v, 'office'),
    officeCode,
    parentId: text(v, 'parent'),
  };
  return Object.fromEntries(Object.entries(pick).filter(([, x]) => x !== undefined)) as typeof pick & { id: string };
}

/** soan-nq org add | org edit: a body, whole ("add") or the flags given ("edit"). */
export function saveOrganization(mode: 'add' | 'edit'): Handler {
  return ({ io, values: v, usage }) => {
    const organization = organizationFrom(v, mode, usage);
    if (organization === null) return EXIT_FAILURE;
    // "edit" sends only the given fields; the stored body fills the rest. "add" is checked whole by the verb's schema.
    const request = mode === 'add' ? { mode, organization: organization as OrganizationInput } : { mode, organization };
    return runVerb(io, 'saveOrganization', request, callOptions(v), (org) => {
      if (v['json'] === true) io.out(JSON.stringify(org, null, 2));
      else {
        io.out(`Đã ${mode === 'add' ? 'thêm' : 'sửa'} cơ quan ${org.id}: ${org.name} (ký hiệu ${org.issuerCode}, địa danh ${org.place}).`);
      }
      if (mode === 'add' && text(v, 'code') === undefined) {
        io.out(`Ký hiệu cơ quan ban hành gợi ý theo loại: ${org.issuerCode} (sửa bằng org edit --code).`);
      }
      if (mode === 'add' && text(v, 'office-code') === undefined) {
        io.out(
          `Ký hiệu của cơ quan sao gợi ý theo loại: ${org.officeCode}, bản sao mang số "Số 01-BS/${org.officeCode}" (sửa bằng org edit --office-code).`,
        );
      }
      if (!/\s/u.test(org.place.trim())) {
        const unit = placeUnitFor(org.bodyKind) ?? 'Xã';
        io.out(`Lưu ý (05-HD): địa danh một âm tiết hoặc trùng tên người cần ghi kèm loại đơn vị, ví dụ "${unit} ${org.place}".`);
      }
      return EXIT_OK;
    });
  };
}

export const orgList: Handler = ({ io, values: v }) =>
  runVerb(io, 'listOrganizations', {}, callOptions(v), (orgs) =>
    printList(
      io,
      v['json'] === true,
      orgs,
      'Chưa có cơ quan nào. Thêm bằng: soan-nq org add …',
      (o) => `${o.id.padEnd(20)} ${o.name} — ${o.issuerCode}, ${o.place}${o.superiorBody ? ` (cấp trên: ${o.superiorBody})` : ''}`,
    ),
  );

export const termAdd: Handler = ({ io, values: v, usage }) => {
  const [orgId, name, from, to] = [text(v, 'org'), text(v, 'name'), dayOption(text(v, 'from')), dayOption(text(v, 'to'))];
  if (!orgId || !name || !from) return usage('thiếu --org, --name hoặc --from');
  const request = { orgId, name, from, ...(to ? { to } : {}), ...(v['appointed'] === true ? { appointed: true } : {}) };
  return runVerb(io, 'addTerm', request, callOptions(v), (t) => {
    const end = t.endDate ? ` đến ${formatDateShort(t.endDate)}` : '';
    io.out(
      `Đã thêm nhiệm kỳ ${t.ordinal} của ${t.orgId}: từ ${formatDateShort(t.startDate)}${end}${t.appointed ? ', cấp ủy được chỉ định (số văn bản chạy từ ngày này)' : ''}.`,
    );
    return EXIT_OK;
  });
};

export const registerStart: Handler = ({ io, values: v, usage }) => {
  const [orgId, docType, next] = [text(v, 'org'), text(v, 'type'), wholeNumber(text(v, 'next'))];
  if (!orgId || !docType || next === null) return usage();
  return runVerb(io, 'setRegisterStart', { orgId, docType, next }, callOptions(v), (s) => {
    io.out(`Sổ đăng ký ${s.docType} của ${s.orgId}, nhiệm kỳ ${s.termName}: số tiếp theo sẽ cấp là ${String(s.next).padStart(2, '0')}.`);
    return EXIT_OK;
  });
};

export const registerImport: Handler = async ({ io, values: v, positionals: [file = ''], usage }) => {
  const orgId = text(v, 'org');
  if (!orgId) return usage('thiếu --org');
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
};

export const signerAdd: Handler = ({ io, values: v, usage }) => {
  const [orgId, authority, title, name] = [text(v, 'org'), text(v, 'authority') ?? 'none', text(v, 'title'), text(v, 'name')];
  const kind = (['T/M', 'K/T', 'T/L', 'Q.', 'none'] as const).find((k) => k === authority.toUpperCase());
  if (!orgId || !title || !name || !kind) return usage();
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
};

const isRole = (r: string): r is Role => roles.some((x) => x === r);

export const personAdd: Handler = ({ io, values: v, usage }) => {
  const name = text(v, 'name');
  const wanted = (text(v, 'role') ?? '')
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  const unknown = wanted.filter((r) => !isRole(r));
  if (!name || wanted.length === 0 || unknown.length > 0) {
    return usage(unknown.length > 0 ? `không có vai trò ${unknown.join(', ')}` : undefined);
  }
  return runVerb(io, 'savePerson', { name, roles: wanted.filter(isRole) }, callOptions(v), (p) => {
    io.out(`Đã thêm ${p.name}: ${p.roles.map((r) => roleNames[r]).join(', ')}.`);
    return EXIT_OK;
  });
};

export const personList: Handler = ({ io, values: v }) =>
  runVerb(io, 'listPeople', {}, callOptions(v), (people) =>
    printList(
      io,
      v['json'] === true,
      people,
      'Chưa khai báo người dùng nào.',
      (p) => `${p.name} — ${p.roles.map((r) => roleNames[r]).join(', ')}`,
    ),
  );
