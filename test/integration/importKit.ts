import type { Resolution } from '../../electron/contract/model/resolution.ts';
import { walkTargets } from '../../electron/contract/model/targets.ts';
import type { ImportReport } from '../../electron/import/index.ts';

/**
 * Scores an import against the hand-read facts of a real document (`NN-name.expect.json` of
 * ../shared/corpus), the way tools/corpus-score does: text NFC, case-folded, whitespace
 * collapsed, old and new tone placement unified; target names by prefix, values as written.
 */

export type Expect = {
  document_type: string;
  header: {
    superior_body: string | null;
    issuing_body: string | null;
    number: { seq: number | null; type: string; issuer: string } | null;
    place: string | null;
    date: string | null;
  };
  summary: string;
  summary_alternatives?: string[];
  signature: { authority?: string; authority_of?: string; title?: string; name: string };
  recipients: number;
  targets: [string, string | string[]][];
  /** The status the import suggests (a signed PDF is issued even with its number and day blank). */
  status?: 'ban-hanh' | 'du-thao';
  /** Last year's plan and result beside a target, as the appendix table gives them: [name, plan, result, year]. */
  previous?: [string, string, string, number][];
  copy: { kind: string; number: string; body: string; signer: string } | null;
};

export type Scored = {
  header: number;
  headerOf: number;
  targetsFound: number;
  targetsRight: number;
  targets: number;
  recipients: boolean;
  signature: boolean;
  copy: boolean;
  misses: string[];
};

const TONE: Record<string, string> = { oà: 'òa', oá: 'óa', oả: 'ỏa', oã: 'õa', oạ: 'ọa', uỳ: 'ùy', uý: 'úy', uỷ: 'ủy', uỹ: 'ũy', uỵ: 'ụy' };

export function norm(s: string | null | undefined): string {
  let t = (s ?? '').normalize('NFC').toLocaleLowerCase('vi');
  for (const [a, b] of Object.entries(TONE)) t = t.split(a).join(b);
  return t.replace(/\s+/g, ' ').trim();
}
const tight = (s: string | null | undefined): string => norm(s).replace(/ /g, '');
const stripLabel = (s: string): string => s.replace(/^\s*(?:\(\d+\)|\d+(?:\.\d+)*[.)]|[a-zđ]\)|[-+•*])\s*/iu, '');

function nameOk(expected: string, got: string): boolean {
  const [e, i] = [tight(expected), tight(stripLabel(got))];
  if (!e || !i) return false;
  const k = Math.min(e.length, i.length);
  return i.includes(e) || (k >= 10 && e.slice(0, k) === i.slice(0, k));
}

function valueOk(expected: string | string[], written: string, unit: string | undefined): boolean {
  const w = tight(written);
  const u = tight(unit);
  const cands = new Set([w, ...(u ? [w + u, w.endsWith(u) ? w.slice(0, -u.length) : w] : [])]);
  return (Array.isArray(expected) ? expected : [expected]).some((x) => cands.has(tight(x)));
}

export function scoreAgainst(exp: Expect, report: ImportReport): Scored {
  const m = report.model;
  const h = m.header;
  const facts: boolean[] = [];
  if (exp.header.issuing_body !== null) facts.push(norm(h.issuingBody) === norm(exp.header.issuing_body));
  facts.push(norm(h.superiorBody) === norm(exp.header.superior_body));
  const n = exp.header.number;
  if (n) facts.push(h.number.seq === n.seq && norm(h.number.typeCode) === norm(n.type) && norm(h.number.issuerCode) === norm(n.issuer));
  facts.push(norm(h.place) === norm(exp.header.place));
  facts.push((h.date ?? null) === exp.header.date);
  facts.push(norm(m.title.documentType) === norm(exp.document_type));
  facts.push([exp.summary, ...(exp.summary_alternatives ?? [])].some((s) => norm(s) === norm(m.title.summary)));
  const targets = [...walkTargets(m.targets)].map(([t]) => t).filter((t) => t.value);
  const used = new Set<number>();
  let found = 0;
  let right = 0;
  const misses: string[] = [];
  for (const [name, value] of exp.targets) {
    const cands = targets.map((t, k) => [t, k] as const).filter(([t, k]) => !used.has(k) && nameOk(name, t.name));
    const pick = cands.find(([t]) => valueOk(value, t.value?.written ?? '', t.unit)) ?? cands[0];
    if (!pick) {
      misses.push(`thiếu: ${name} = ${String(value)}`);
      continue;
    }
    used.add(pick[1]);
    found += 1;
    if (valueOk(value, pick[0].value?.written ?? '', pick[0].unit)) right += 1;
    else misses.push(`sai giá trị: ${name}: ${String(value)} ≠ ${pick[0].value?.written ?? ''}`);
  }
  const s = m.signature;
  const es = exp.signature;
  const sig =
    (!es.authority || (norm(s.authority) === norm(es.authority) && norm(s.authorityOf) === norm(es.authority_of))) &&
    (!es.title || norm(s.title) === norm(es.title)) &&
    norm(s.name) === norm(es.name);
  const rc = m.recipients.lines.filter((l) => !l.text.startsWith('(chưa đọc được')).length;
  const blob = norm(JSON.stringify(report.copy ?? {}));
  const copy = exp.copy
    ? report.copy !== null && [exp.copy.kind, exp.copy.body, exp.copy.signer].every((x) => blob.includes(norm(x)))
    : report.copy === null;
  return {
    header: facts.filter(Boolean).length,
    headerOf: facts.length,
    targetsFound: found,
    targetsRight: right,
    targets: exp.targets.length,
    recipients: rc === exp.recipients,
    signature: sig,
    copy,
    misses,
  };
}

/** The facts of a seed resolution, read from its true model, in the shape of a corpus expectation. */
export function expectOf(truth: Resolution): Expect {
  const h = truth.header;
  return {
    document_type: truth.title.documentType,
    header: {
      superior_body: h.superiorBody ?? null,
      issuing_body: h.issuingBody,
      number: { seq: h.number.seq, type: h.number.typeCode, issuer: h.number.issuerCode },
      place: h.place,
      date: h.date,
    },
    summary: truth.title.summary.replace(/\n/g, ' '),
    signature: {
      authority: truth.signature.authority,
      authority_of: truth.signature.authorityOf,
      title: truth.signature.title,
      name: truth.signature.name,
    },
    recipients: truth.recipients.lines.length,
    targets: [...walkTargets(truth.targets)]
      .map(([t]) => t)
      .filter((t) => t.value)
      .map((t) => [t.name, t.value?.written ?? ''] as [string, string]),
    copy: null,
  };
}

/** Last year's plan, result and year of the expected targets that carry them: how many are right, and what differs. */
export function scorePrevious(exp: Expect, report: ImportReport): { right: number; of: number; misses: string[] } {
  const targets = [...walkTargets(report.model.targets)].map(([t]) => t);
  const misses: string[] = [];
  let right = 0;
  for (const [name, target, result, year] of exp.previous ?? []) {
    const t = targets.find((x) => nameOk(name, x.name));
    const got = t?.previous;
    if (got && norm(got.target) === norm(target) && norm(got.result) === norm(result) && got.year === year) right += 1;
    else {
      misses.push(
        `năm trước: ${name}: ${target} | ${result} | ${year} ≠ ${got ? `${got.target ?? ''} | ${got.result ?? ''} | ${got.year}` : 'không có'}`,
      );
    }
  }
  return { right, of: (exp.previous ?? []).length, misses };
}
