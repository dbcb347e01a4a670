import { KINH_GUI } from '../layout/typeLine.ts';
import { tidy } from '../layout/text.ts';
import type { SourceBlock } from '../source.ts';
import type { HeaderRead } from './header.ts';
import { setPieceRole, setRole, type Roles } from './roles.ts';
import type { TitleRead } from './title.ts';

/**
 * A công văn has no type line: its summary (trích yếu) stands under the number in the header's
 * left column, and "Kính gửi:" names whom it is sent to, one "- …" line each (a line without a
 * dash continues the one before), before the body starts.
 */

export type LetterRead = TitleRead & { addressees: string[] };

const BULLET = /^[-–•+]\s*/u;
const MAX_ADDRESSEES = 30;
/** What the title's type reads for a công văn, which prints none. */
export const LETTER = 'CÔNG VĂN';

export function readLetter(blocks: readonly SourceBlock[], at: number, end: number, header: HeaderRead, roles: Roles): LetterRead {
  const summaryPieces = header.loose.filter((p) => /\p{Ll}/u.test(p.text));
  summaryPieces.forEach((p) => setPieceRole(roles, p, 'summary'));
  header.unknown = header.unknown.filter((u) => !summaryPieces.some((p) => p.text === u));
  const addressees: string[] = [];
  let i = at;
  let open = true;
  for (; i < end && open && addressees.length < MAX_ADDRESSEES; i++) {
    const b = blocks[i];
    if (b?.kind !== 'para') break;
    let t = tidy(b.text).replace(/\t/g, ' ');
    if (i === at) t = t.slice(t.search(KINH_GUI)).replace(KINH_GUI, '').trim();
    else if (b.gapBefore && !BULLET.test(t)) break;
    const last = addressees[addressees.length - 1];
    if (i > at && !BULLET.test(t) && (last === undefined || /[.,;:]$/u.test(last))) break;
    setRole(roles, b.index, 'preamble');
    if (t === '') continue;
    if (BULLET.test(t) || last === undefined) addressees.push(t.replace(BULLET, ''));
    else addressees[addressees.length - 1] = `${last}\n${t}`;
    open = !/\.$/u.test(t);
  }
  return {
    documentType: LETTER,
    conferenceLines: [],
    summary: summaryPieces.length > 0 ? summaryPieces.map((p) => p.text).join('\n') : null,
    separator: false,
    preamble: [],
    decisionLine: null,
    bodyStart: i,
    addressees,
  };
}
