import type { Block, HeadingLevel } from '../../contract/model/body.ts';
import { runsToText as inlineText } from '../../contract/model/inline.ts';
import { limits } from '../../ooxml/limits.ts';
import type { TargetDraft } from './draft.ts';
import { isFigureTarget } from './figures.ts';
import { statementTargets } from './statement.ts';
import { pushAll } from '../pushAll.ts';

/**
 * Targets written in the body. Under a heading that names them ("II. CÁC CHỈ TIÊU CHỦ YẾU"),
 * every item is a target, figures or not. Where a document states its targets among goals
 * ("II. MỤC TIÊU", "Mục tiêu năm 2026:", "2. Mục tiêu cụ thể đến 2030:", "MỤC TIÊU, CHỈ TIÊU"),
 * only statements with a figure are targets: the prose goals around them are not, and "Mục
 * tiêu chung" is skipped. A section runs to the next heading of the same or a higher level (a
 * labelled line "2. …:" to the next of its kind). Inside: a field heading or a labelled line
 * ending with ":" ("1. Về kinh tế:", "a) Phát triển kinh tế số:") is a group; each numbered
 * paragraph or bullet gives one target per indicator it holds; "+" bullets under a "-" bullet
 * are its children, and a bullet ending with ":" heads them. An introduction is skipped.
 */

const rank: Record<HeadingLevel, number> = { part: 0, section: 1, item: 2, subitem: 3, subsubitem: 4 };
const NAMES_TARGETS = /chỉ\s*tiêu/iu;
const NAMES_GOALS = /mục\s*tiêu/iu;
const NOT_TARGETS = /kết quả|đánh giá/iu;
const GENERAL_GOALS = /mục\s*tiêu\s*(?:chung|tổng quát)/iu;

const groupName = (text: string): string =>
  text
    .trim()
    .replace(/\s*(?:như sau)?\s*:$/u, '')
    .replace(/[.;]$/, '')
    .trim();

const textOf = (b: Block): string =>
  b.type === 'heading' || b.type === 'paragraph' || b.type === 'bullet' ? inlineText(b.runs).trim() : '';
/** A labelled line ranks with the heading its label would make: "2." with item headings, "a)" below them. */
function labelRank(label: string): number {
  if (/^\d+\.\d+\.\d+/u.test(label)) return rank.subsubitem;
  if (/^\d+\.\d+/u.test(label)) return rank.subitem;
  if (/^\d+\.$/u.test(label)) return rank.item;
  if (/^[IVXLC]+[.\-–]$/u.test(label)) return rank.section;
  return 5;
}

/** Rank of a block that opens a part: a heading by its level, a labelled line "2. …:" / "a) …:" below every heading. */
function openerRank(b: Block): number | null {
  if (b.type === 'heading') return rank[b.level];
  if (b.type === 'paragraph' && b.label && /:$/u.test(textOf(b))) return labelRank(b.label);
  return null;
}

type Section = { start: number; strict: boolean };

function sections(body: readonly Block[]): Section[] {
  const named = body.findIndex((b) => b.type === 'heading' && NAMES_TARGETS.test(textOf(b)) && !NOT_TARGETS.test(textOf(b)));
  // "MỤC TIÊU, CHỈ TIÊU" also holds prose goals: only figures are targets there.
  if (named >= 0) return [{ start: named, strict: NAMES_GOALS.test(textOf(body[named] as Block)) }];
  const out: Section[] = [];
  let coveredTo = -1;
  body.forEach((b, i) => {
    const t = textOf(b);
    if (i <= coveredTo || openerRank(b) === null || !NAMES_GOALS.test(t) || NOT_TARGETS.test(t) || GENERAL_GOALS.test(t)) return;
    out.push({ start: i, strict: true });
    coveredTo = sectionEnd(body, i) - 1;
  });
  return out;
}

/** "2." -> 2 (an item label's number), else null. */
const itemNumber = (b: Block | undefined): number | null => {
  const label = b?.type === 'heading' || b?.type === 'paragraph' ? b.label : undefined;
  const m = label ? /^(\d+)\.$/u.exec(label) : null;
  return m ? Number(m[1]) : null;
};

/**
 * Where the part opened at `start` ends: the next opener of the same or a higher rank; under an
 * item heading "2. …", also the next item "3. …" written as a plain paragraph (no colon, not bold)
 * when no other item line came between (a list restarting at "1." inside is the part's own).
 */
function sectionEnd(body: readonly Block[], start: number): number {
  const own = openerRank(body[start] as Block) ?? 0;
  const n = body[start]?.type === 'heading' ? itemNumber(body[start]) : null;
  let sawItem = false;
  for (let i = start + 1; i < body.length; i++) {
    const b = body[i] as Block;
    const r = openerRank(b);
    if (r !== null && r <= own) return i;
    const k = b.type === 'paragraph' ? itemNumber(b) : null;
    if (k !== null && n !== null && k === n + 1 && !sawItem) return i;
    if (k !== null) sawItem = true;
  }
  return body.length;
}

/** Only the statements with a figure, groups kept when something is left in them. */
function figuresOnly(drafts: readonly TargetDraft[]): TargetDraft[] {
  const out: TargetDraft[] = [];
  for (const d of drafts) {
    const children = figuresOnly(d.children);
    if (isFigureTarget(d)) out.push({ ...d, children });
    else if (d.written === undefined) out.push({ ...d, children });
    else pushAll(out, children);
  }
  return out;
}

function readSection(body: readonly Block[], start: number, counter: { n: number }): TargetDraft[] {
  const end = sectionEnd(body, start);
  const top: TargetDraft[] = [];
  const groups: { rank: number; draft: TargetDraft }[] = [];
  const into = (): TargetDraft[] => groups[groups.length - 1]?.draft.children ?? top;
  let lastBullet: TargetDraft | null = null;
  let skipTo = -1;
  for (let i = start + 1; i < end && counter.n < limits.maxTargets; i++) {
    const b = body[i];
    if (!b || i < skipTo) continue;
    const text = textOf(b);
    const opener = openerRank(b);
    if (opener !== null && GENERAL_GOALS.test(text) && !NAMES_TARGETS.test(text)) {
      skipTo = sectionEnd(body, i);
      continue;
    }
    const runIn = opener !== null ? runInField(text) : null;
    if (opener !== null) {
      while (groups.length > 0 && (groups[groups.length - 1]?.rank ?? 0) >= opener) groups.pop();
      if (runIn) {
        // "2.1. Về kinh tế: A tăng 7,5 %; B đạt 68 triệu đồng/người/năm": the field and its targets in one paragraph.
        const drafts = statementTargets(runIn.rest);
        counter.n += drafts.length;
        into().push({ name: runIn.field, children: drafts, confidence: 0.7 });
        lastBullet = null;
        continue;
      }
      // "2.3. Tỷ lệ che phủ rừng: 55,5 %": a numbered line that is one indicator and its value.
      const own = /:\s*\S/u.test(text) ? statementTargets(text) : [];
      if (own.length === 1 && own[0] && isFigureTarget(own[0])) {
        counter.n += 1;
        into().push(own[0]);
        lastBullet = null;
        continue;
      }
      const g: TargetDraft = { name: groupName(text), children: [], confidence: b.type === 'heading' ? 0.85 : 0.7 };
      into().push(g);
      groups.push({ rank: opener, draft: g });
      lastBullet = null;
      continue;
    }
    if (b.type !== 'paragraph' && b.type !== 'bullet') continue;
    if (b.type === 'paragraph' && !b.label && /:$/u.test(text)) continue;
    if (b.type === 'bullet' && /:$/u.test(text)) {
      // A headline over "+" sub-items: its own figure (if any) stays its value, the sub-items its children.
      const headline = statementTargets(text.replace(/,?\s*(?:trong đó|cụ thể|gồm)?\s*:$/iu, ''));
      const first = headline[0];
      const h = first && isFigureTarget(first) ? first : { name: groupName(text), children: [], confidence: 0.7 };
      pushAll(into(), [h, ...headline.slice(1).filter(isFigureTarget)]);
      lastBullet = h;
      counter.n += 1;
      continue;
    }
    const drafts = statementTargets(text);
    counter.n += drafts.length;
    if (b.type === 'bullet' && b.marker === '+' && lastBullet) {
      pushAll(lastBullet.children, drafts);
      continue;
    }
    if (b.type === 'paragraph' && b.label) {
      pushAll(top, drafts);
      groups.length = 0;
    } else pushAll(into(), drafts);
    // "+" bullets are children of the "-" bullet above them, not of each other.
    if (b.type === 'bullet' && b.marker !== '+') lastBullet = drafts[drafts.length - 1] ?? lastBullet;
  }
  return top;
}

/**
 * A field named before a colon and its targets run in after it, in one numbered paragraph ("2.1. Về
 * kinh tế: tổng giá trị sản xuất tăng 7,5 %; thu nhập … đạt 68 triệu đồng"): the field (a few words
 * without a figure) and the rest, when the rest holds two statements or more; else null (one
 * indicator and its value: "Tỷ lệ che phủ rừng: 55,5 %").
 */
function runInField(text: string): { field: string; rest: string } | null {
  const colon = text.indexOf(':');
  if (colon <= 0) return null;
  const field = text.slice(0, colon).trim();
  const rest = text.slice(colon + 1).trim();
  if (rest === '' || /\d/u.test(field) || field.split(/\s+/u).length > 8) return null;
  return statementTargets(rest).length >= 2 ? { field, rest } : null;
}

/** Groups left without any target are dropped. */
function pruned(drafts: readonly TargetDraft[]): TargetDraft[] {
  return drafts.map((d) => ({ ...d, children: pruned(d.children) })).filter((d) => d.written !== undefined || d.children.length > 0);
}

export function targetsFromBody(body: readonly Block[]): TargetDraft[] {
  const counter = { n: 0 };
  const out: TargetDraft[] = [];
  for (const s of sections(body)) {
    const drafts = readSection(body, s.start, counter);
    pushAll(out, s.strict ? figuresOnly(drafts) : drafts);
  }
  return unwrapped(pruned(out));
}

/**
 * One group holding every target ("2. Các chỉ tiêu chủ yếu", "Mục tiêu cụ thể đến năm 2030") is the
 * list's own heading, not a field: its targets are the top level, so that they are counted and
 * judged one by one ("6 chỉ tiêu", not "1 chỉ tiêu").
 */
function unwrapped(drafts: TargetDraft[]): TargetDraft[] {
  const only = drafts.length === 1 ? drafts[0] : undefined;
  return only && only.written === undefined && only.children.length > 1 ? unwrapped(only.children) : drafts;
}
