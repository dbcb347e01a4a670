import type { SourceBlock } from '../source.ts';
import { namesIssuer } from '../parse/bodyKind.ts';
import { isUpper } from './text.ts';

/**
 * The e-office system's digital-signature stamp, as it reaches a PDF's text layer: the signing
 * body's name and the moment of signing ("ĐẢNG UỶ XÃ CÔNG HẢI" / "27-01-2026 15:28:23 +07:00",
 * on one line or two), or a CA token's labelled lines ("Ký bởi: …", "Cơ quan: …",
 * "Thời gian ký: 19/12/2025 16:42:10 +07:00"). It is neither a recipient nor the signer; it says
 * the document was signed and issued, even when its number and day are left blank for the system to stamp.
 */

export type SignatureStamp = { body: string | null; date: string };

/** The label before a CA stamp's moment ("Thời gian ký:", "Ngày ký:"). */
const MOMENT_LABEL = /^(?:thời gian ký|ngày ký|ký ngày|thời gian)$/iu;
/** A CA stamp's other lines: who signed ("Ký bởi", "Người ký"), for which body ("Cơ quan", "Tổ chức"), the e-mail. */
const STAMP_FIELD = /^(ký bởi|người ký|cơ quan|tổ chức|e-?mail)\s*:\s*(.*)$/iu;

const MOMENT = /(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[+-]\d{2}:?\d{2}|GMT[+-]?\d*|Z)?\s*$/u;

function momentOf(text: string): { before: string; date: string } | null {
  const m = MOMENT.exec(text);
  if (!m) return null;
  const before = text
    .slice(0, m.index)
    .replace(/[\s,:–-]+$/u, '')
    .trim();
  // A date in a sentence is no stamp: the line is the moment alone, or a body's name in capitals and the moment.
  const labelled = MOMENT_LABEL.test(before);
  if (before !== '' && !labelled && !isUpper(before)) return null;
  const [d, mo, y] = [m[1] ?? '', m[2] ?? '', m[3] ?? ''];
  return { before: labelled ? '' : before, date: `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}` };
}

/** The blocks without stamp lines, and the last stamp found. */
export function takeSignatureStamps(blocks: readonly SourceBlock[]): { blocks: SourceBlock[]; stamp: SignatureStamp | null } {
  const out: SourceBlock[] = [];
  let stamp: SignatureStamp | null = null;
  for (const b of blocks) {
    const hit = b.kind === 'para' && b.cell === null ? momentOf(b.text.trim()) : null;
    if (!hit) {
      // A stamp drawn over the signature column: its moment beside a recipient line, or in the signature's cell.
      stamp = besideText(b, out) ?? stamp;
      out.push(b);
      continue;
    }
    let body: string | null = hit.before || takeStampFields(out);
    const prev = out[out.length - 1];
    if (body === null && prev?.kind === 'para' && namesIssuer(prev.text.trim()) && prev.text.trim().length <= 90) {
      body = prev.text.trim();
      out.pop();
    }
    stamp = { body, date: hit.date };
  }
  return { blocks: out, stamp };
}

/**
 * The CA stamp's labelled lines right above its moment, taken out when they are lines of their own
 * (left in place as the last cell of a line in columns: the closing's readers pass over them); the
 * body named ("Cơ quan:" before "Ký bởi:"), or null.
 */
function takeStampFields(out: SourceBlock[]): string | null {
  const fields = new Map<string, string>();
  for (let i = out.length - 1; i >= 0 && i >= out.length - 4; i--) {
    const b = out[i];
    if (b?.kind !== 'para' || b.cell !== null) break;
    const own = !b.text.includes('\t');
    const m = STAMP_FIELD.exec(own ? b.text.trim() : lastCell(b.text));
    if (!m) break;
    fields.set((m[1] ?? '').toLowerCase(), (m[2] ?? '').trim());
    if (!own) break;
    out.splice(i, 1);
  }
  const named = fields.get('cơ quan') ?? fields.get('tổ chức') ?? fields.get('ký bởi') ?? fields.get('người ký');
  return named || null;
}

/** The last cell of a line laid out in columns ("- Lưu VPĐU.\t23-12-2026 16:05:12 +07:00"). */
const lastCell = (text: string): string => text.split('\t').pop()?.trim() ?? '';

/**
 * A stamp whose moment shares a line with other text (a column of its own, after a tab) or sits in a
 * table cell: it is left where it is (the closing's readers pass over it); its body is the capital
 * lines above it in the same column ("ĐẢNG ỦY CƠ QUAN SỞ NÔNG NGHIỆP VÀ MÔI" / "TRƯỜNG").
 */
function besideText(b: SourceBlock, before: readonly SourceBlock[]): SignatureStamp | null {
  if (b.kind === 'table') {
    for (const cell of b.rows.flat()) {
      const at = cell.findIndex((p) => momentOf(p.text.trim()) !== null);
      const hit = at >= 0 ? momentOf(cell[at]?.text.trim() ?? '') : null;
      if (hit) return { body: hit.before || namesAbove(cell.slice(0, at).map((p) => p.text.trim())), date: hit.date };
    }
    return null;
  }
  if (!b.text.includes('\t')) return null;
  const hit = momentOf(lastCell(b.text));
  if (!hit) return null;
  const above = before.slice(-3).map((x) => (x.kind === 'para' && x.text.includes('\t') ? lastCell(x.text) : ''));
  return { body: hit.before || namesAbove(above), date: hit.date };
}

/** The issuing body's name in the capital lines right above a stamp's moment, joined; null when none names one. */
function namesAbove(lines: readonly string[]): string | null {
  const caps: string[] = [];
  for (const l of [...lines].reverse()) {
    if (l === '' || !isUpper(l)) break;
    caps.unshift(l);
    if (namesIssuer(caps.join(' '))) return caps.join(' ');
  }
  return null;
}
