import type { Recipient, Signature } from '../../contract/model/parts.ts';
import { AUTHORITY } from '../layout/regions.ts';
import { columnPieces, isUpper, type Piece } from '../layout/text.ts';
import type { SourceBlock } from '../source.ts';
import { setPieceRole, type Roles } from './roles.ts';

/**
 * The closing block (boxes 7–9 and 12), as a two-column table, tab-separated lines or lines one
 * under the other: "Nơi nhận:" and its "- …" lines (a line without "- " continues the one
 * before, joined with "\n"), the typist's note ("-NQ(VP/HU)"), and the signature: authority
 * ("T/M HUYỆN ỦY"), title in capitals ("BÍ THƯ"), then the signer's name (the last line in
 * mixed case; "(Đã ký)" and the like are skipped).
 */

export type ClosingRead = {
  label: boolean;
  recipients: Recipient[];
  productionNote: string | null;
  signature: Partial<Signature> & { found: boolean };
};

const LABEL = /^Nơi nhận\s*:?\s*(.*)$/iu;
const RECIPIENT = /^[-–•]\s+/u;
const NOTE = /^-?[\p{Lu}\d][\p{Lu}\p{Ll}\d/().-]{1,28}$/u;
const SIGNED = /^\(?\s*(đã ký|ký tên|ký, đóng dấu|ký và đóng dấu|đã ký và đóng dấu)[^)]*\)?$/iu;
const TITLE = /^[\p{Lu}\p{M}][\p{Lu}\p{M}\s,.-]*$/u;
const NAME = /^(?:\p{Lu}[\p{Ll}\p{M}]*)(?:\s+\p{Lu}[\p{Ll}\p{M}]*){1,5}$/u;

/** The typist's mark and copy count (box 12): one word with capitals and a digit, bracket, slash or dash: "-NQ(VP/HU)", "ABC-25". */
const isNote = (t: string): boolean => NOTE.test(t) && !/\s/.test(t) && !RECIPIENT.test(t) && /\p{Lu}/u.test(t) && /[\d(/-]/.test(t);

const authorities: Record<string, Signature['authority']> = {
  'T/M': 'T/M',
  'TM.': 'T/M',
  'K/T': 'K/T',
  'KT.': 'K/T',
  'T/L': 'T/L',
  'TL.': 'T/L',
};

/**
 * The signer's name (or "(Đã ký)") fallen between two recipient lines of the same column, as a PDF's
 * text layer gives a signature column that is shorter than the list: passed over, the list goes on.
 */
function signerAmidRecipients(t: string, piece: Piece, next: Piece | undefined): boolean {
  if (!NAME.test(t) && !SIGNED.test(t)) return false;
  return next !== undefined && next.column === piece.column && RECIPIENT.test(next.text.trim());
}

function readRecipients(pieces: readonly Piece[], roles: Roles, out: ClosingRead): Set<Piece> {
  const used = new Set<Piece>();
  let open = false;
  for (const [at, piece] of pieces.entries()) {
    const t = piece.text.replace(/\*\*/g, '').trim();
    const label = LABEL.exec(t);
    if (label) {
      out.label = true;
      open = true;
      used.add(piece);
      setPieceRole(roles, piece, 'recipients-label');
      const rest = label[1]?.trim();
      if (rest) out.recipients.push({ text: rest.replace(RECIPIENT, '') });
      continue;
    }
    if (!open) continue;
    // A recipient drawn by Word's list numbering (pandoc, "List Bullet") has no "- " in its text.
    // (A paragraph inside the list without a mark of its own that is only a person's name is the signer's, pandoc's indented name.)
    const signerInList = !piece.para.label?.trim() && NAME.test(t);
    const listed = piece.para.bullet && !RECIPIENT.test(t) && !signerInList;
    if (listed && !AUTHORITY.test(t)) {
      out.recipients.push({ text: t });
      setPieceRole(roles, piece, 'recipient');
      used.add(piece);
    } else if (isNote(t)) {
      out.productionNote = t;
      setPieceRole(roles, piece, 'production-note');
      used.add(piece);
      open = false;
    } else if (AUTHORITY.test(t) || (isUpper(t) && !RECIPIENT.test(t))) {
      open = false;
    } else if (RECIPIENT.test(t)) {
      out.recipients.push({ text: t.replace(RECIPIENT, '') });
      setPieceRole(roles, piece, 'recipient');
      used.add(piece);
    } else if (signerAmidRecipients(t, piece, pieces[at + 1])) {
      continue;
    } else if (out.recipients.length > 0 && !NAME.test(t) && !SIGNED.test(t)) {
      const last = out.recipients[out.recipients.length - 1];
      if (last) last.text = `${last.text}\n${t}`;
      setPieceRole(roles, piece, 'recipient');
      used.add(piece);
    } else open = false;
  }
  return used;
}

function readSignature(pieces: readonly Piece[], roles: Roles): ClosingRead['signature'] {
  const sig: ClosingRead['signature'] = { found: false };
  let stage: 'start' | 'title' | 'name' = 'start';
  for (const piece of pieces) {
    const t = piece.text.replace(/\*\*/g, '').trim();
    const authority = AUTHORITY.exec(t);
    if (stage === 'start' && authority) {
      const word = authority[1] ?? '';
      sig.authority = authorities[word.toUpperCase()] ?? 'T/M';
      sig.authorityOf = t.slice(word.length).trim();
      sig.found = true;
      stage = 'title';
      setPieceRole(roles, piece, 'authority');
    } else if (stage !== 'name' && TITLE.test(t) && !LABEL.test(t) && t.length <= 60) {
      sig.title = t;
      sig.authority ??= 'none';
      sig.authorityOf ??= '';
      sig.found = true;
      stage = 'name';
      setPieceRole(roles, piece, 'signer-title');
    } else if (stage === 'name' && !SIGNED.test(t) && !isUpper(t) && NAME.test(t)) {
      sig.name = t;
      setPieceRole(roles, piece, 'signer-name');
    }
  }
  return sig;
}

/** "Nơi nhận: T/M TỈNH ỦY" run together on one line: the label, then the signature's authority. */
const LABEL_THEN_AUTHORITY = /^(Nơi nhận\s*:?)\s*((?:T\/M|K\/T|T\/L|TM\.|KT\.|TL\.)\s*\S.*)$/iu;

/**
 * "- Như trên (t/h); PHÓ BÍ THƯ": a recipient and the signer's title run together on one line (a
 * conversion that lost the columns). Only a title that names a signer's post is taken off.
 */
const RECIPIENT_THEN_TITLE =
  /^(.*[;,.)])\s+((?:\p{Lu}+\s+)*(?:BÍ THƯ|VĂN PHÒNG|TRƯỞNG BAN|CHỦ NHIỆM|CHỦ TỊCH|GIÁM ĐỐC|ỦY VIÊN|UỶ VIÊN|THƯỜNG TRỰC))$/u;

/** A piece split in two: the piece's own part, and the part that belongs to the signature's column. */
function splitOff(piece: Piece, own: string, other: string): [Piece, Piece] {
  return [
    { ...piece, text: own },
    { ...piece, text: other, column: piece.column + 1, span: { ...piece.span, ordinal: piece.span.ordinal + 1000 } },
  ];
}

/** The closing's pieces, with the signature's parts run into "Nơi nhận:" or a recipient split off and put after the list. */
function splitPieces(pieces: readonly Piece[]): Piece[] {
  const own: Piece[] = [];
  const signature: Piece[] = [];
  for (const piece of pieces) {
    const label = LABEL_THEN_AUTHORITY.exec(piece.text);
    const titled = RECIPIENT.test(piece.text) || piece.para.bullet ? RECIPIENT_THEN_TITLE.exec(piece.text) : null;
    const m = label ?? titled;
    if (!m?.[1] || !m[2] || (titled && !isUpper(m[2]))) {
      own.push(piece);
      continue;
    }
    const [mine, theirs] = splitOff(piece, m[1], m[2]);
    own.push(mine);
    signature.push(theirs);
  }
  return [...own, ...signature];
}

export function readClosing(blocks: readonly SourceBlock[], roles: Roles): ClosingRead {
  const out: ClosingRead = { label: false, recipients: [], productionNote: null, signature: { found: false } };
  const pieces = splitPieces(columnPieces(blocks));
  const used = readRecipients(pieces, roles, out);
  // The signature reads top to bottom, whatever column each of its lines ended up in.
  const rest = pieces.filter((p) => !used.has(p)).sort((a, b) => a.para.index - b.para.index || a.span.start - b.span.start);
  out.signature = readSignature(rest, roles);
  return out;
}
