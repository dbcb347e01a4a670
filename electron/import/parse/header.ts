import type { BodyKind, DocNumber } from '../../contract/model/parts.ts';
import { parseDocNumber } from '../../format/docNumber.ts';
import { columnPieces, isUpper, type Piece } from '../layout/text.ts';
import type { SourceBlock } from '../source.ts';
import { bodyKindOf, namesIssuer } from './bodyKind.ts';
import { readMark, type MarkHit } from './marks.ts';
import { setPieceRole, type Roles } from './roles.ts';

/**
 * The page-1 header, whatever its layout (two columns as a table, lines one under the other in
 * either order, pieces separated by tabs): each piece is recognised by what it says — the party
 * title, "*", "Số …", "<place>, ngày … tháng … năm …", marks — and the remaining capital lines
 * are the bodies: the first line naming an issuing body ("HUYỆN ỦY …", "ĐẢNG ỦY …", "VĂN PHÒNG")
 * starts the issuing body, the lines before it are the superior body.
 */

export type HeaderRead = {
  superiorBody: string | null;
  issuingBody: string | null;
  bodyKind: { kind: BodyKind; sure: boolean } | null;
  number: DocNumber | null;
  numberText: string | null;
  place: string | null;
  date: string | null;
  /** The date line was found but its day or month is left blank (a draft). */
  dateBlank: boolean;
  partyTitle: boolean;
  marks: MarkHit[];
  unknown: string[];
  /** The pieces behind `unknown` (a công văn's summary stands among them). */
  loose: Piece[];
};

const PARTY = /^ĐẢNG CỘNG SẢN VIỆT NAM$/u;
const DATE = /^(.*?)\s*,?\s*ngày\s*([\d.…_ ]*?)\s*tháng\s*([\d.…_ ]*?)\s*năm\s*(\d{4})\s*\.?$/iu;

/** "Đức Trọng, ngày 10 tháng 12 năm 2021" -> place and ISO date (null when a part is blank or impossible). */
export function readPlaceDate(text: string): { place: string; date: string | null } | null {
  if (text.length > 300) return null;
  const m = DATE.exec(text.replace(/\s+/g, ' ').trim());
  if (!m) return null;
  const place = (m[1] ?? '').replace(/[,\s]+$/, '').trim();
  const [d, mo, y] = [Number(m[2]?.trim() || NaN), Number(m[3]?.trim() || NaN), Number(m[4])];
  const valid = Number.isInteger(d) && Number.isInteger(mo) && d >= 1 && mo >= 1 && mo <= 12;
  const date = valid ? new Date(Date.UTC(y, mo - 1, d)) : null;
  const ok = date !== null && date.getUTCDate() === d && date.getUTCMonth() === mo - 1;
  const iso = ok ? `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}` : null;
  return { place, date: iso };
}

const NUMBER = /^Số(?![\p{L}\p{N}])/u;

function bodies(pieces: readonly Piece[], roles: Roles): { superior: string | null; issuing: string | null } {
  if (pieces.length === 0) return { superior: null, issuing: null };
  let k = pieces.findIndex((p, i) => i > 0 && namesIssuer(p.text));
  if (k < 0) k = namesIssuer(pieces[0]?.text ?? '') || pieces.length === 1 ? 0 : 1;
  const join = (ps: readonly Piece[]): string | null => (ps.length > 0 ? ps.map((p) => p.text).join(' ') : null);
  pieces.slice(0, k).forEach((p) => setPieceRole(roles, p, 'superior-body'));
  pieces.slice(k).forEach((p) => setPieceRole(roles, p, 'issuing-body'));
  return { superior: join(pieces.slice(0, k)), issuing: join(pieces.slice(k)) };
}

const PARTY_IN = /ĐẢNG CỘNG SẢN VIỆT NAM/u;
const NUMBER_THEN = /^(Số\s*:?\s*[\d…. ]*?\s*-\s*[\p{Lu}][\p{L}]*\s*\/\s*[\p{Lu}][\p{L}\-/]*)\s+(\S.*)$/u;

/**
 * Header pieces that a conversion ran together: "TỈNH ỦY LÀO CAI ĐẢNG CỘNG SẢN VIỆT NAM",
 * "Số 26-NQ/TU Lào Cai, ngày 05 tháng 12 năm 2025". Each part keeps the piece's place.
 */
export function splitMerged(piece: Piece): Piece[] {
  const t = piece.text.replace(/^\*\*|\*\*$/g, '').trim();
  const party = PARTY_IN.exec(t.toLocaleUpperCase('vi'));
  if (party && t.length > party[0].length) {
    const before = t.slice(0, party.index).trim();
    const after = t.slice(party.index + party[0].length).trim();
    return [before, t.slice(party.index, party.index + party[0].length), after]
      .filter((x) => x !== '')
      .flatMap((x) => splitMerged({ ...piece, text: x }));
  }
  const num = NUMBER_THEN.exec(t);
  if (num?.[1] && num[2] && parseDocNumber(num[1].replace(/\s+(?=[-/])|(?<=[-/])\s+/g, '')) !== null) {
    return [{ ...piece, text: num[1] }, ...splitMerged({ ...piece, text: num[2] })];
  }
  return [piece];
}

const DATE_BROKEN = /(?:^|,)\s*ngày\b(?!.*\bnăm\s*\d{4})/iu;
const DATE_GOES_ON = /^(?:[\d.…_ ]*\s*(?:tháng|năm)\b|\d{4}\.?$)/iu;

/**
 * The pieces after `piece` (same column) that finish it: "Quảng Ninh, ngày" / "tháng 12 năm" /
 * "2026"; "Số" / "-NQ/ĐU" (a draft's or a signed PDF's blank number on a line of its own).
 */
function continuation(piece: Piece, next: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  const t = piece.text.trim();
  if (/^Số\s*:?[\s\d.…_]*$/u.test(t)) {
    const n = next[0];
    return n && n.column === piece.column && /^-\s*\p{Lu}[\p{L}]*\s*\/\s*\p{Lu}/u.test(n.text.trim()) ? [n] : [];
  }
  if (!DATE_BROKEN.test(t)) return [];
  let text = t;
  for (const n of next.slice(0, 3)) {
    if (n.column !== piece.column || !DATE_GOES_ON.test(n.text.trim()) || !DATE_BROKEN.test(text)) break;
    out.push(n);
    text = `${text} ${n.text.trim()}`;
  }
  return out;
}

export function readHeader(blocks: readonly SourceBlock[], roles: Roles): HeaderRead {
  const out: HeaderRead = {
    superiorBody: null,
    issuingBody: null,
    bodyKind: null,
    number: null,
    numberText: null,
    place: null,
    date: null,
    dateBlank: false,
    partyTitle: false,
    marks: [],
    unknown: [],
    loose: [],
  };
  const names: Piece[] = [];
  const all = columnPieces(blocks).flatMap(splitMerged);
  for (let i = 0; i < all.length; i++) {
    const piece = all[i] as Piece;
    // A number or place-and-date line broken where the clerk's blanks made it too wide for its column.
    const rest = continuation(piece, all.slice(i + 1));
    for (const r of rest) setPieceRole(roles, r, 'place-date');
    i += rest.length;
    const t = [piece, ...rest]
      .map((x) => x.text)
      .join(' ')
      .replace(/^\*\*|\*\*$/g, '')
      .trim();
    if (PARTY.test(t.toLocaleUpperCase('vi'))) {
      out.partyTitle = true;
      setPieceRole(roles, piece, 'party-title');
    } else if (/^\*+$/.test(t)) {
      setPieceRole(roles, piece, 'asterisk');
    } else if (out.number === null && NUMBER.test(t) && parseDocNumber(t.replace(/\s+(?=[-/])|(?<=[-/])\s+/g, '')) !== null) {
      out.number = parseDocNumber(t.replace(/\s+(?=[-/])|(?<=[-/])\s+/g, ''));
      out.numberText = t;
      setPieceRole(roles, piece, 'number');
    } else if (out.place === null && readPlaceDate(t)) {
      const pd = readPlaceDate(t);
      out.place = pd?.place ?? null;
      out.date = pd?.date ?? null;
      out.dateBlank = pd?.date === null;
      setPieceRole(roles, piece, 'place-date');
    } else if (readMark(t)) {
      out.marks.push(readMark(t) as MarkHit);
      setPieceRole(roles, piece, 'mark');
    } else if (isUpper(t) && t.length <= 90) {
      names.push({ ...piece, text: t });
    } else {
      out.unknown.push(t);
      out.loose.push({ ...piece, text: t });
    }
  }
  const found = bodies(names, roles);
  out.superiorBody = found.superior;
  out.issuingBody = found.issuing;
  out.bodyKind = bodyKindOf(found.issuing, out.number?.issuerCode ?? null);
  return out;
}
