/**
 * What a sentence leaves around a target's figure, put where it belongs: words after a
 * percentage that start with a bracket or a preposition ("trên 30% trong tổng số doanh nghiệp …",
 * "100% (trừ hồ sơ mật)"; not "trên 90% tổng số án", the base of the figure) qualify the
 * indicator and go to its name; a bracket right before the figure ("Tốc độ tăng trưởng kinh tế
 * (GRDP) đạt trên 10%") belongs to the name too; a footnote marker after the figure ("91%^(*)",
 * "91% (*)", "91%*", and a superscript number that text extraction glued to the last word, "96,5 tỷ
 * đồng2", "70 %1"; not "m2", "km2") is taken off the value and kept as a note.
 */

/** "so với năm 2025", "so với cùng kỳ", "so với năm trước" closing a name. */
const COMPARED = /\s*,?\s+(so với (?:năm \d{4}|cùng kỳ(?: năm \d{4})?|năm trước|kỳ trước|ước thực hiện năm \d{4}))\s*[.;,]?$/iu;

export type Tidied = { name: string; written: string; note: string | null };

const MARKER = /\s*(?:\^?\((\*{1,3}|\d{1,2})\)|\^(\*{1,3}|\d{1,2})|(\*{1,3}))$|(?<=(?:^|\s)\p{Ll}{3,}|%)(\d{1,2})$/u;
const LEAD_BRACKET = /^(\([^()]{1,60}\))\s*(?:đạt\s+|là\s+|ở mức\s+)?/iu;
/** A percentage, then a bracket or a qualifier of the indicator ("trong tổng số …", "của …", "tại …"); not "trở lên". */
const AFTER_PERCENT = /^(.*?\d\s*%(?:\s*trở\s+(?:lên|xuống))?)\s*[,;]?\s*((?:\(|(?:trong|của|tại|ở|đối với|trên địa bàn)\s).*)$/u;

export function tidyTarget(name: string, written: string): Tidied {
  let n = name;
  let w = written.trim();
  let note: string | null = null;
  const lead = LEAD_BRACKET.exec(w);
  if (lead?.[1] && /\d/u.test(w.slice(lead[0].length))) {
    n = `${n} ${lead[1]}`;
    w = w.slice(lead[0].length).trim();
  }
  const marker = MARKER.exec(w);
  if (marker && /\d/u.test(w.slice(0, marker.index))) {
    note = `(${marker[1] ?? marker[2] ?? marker[3] ?? marker[4] ?? ''})`;
    w = w.slice(0, marker.index).trim();
  }
  const after = AFTER_PERCENT.exec(w);
  if (after?.[1] && after[2]) {
    const rest = after[2].replace(/[.;,]+$/u, '').trim();
    const marked = MARKER.exec(after[1]);
    w = after[1].trim();
    if (marked && !note) {
      note = `(${marked[1] ?? marked[2] ?? marked[3] ?? marked[4] ?? ''})`;
      w = w.slice(0, marked.index).trim();
    }
    if (rest !== '') n = `${n} ${rest}`;
  }
  // "Giảm 30 % số vụ phạm pháp so với năm 2025": the base of the comparison goes with the value, so that
  // the indicator keeps one name from year to year.
  const base = COMPARED.exec(n);
  if (base?.[1] && /\d/u.test(w) && !COMPARED.test(w)) {
    n = n.slice(0, base.index);
    w = `${w} ${base[1]}`;
  }
  return { name: n.replace(/\s+/g, ' ').trim(), written: w, note };
}
