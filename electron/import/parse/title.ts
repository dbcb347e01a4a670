import { isUpper, key, tidy } from '../layout/text.ts';
import type { SourceBlock, SourcePara } from '../source.ts';
import type { TypeLineHit } from '../layout/typeLine.ts';
import { setRole, type Roles } from './roles.ts';

/**
 * Box 5a and what follows it: the type line ("NGHỊ QUYẾT"), conference lines in capitals
 * ("HỘI NGHỊ LẦN THỨ BẢY", "CỦA BAN CHẤP HÀNH …"), the summary (one paragraph with line breaks,
 * or consecutive lines until an empty line, the "-----" separator or a change of alignment),
 * then, for a conference resolution, the opening paragraphs up to "QUYẾT NGHỊ".
 */

export type TitleRead = {
  documentType: string;
  conferenceLines: string[];
  summary: string | null;
  separator: boolean;
  preamble: SourcePara[];
  decisionLine: string | null;
  /** Block index where the body starts. */
  bodyStart: number;
};

/** A line of the title: its text, its paragraph, and whether it is that paragraph's whole text. */
type Line = { text: string; para: SourcePara; own: boolean };

/** The rule under the summary: three or more strokes, or two long dashes (smart punctuation made "-----" into "—–"). */
const SEPARATOR = /^(?:[-–—_*=]{3,}|[–—]{2})$/u;
/** The enacting line: "QUYẾT NGHỊ", "BAN THƯỜNG VỤ ĐẢNG ỦY QUYẾT ĐỊNH:", "KẾT LUẬN:". */
const DECISION = /^(?:[\p{Lu}\s]{2,80}\s)?(?:QUYẾT NGHỊ|QUYẾT ĐỊNH)\s*:?$/u;
/** Grounds before the enacting line ("- Căn cứ Điều lệ Đảng …", "- Xét đề nghị …"): not yet the body. */
const GROUNDS = /^[-–•]?\s*(?:Căn cứ|Xét|Theo đề nghị|Thực hiện)/u;
const LISTLIKE = /^\s*(?:[-–—•+]\s|\d+(?:\.\d+)*[.)]?\s|[IVXLC]+\s*[.\-–]\s|Phần\s+thứ|PHẦN\s)/u;

export function readTitle(blocks: readonly SourceBlock[], hit: TypeLineHit, end: number, roles: Roles): TitleRead {
  const start = hit.at;
  const typeLine = blocks[start];
  if (typeLine?.kind === 'para') setRole(roles, typeLine.index, 'document-type');
  const rest = hit.rest;
  const out: TitleRead = {
    documentType: hit.typeLine,
    conferenceLines: rest ? [rest] : [],
    summary: null,
    separator: false,
    preamble: [],
    decisionLine: null,
    bodyStart: start + 1,
  };
  const summary: string[] = [];
  let summaryPara: SourcePara | null = null;
  // The lines after the type line in its own paragraph (broken by Shift+Enter), then the next paragraphs.
  const inner: Line[] =
    typeLine?.kind === 'para'
      ? typeLine.text
          .split('\n')
          .slice(1)
          .map((text) => ({ text, para: typeLine, own: false }))
      : [];
  let i = start + 1;
  const next = (): Line | null => {
    const l = inner.shift();
    if (l) return l;
    const b = blocks[i];
    return i < end && b?.kind === 'para' ? { text: b.text, para: b, own: true } : null;
  };
  for (let line = next(); line; line = next()) {
    const b = line.para;
    const t = tidy(line.text);
    const advance = (): void => {
      if (line?.own) i += 1;
    };
    const role = (r: Parameters<typeof setRole>[2]): void => {
      if (line?.own) setRole(roles, b.index, r);
    };
    if (t === '' && !line.own) continue;
    if (SEPARATOR.test(t)) {
      out.separator = true;
      role('separator');
      advance();
      break;
    }
    if (summaryPara === null) {
      if (isUpper(t) && !/^VỀ(?![\p{L}\p{N}])/u.test(t) && t.length <= 120 && !LISTLIKE.test(t) && !DECISION.test(t)) {
        out.conferenceLines.push(t);
        role('conference');
        advance();
        continue;
      }
      if (LISTLIKE.test(t) || DECISION.test(t) || t.length > 400) break;
      summaryPara = b;
      summary.push(t);
      role('summary');
      advance();
      continue;
    }
    const sameLook = !b.format || !summaryPara.format || b.format.align === summaryPara.format.align;
    if ((line.own && b.gapBefore) || !sameLook || summary.length >= 4 || LISTLIKE.test(t) || DECISION.test(t) || t.length > 200) break;
    summary.push(t);
    role('summary');
    advance();
  }
  out.summary = summary.length > 0 ? summary.join('\n') : null;
  out.bodyStart = i;
  const decisionAt = findDecision(blocks, i, end);
  if (decisionAt >= 0) {
    const line = blocks[decisionAt];
    for (let k = i; k < decisionAt; k++) {
      const b = blocks[k];
      if (b?.kind === 'para') {
        out.preamble.push(b);
        setRole(roles, b.index, 'preamble');
      }
    }
    if (line?.kind === 'para') {
      out.decisionLine = tidy(line.text);
      setRole(roles, line.index, 'decision-line');
    }
    out.bodyStart = decisionAt + 1;
  }
  return out;
}

/** "QUYẾT NGHỊ" among the first paragraphs, before any numbered heading. */
function findDecision(blocks: readonly SourceBlock[], from: number, end: number): number {
  for (let k = from; k < Math.min(end, from + 30); k++) {
    const b = blocks[k];
    if (!b || b.kind !== 'para') return -1;
    const t = tidy(b.text);
    if (DECISION.test(key(t)) || DECISION.test(t)) return k;
    if (LISTLIKE.test(t) && !GROUNDS.test(t)) return -1;
  }
  return -1;
}
