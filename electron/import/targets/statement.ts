import { normalizeIndicatorName } from '../../format/resultsPaste.ts';
import { splitClauses } from '../../format/targetValue.ts';
import { limits } from '../../ooxml/limits.ts';
import { clauseTarget, cleanClause } from './clause.ts';
import type { TargetDraft } from './draft.ts';

/**
 * A sentence holding one or several targets -> drafts: clauses split at ";" outside brackets;
 * a clause "…, trong đó …" / "…, riêng …" gives a child; parallel figures ("100% thiết chế …,
 * 90% nhà văn hóa … hoạt động hiệu quả") give one target each, sharing the predicate; a new
 * indicator after a comma ("…, tỷ lệ …") starts another target. A bracket "(trong đó, X: tại A
 * đạt a, tại B đạt b)" gives children "Trong đó, X tại A" placed under the target naming A.
 */

const CHILD_LEAD = /^(?:trong đó|riêng)(?![\p{L}\p{N}])/iu;
const FIGURE_START = /^(?:trên|dưới|từ|khoảng|ít nhất)?\s*\d/iu;
const PREDICATE = /\s(?:hoạt động|được|có|đạt|thực hiện|sử dụng|tham gia)(?![\p{L}\p{N}])/iu;

type Sub = { stem: string; items: string[]; owner: number };

/** Takes "(trong đó …)" / "(riêng …)" brackets out of the text. */
function takeBrackets(text: string): { rest: string; subs: Sub[] } {
  const subs: Sub[] = [];
  const rest = text.replace(/\s*\(((?:trong đó|riêng)(?![\p{L}\p{N}])[^()]*)\)/giu, (_, inner: string, offset: number) => {
    const colon = inner.indexOf(':');
    const stem = colon >= 0 ? inner.slice(0, colon) : '';
    const list = colon >= 0 ? inner.slice(colon + 1).split(/[,;]\s+(?=(?:tại|ở)\s)/iu) : [inner];
    subs.push({
      stem: stem.trim(),
      items: list.map((x) => x.trim()).filter(Boolean),
      owner: (text.slice(0, offset).match(/;/g) ?? []).length,
    });
    return '';
  });
  return { rest, subs };
}

/** "100% A, 90% B hoạt động hiệu quả" -> ["100% A hoạt động hiệu quả", "90% B hoạt động hiệu quả"]. */
function splitParallel(clause: string): string[] {
  if (!FIGURE_START.test(clause)) return splitNewIndicator(clause);
  const parts = clause.split(/,\s+(?=(?:trên|dưới|từ|khoảng)?\s*\d)/iu);
  if (parts.length < 2) return splitNewIndicator(clause);
  const last = parts[parts.length - 1] ?? '';
  const m = PREDICATE.exec(last);
  const predicate = m ? last.slice(m.index) : '';
  return parts.map((p, i) => (i < parts.length - 1 && predicate && !PREDICATE.test(p) ? `${p}${predicate}` : p));
}

/** A percentage or a counted figure ("100% thôn …", "02 mô hình …"), not a year. */
const NEXT_FIGURE = /,\s+(?=(?:trên|dưới|khoảng|ít nhất)?\s*(?!(?:19|20)\d{2}(?!\d))\d+(?:[.,]\d+)?\s*(?:%|\p{Ll}))/iu;

function splitNewIndicator(clause: string): string[] {
  return clause.split(/,\s+(?=tỷ lệ\s)/iu).flatMap((part) => {
    // "… phủ trên 80% hộ gia đình, 100% thôn có hộ dân cư": a second figure after a comma is a second target.
    const at = NEXT_FIGURE.exec(part);
    if (!at || !/\d/u.test(part.slice(0, at.index))) return [part];
    return [part.slice(0, at.index), ...splitNewIndicator(part.slice(at.index + at[0].length))];
  });
}

/** Qualifier words that a PDF's text layer glued to the word before: "phủtrên 80%" -> "phủ trên 80%". */
const unglue = (s: string): string => s.replace(/(\p{Ll})(trên|dưới|khoảng|đạt)(?=\s*\d)/gu, '$1 $2');

/** Sentences of an item; when some state a figure, the others are its context, not targets. */
function figureSentences(text: string): string[] {
  const all = text.split(/(?<=[^\d\s.][.!?])\s+(?=\p{Lu})/u);
  if (all.length < 2) return all;
  const withFigure = all.filter((x) => /\d\s*%|\d+(?:[.,]\d+)?\s+\p{Ll}/u.test(x));
  return withFigure.length > 0 ? withFigure : [text];
}

const GENERIC_CHILD = /^tỷ lệ (?:giải quyết|xử lý|hoàn thành|thực hiện|đạt)$/iu;

/** An inline enumeration label: "(1)", "1)" after a colon, a separator or the start. */
const INLINE_LABEL = /(?<=^|\s)\(?(\d{1,2})\)\s+/gu;

/**
 * "Phấn đấu đạt các chỉ tiêu sau: (1) A đạt x; (2) B đạt y; …" -> ["A đạt x", "B đạt y", …]: the
 * items of a list numbered inside a sentence (labels 1, 2, 3 … in order, at least two), without
 * the introduction before the first; null when the text holds no such list.
 */
function inlineItems(text: string): string[] | null {
  const inOrder: RegExpMatchArray[] = [];
  for (const m of text.matchAll(INLINE_LABEL)) if (Number(m[1]) === inOrder.length + 1) inOrder.push(m);
  if (inOrder.length < 2) return null;
  return inOrder.map((m, k) => {
    const from = (m.index ?? 0) + m[0].length;
    const to = inOrder[k + 1]?.index ?? text.length;
    return text.slice(from, to).replace(/[\s;,.]+$/u, '');
  });
}

export function statementTargets(text: string): TargetDraft[] {
  const items = inlineItems(text);
  if (items) return items.slice(0, limits.maxClauses).flatMap((x) => statementTargets(x));
  const sentences = figureSentences(unglue(text));
  if (sentences.length > 1) return sentences.slice(0, limits.maxClauses).flatMap((x) => sentenceTargets(x));
  return sentenceTargets(sentences[0] ?? '');
}

function sentenceTargets(text: string): TargetDraft[] {
  const drafts: TargetDraft[] = [];
  const { rest, subs } = takeBrackets(cleanClause(text));
  let prev: TargetDraft | null = null;
  let prevName: string | null = null;
  for (const clause of splitClauses(rest).slice(0, limits.maxClauses)) {
    const [head = '', ...childClauses] = clause.split(/,\s+(?=(?:trong đó|riêng)\s)/iu);
    const childHead = CHILD_LEAD.test(head);
    for (const part of splitParallel(head).slice(0, limits.maxClauses)) {
      const d = clauseTarget(part, prevName);
      if (!d) continue;
      if (prev && (childHead || GENERIC_CHILD.test(d.name))) prev.children.push(d);
      else {
        drafts.push(d);
        prev = d;
      }
      prevName = d.name;
    }
    for (const c of childClauses.slice(0, limits.maxClauses)) {
      const d = clauseTarget(c, null);
      if (d && prev) prev.children.push(d);
    }
  }
  for (const sub of subs) attach(sub, drafts);
  return drafts;
}

function attach(sub: Sub, drafts: TargetDraft[]): void {
  for (const item of sub.items) {
    const d = clauseTarget(item, null);
    if (!d) continue;
    const place = /^(?:tại|ở)\s+(.*)$/iu.exec(d.name)?.[1] ?? '';
    const where = normalizeIndicatorName(place);
    const owner =
      (where && drafts.find((x) => normalizeIndicatorName(x.name).includes(where))) || drafts[Math.min(sub.owner, drafts.length - 1)];
    if (sub.stem) {
      d.name = `${sub.stem.charAt(0).toLocaleUpperCase('vi')}${sub.stem.slice(1)} ${d.name.charAt(0).toLocaleLowerCase('vi')}${d.name.slice(1)}`;
    }
    owner?.children.push(d);
  }
}
