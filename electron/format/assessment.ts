import type { Assessment, Direction, ParsedValue, TargetNode } from '../contract/model/targets.ts';
import { formatNumberVi } from './numbers.ts';
import { betterOfName } from './targetDirection.ts';
import { describeParsedValue, parseTargetValue } from './targetValue.ts';
import { foldText } from './fold.ts';

/**
 * Judging last year's result against its target (spec/domain.md, "Targets: what a value can be"):
 * vượt, đạt, không đạt, or "cần đánh giá" when a person must judge.
 *
 * Rules:
 * - The better direction is `target.better`, else the parsed one; an exact figure ("770,4" tỷ đồng,
 *   direction "exact") counts as "higher is better" unless `better` says otherwise, or the indicator
 *   names a harm ("Tỷ lệ hộ nghèo": lower is better, `targetDirection.ts`). `better: "exact"`
 *   asks for the figure itself (any other figure is không đạt); `better: "none"` leaves it to a person.
 * - Exact and ranges: equal to / inside the target is đạt, past it on the better side vượt, on the
 *   other side không đạt. Equal means within a floating-point tolerance (1e-9 relative).
 * - Bounds ("trên 64", "≥ 2", "dưới 18%") are judged by the bound itself (`better` only for "none"):
 *   meeting it is đạt; vượt only when the result is past the bound by more than
 *   `BOUND_EXCEED_MARGIN` (20%) of the bound's size ("≥ 2" trường, 3 trường: vượt; "dưới 18%", 16%: đạt).
 * - A growth target ("Tăng 6 - 7", "giảm 6 - 7%" stored as -7..-6, "tăng trên 8%", "giảm trên 8%")
 *   compares only with a growth result ("tăng 6,5%"); any other target only with a plain figure
 *   ("16%", "đạt 4.350 lao động", "-2"). Units must agree when both are written (sĩ/sỹ and "giường" /
 *   "giường bệnh" agree). Anything else is "cần đánh giá" with the reason.
 */

export type TargetResult = { written: string; parsed?: ParsedValue | undefined };
export type AssessmentOutcome = { assessment: Assessment; reason: string };
export type AssessedTarget = { target: TargetNode; assessment: Assessment };

/** How far past a bound a result must be to count as vượt: 20% of the bound's size. */
export const BOUND_EXCEED_MARGIN = 0.2;

export const assessmentLabels: Readonly<Record<Assessment, string>> = {
  vuot: 'vượt',
  dat: 'đạt',
  'khong-dat': 'không đạt',
  'can-danh-gia': 'cần đánh giá',
};

const num = (n: number): string => formatNumberVi(n, 4);
const cmp = (a: number, b: number): number => (Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)) ? 0 : a < b ? -1 : 1);
const outcome = (assessment: Assessment, why: string): AssessmentOutcome => ({
  assessment,
  reason: `${why}: ${assessmentLabels[assessment]}`,
});
const person = (reason: string): AssessmentOutcome => ({ assessment: 'can-danh-gia', reason });

/** A unit as two written units are told apart: no diacritics, i for y, single spaces ("Tỷ đồng" = "tỉ đồng"). */
const looseUnit = (u: string): string => foldText(u).replace(/y/g, 'i').replace(/\s+/g, ' ').trim();

/** Two written units that name different things ("%" and "lao động", "tỷ đồng" and "triệu đồng"). */
function unitsClash(a: string | undefined, b: string | undefined): boolean {
  if (!a?.trim() || !b?.trim()) return false;
  const [x, y] = [looseUnit(a), looseUnit(b)];
  return !(x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `));
}

/** A growth target: a growth range, or a bound on a change ("giảm trên 8%" is below -8; "tăng trên 8%"). */
function isGrowthGoal(goal: ParsedValue, written: string): boolean {
  if (goal.kind === 'growthRange') return true;
  if (goal.kind !== 'lowerBound' && goal.kind !== 'upperBound') return false;
  return goal.value < 0 || /^\s*(?:phấn đấu\s+)?tăng(?![\p{L}])/iu.test(written);
}

/** The one figure of a result: a plain figure or a single growth; null for a bound, a range, words. */
function readResult(got: ParsedValue, negative: boolean): { value: number; growth: boolean } | null {
  if (got.kind === 'growthRange' && got.min === got.max) return { value: got.min, growth: true };
  if (got.kind !== 'exact') return null;
  return { value: negative ? -got.value : got.value, growth: false };
}

/** "trên mức" / "dưới mức" / "bằng mức"; for falls, "nhiều hơn mức giảm" reads better than "dưới". */
function relation(x: number, b: number, growth: boolean): string {
  const c = growth && x <= 0 && b <= 0 ? cmp(-x, -b) : cmp(x, b);
  if (c === 0) return 'bằng mức';
  if (growth && x <= 0 && b <= 0) return c > 0 ? 'nhiều hơn mức' : 'ít hơn mức';
  return c > 0 ? 'trên mức' : 'dưới mức';
}

type Frame = { show: (n: number) => string; growth: boolean; goalText: string };

function judgeBound(goal: Extract<ParsedValue, { kind: 'lowerBound' | 'upperBound' }>, x: number, f: Frame): AssessmentOutcome {
  const b = goal.value;
  const c = cmp(x, b) * (goal.kind === 'lowerBound' ? 1 : -1);
  const met = goal.inclusive ? c >= 0 : c > 0;
  const head = `Kết quả ${f.show(x)} ${relation(x, b, f.growth)} ${f.show(b)}`;
  if (!met) return outcome('khong-dat', c === 0 ? `${head}, chỉ tiêu là ${f.goalText}` : head);
  const past = Math.abs(x - b);
  if (past > BOUND_EXCEED_MARGIN * Math.abs(b)) return outcome('vuot', `${head}, cách mức hơn ${BOUND_EXCEED_MARGIN * 100}%`);
  return outcome('dat', head);
}

function judgeSpan(min: number, max: number, direction: Direction, x: number, f: Frame): AssessmentOutcome {
  const [lo, hi] = [cmp(x, min), cmp(x, max)];
  if (lo >= 0 && hi <= 0) {
    const where = min === max ? `bằng mức ${f.show(min)}` : `trong khoảng ${f.goalText}`;
    return outcome('dat', `Kết quả ${f.show(x)} ${where}`);
  }
  const edge = hi > 0 ? max : min;
  const better = hi > 0 ? direction === 'higher' : direction === 'lower';
  return outcome(better ? 'vuot' : 'khong-dat', `Kết quả ${f.show(x)} ${relation(x, edge, f.growth)} ${f.show(edge)}`);
}

/** Judges one target against its result; see the module comment for the rules. */
export function assessTarget(target: TargetNode, result: TargetResult): AssessmentOutcome {
  const goal = target.value?.parsed;
  if (!target.value || !goal || goal.kind === 'qualitative') return person('Chỉ tiêu định tính: cần người đánh giá');
  const written = result.written.replace(/\s+/g, ' ').trim();
  if (written === '' && !result.parsed) return person('Chưa có kết quả');
  const got = result.parsed ?? parseTargetValue(written, target.unit);
  if (got.kind === 'qualitative') return person(`Kết quả "${written}" không có số liệu: cần người đánh giá`);
  const direction =
    target.better ?? (goal.kind === 'exact' && goal.direction === 'exact' ? (betterOfName(target.name) ?? 'higher') : goal.direction);
  if (direction === 'none') return person('Chỉ tiêu không có chiều tốt hơn: cần người đánh giá');
  // The parser does not read signs: "-2" or "−2" typed in a cell is a negative figure.
  const reading = readResult(got, !result.parsed && /^[-−]\d/.test(written));
  if (!reading) return person(`Không so sánh được: kết quả "${written}" không phải một con số`);
  const growth = isGrowthGoal(goal, target.value.written);
  if (reading.growth !== growth) {
    return person(
      growth
        ? 'Không so sánh được: chỉ tiêu là mức tăng, giảm; ghi kết quả dạng "tăng 6,5%"'
        : 'Không so sánh được: chỉ tiêu là một mức, kết quả lại là mức tăng, giảm',
    );
  }
  const unit = goal.unit ?? target.unit?.trim();
  if (unitsClash(got.unit, unit)) {
    return person(`Không so sánh được: đơn vị kết quả (${got.unit ?? ''}) khác đơn vị chỉ tiêu (${unit ?? ''})`);
  }
  const u = unit ? ` ${unit}` : got.unit ? ` ${got.unit}` : '';
  const plain = (n: number): string => `${num(n)}${u}`;
  const show = growth ? (n: number): string => (n < 0 ? `giảm ${plain(-n)}` : `tăng ${plain(n)}`) : plain;
  const x = reading.value;
  switch (goal.kind) {
    case 'lowerBound':
    case 'upperBound':
      return judgeBound(goal, x, { show, growth, goalText: describeParsedValue(goal, unit) });
    case 'exact':
      return judgeSpan(goal.value, goal.value, direction, x, { show, growth, goalText: plain(goal.value) });
    case 'range':
    case 'growthRange': {
      const goalText = goal.kind === 'range' ? `${num(goal.min)} – ${num(goal.max)}${u}` : describeParsedValue(goal, unit);
      return judgeSpan(goal.min, goal.max, direction, x, { show, growth, goalText });
    }
  }
}

/**
 * One verdict for several: không đạt if any part is not met; else cần đánh giá if any part needs a
 * person; else vượt if every part is vượt; else đạt. Nothing to judge is cần đánh giá.
 */
export function combineAssessments(parts: readonly Assessment[]): Assessment {
  if (parts.length === 0 || (!parts.includes('khong-dat') && parts.includes('can-danh-gia'))) return 'can-danh-gia';
  if (parts.includes('khong-dat')) return 'khong-dat';
  return parts.every((a) => a === 'vuot') ? 'vuot' : 'dat';
}

/**
 * The verdict of a node from its own value's verdict (if it has a value) and its children's:
 * "Giá trị sản xuất" is không đạt when "Ngành Dịch vụ" is; the reason names the parts that decide.
 */
export function aggregateNode(node: TargetNode, own: Assessment | undefined, children: readonly AssessedTarget[]): AssessmentOutcome {
  const parts: AssessedTarget[] = [...(own ? [{ target: node, assessment: own }] : []), ...children];
  const assessment = combineAssessments(parts.map((p) => p.assessment));
  const named = (a: Assessment): string =>
    parts
      .filter((p) => p.assessment === a)
      .map((p) => p.target.name)
      .join('; ');
  if (parts.length === 0) return person('Chưa có chỉ tiêu để đánh giá');
  if (assessment === 'khong-dat') return { assessment, reason: `Không đạt: ${named('khong-dat')}` };
  if (assessment === 'can-danh-gia') return { assessment, reason: `Cần người đánh giá: ${named('can-danh-gia')}` };
  const all = assessment === 'vuot' ? 'đều vượt' : 'đều đạt hoặc vượt';
  return { assessment, reason: `${parts.length} chỉ tiêu thành phần ${all}` };
}

/**
 * Judges every node of a targets tree: leaves with `assessTarget`, nodes with children with
 * `aggregateNode`. `judged` holds a person's verdicts (qualitative targets); they win over the app's.
 * A node without a result is "Chưa có kết quả".
 */
export function assessTargetTree(
  targets: readonly TargetNode[],
  results: ReadonlyMap<string, TargetResult>,
  judged: ReadonlyMap<string, Assessment> = new Map(),
): Map<string, AssessmentOutcome> {
  const out = new Map<string, AssessmentOutcome>();
  const visit = (node: TargetNode): AssessmentOutcome => {
    const kids = node.children.map((c) => ({ target: c, assessment: visit(c).assessment }));
    const byPerson = judged.get(node.key);
    const own = node.value || kids.length === 0 ? assessTarget(node, results.get(node.key) ?? { written: '' }) : undefined;
    const verdict: AssessmentOutcome = byPerson
      ? { assessment: byPerson, reason: `Người đánh giá: ${assessmentLabels[byPerson]}` }
      : own && kids.length === 0
        ? own
        : aggregateNode(node, own?.assessment, kids);
    out.set(node.key, verdict);
    return verdict;
  };
  targets.forEach(visit);
  return out;
}

export type AssessmentSummary = {
  total: number;
  vuot: number;
  dat: number;
  khongDat: number;
  canDanhGia: number;
  /** "18 chỉ tiêu: 12 đạt và vượt, 4 không đạt, 2 cần đánh giá"; parts that are 0 are left out. */
  sentence: string;
  /** "Một số chỉ tiêu chưa đạt Nghị quyết đề ra: Giá trị sản xuất, chỉ tiêu về y tế." or "". */
  unmet: string;
};

/** A name inside a sentence: no bracketed remark, lower-case first letter unless it starts an acronym. */
function nameInSentence(name: string, first: boolean): string {
  const s = name
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s.,;:]+$/, '')
    .trim();
  const firstWord = s.split(' ')[0] ?? '';
  const acronym = firstWord.length > 1 && firstWord === firstWord.toLocaleUpperCase('vi') && /\p{L}{2}/u.test(firstWord);
  return first || acronym ? s : s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
}

/**
 * Counts and words for the review section. Each item is one chỉ tiêu: pass the top-level targets
 * with their aggregated verdicts (`assessTargetTree`), as the resolution counts them ("Bao gồm 18 chỉ
 * tiêu cơ bản"). `unmet` lists the không đạt items in order, in the seeds' form, ending with ".".
 */
export function summarizeAssessments(items: readonly AssessedTarget[]): AssessmentSummary {
  const count = (a: Assessment): number => items.filter((i) => i.assessment === a).length;
  const [vuot, dat, khongDat, canDanhGia] = [count('vuot'), count('dat'), count('khong-dat'), count('can-danh-gia')];
  const n = (k: number): string => formatNumberVi(k, 0);
  const parts = [
    vuot + dat > 0 ? `${n(vuot + dat)} đạt và vượt` : '',
    khongDat > 0 ? `${n(khongDat)} không đạt` : '',
    canDanhGia > 0 ? `${n(canDanhGia)} cần đánh giá` : '',
  ].filter((p) => p !== '');
  const sentence = items.length === 0 ? 'Chưa có chỉ tiêu' : `${n(items.length)} chỉ tiêu: ${parts.join(', ')}`;
  const names = items.filter((i) => i.assessment === 'khong-dat').map((i, k) => nameInSentence(i.target.name, k === 0));
  const unmet = names.length === 0 ? '' : `Một số chỉ tiêu chưa đạt Nghị quyết đề ra: ${names.join(', ')}.`;
  return { total: items.length, vuot, dat, khongDat, canDanhGia, sentence, unmet };
}
