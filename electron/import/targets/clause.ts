import { parseTargetValue, splitValueFromStatement } from '../../format/targetValue.ts';
import type { TargetDraft } from './draft.ts';
import { tidyTarget } from './valueTail.ts';

/**
 * One clause of a target sentence -> one target: the indicator's words and its value as
 * written. Figures: split with `splitValueFromStatement`, the linking verb ("đạt", "là",
 * "ở mức", "giảm xuống còn") left out of the value unless it follows a colon ("Đạt 15.577 tỷ
 * đồng"); aspiration words ("Phấn đấu", "Đảm bảo", "Duy trì") left out of the name.
 * Qualitative clauses: a verb-led target keeps its whole clause as the value and names its
 * object ("Hoàn thành chỉ tiêu tuyển quân … theo chỉ tiêu giao" -> "Tuyển quân …"); "X đạt …"
 * and "X theo chỉ tiêu …" split there; anything else is its own name and value.
 */

const capitalise = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

export function cleanClause(s: string): string {
  return s
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[-+•]\s+/, '')
    .replace(/[.;,]+$/, '')
    .trim();
}

const LINK_VERB = /^(?:đạt và vượt|phấn đấu đạt|đạt|là|ở mức|bằng|giảm xuống còn|giảm còn|xuống còn)\s+(?=\S)/iu;
const ASPIRATION = /^(?:phấn đấu|phần đầu)(?:\s+năm\s+\d{4})?(?:\s+(?:có|đạt))?\s+/iu;
const KEEPER = /^(?:đảm bảo|bảo đảm|duy trì|giữ vững)\s+(?=tỷ lệ(?![\p{L}\p{N}]))/iu;
/** "Có 85% tổ chức …", "Có thêm 1 - 2 trường học …": the "có" before the figure is not part of the name. */
const HAVE = /^có(?:\s+thêm)?\s+(?=\p{Ll})/iu;

/** A name that starts "ở …" / "tại …" shares the words before the same word in the previous name. */
function withStem(name: string, previous: string | null): string {
  const m = /^(ở|tại)\s/iu.exec(name);
  if (!m || !previous) return name;
  const at = previous.toLocaleLowerCase('vi').lastIndexOf(` ${(m[1] ?? '').toLocaleLowerCase('vi')} `);
  return at > 0 ? `${previous.slice(0, at)} ${name.charAt(0).toLocaleLowerCase('vi')}${name.slice(1)}` : name;
}

export function fixName(name: string, previous: string | null): string {
  const n = name
    .trim()
    .replace(ASPIRATION, '')
    .replace(KEEPER, '')
    .replace(HAVE, '')
    .replace(/[\s:,;]+$/, '')
    // "Giải quyết việc làm mới cho [320 lao động]": a preposition left dangling by the figure taken out.
    .replace(/\s+(?:cho|của|với|tại)$/iu, '');
  return capitalise(withStem(n, previous));
}

const LEAD_VERBS = [
  'hoàn thành chỉ tiêu, nhiệm vụ',
  'hoàn thành chỉ tiêu',
  'hoàn thành',
  'không để xảy ra',
  'phấn đấu kéo giảm',
  'phần đầu kéo giảm',
  'kiềm chế, làm giảm',
  'kéo giảm',
  'làm giảm',
  'duy trì, giữ vững',
  'giữ vững',
  'duy trì',
  'phát hiện',
  'thực hiện tốt',
  'thực hiện',
  'đảm bảo',
  'bảo đảm',
  'nâng cao',
  'tiếp tục',
].sort((a, b) => b.length - a.length);
const TAIL = /\s+(?:theo\s|được\s.*\bgiao\b|trong năm \d{4}).*$/iu;

function qualitative(s: string, previous: string | null): TargetDraft {
  const lower = s.toLocaleLowerCase('vi');
  const verb = LEAD_VERBS.find((v) => lower.startsWith(`${v} `));
  if (verb) {
    const object = s.slice(verb.length).trim().replace(TAIL, '');
    if (object) return { name: fixName(object, previous), written: s, children: [], confidence: 0.6 };
  }
  const at = /^(.{3,}?)\s+(đạt\s+\S.*)$/iu.exec(s) ?? /^(.{3,}?)\s+(theo\s+(?:chỉ tiêu|kế hoạch|quy định|nghị quyết)\b.*)$/iu.exec(s);
  if (at?.[1] && at[2]) return { name: fixName(at[1], previous), written: at[2], children: [], confidence: 0.6 };
  return { name: capitalise(s), written: s, children: [], confidence: 0.4 };
}

/** Whether ":" splits the clause outside brackets. */
function colonSplit(s: string): boolean {
  let depth = 0;
  for (const ch of s) {
    if (ch === '(') depth += 1;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ':' && depth === 0) return true;
  }
  return false;
}

export function clauseTarget(clause: string, previous: string | null): TargetDraft | null {
  const s = cleanClause(clause);
  if (s.replace(/[^\p{L}\p{N}]/gu, '').length < 2) return null;
  const colon = colonSplit(s);
  const split = splitValueFromStatement(s);
  // "5G", "COVID-19": a digit inside a name is no figure.
  const glued = split !== null && /^\d+\p{Lu}/u.test(split.value.trim());
  if (split && !glued && (colon || parseTargetValue(split.value).kind !== 'qualitative')) {
    const tidied = tidyTarget(split.name, colon ? split.value : split.value.replace(LINK_VERB, ''));
    const written = colon ? tidied.written : tidied.written.replace(LINK_VERB, '');
    const parsed = parseTargetValue(written);
    const unit = parsed.kind === 'qualitative' ? undefined : parsed.unit;
    return {
      name: fixName(tidied.name, previous),
      written,
      ...(unit ? { unit } : {}),
      ...(tidied.note ? { note: tidied.note } : {}),
      children: [],
      confidence: colon ? 0.9 : 0.8,
    };
  }
  return qualitative(s, previous);
}
