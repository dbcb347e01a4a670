import type { CopyKind } from '../../contract/api.ts';
import type { DocNumber, Recipient, Signature } from '../../contract/model/parts.ts';
import { parseDocNumber } from '../../format/docNumber.ts';
import { COPY_KIND, isRuleLine } from '../layout/regions.ts';
import { columnPieces, isUpper, key } from '../layout/text.ts';
import type { SourceBlock } from '../source.ts';
import { readClosing } from './closing.ts';
import { readPlaceDate } from './header.ts';
import { newRoles, setRole, type Roles } from './roles.ts';

/**
 * A certified copy's block, after the full-width rule: the copying body ("HUYỆN ỦY ĐỨC CƠ" /
 * "VĂN PHÒNG" / "*"), the kind ("SAO LỤC", "SAO Y BẢN CHÍNH", "TRÍCH SAO"), the copy number
 * ("Số 26-BS/VPHU"), place and date, its own "Nơi nhận:" and its signer.
 */

export type CopyBlock = {
  kind: CopyKind;
  kindText: string;
  copyingBody: { superior: string | null; name: string | null };
  number: DocNumber | null;
  place: string | null;
  date: string | null;
  recipients: Recipient[];
  signature: Partial<Signature>;
};

function kindOf(text: string): CopyKind {
  if (/^SAO LỤC/u.test(text)) return 'sao-luc';
  if (/^TRÍCH SAO/u.test(text)) return 'trich-sao';
  return 'sao-y';
}

export function readCopyBlock(all: readonly SourceBlock[], roles: Roles): CopyBlock | null {
  const first = all[0];
  const blocks = first?.kind === 'para' && isRuleLine(first) ? all.slice(1) : all;
  all.forEach((b) => (b.kind === 'para' ? [b] : b.rows.flat(2)).forEach((p) => setRole(roles, p.index, 'copy')));
  const pieces = columnPieces(blocks);
  const kindAt = pieces.findIndex((p) => COPY_KIND.test(key(p.text)));
  if (kindAt < 0) return null;
  const kindText = key(pieces[kindAt]?.text ?? '');
  const names = pieces.filter(
    (p, i) =>
      i !== kindAt && isUpper(p.text) && !COPY_KIND.test(key(p.text)) && !/^(T\/M|K\/T|T\/L)/u.test(p.text) && !/^\*+$/.test(p.text),
  );
  const bodies = names.filter((p) => p.para.index <= (pieces[kindAt]?.para.index ?? 0)).map((p) => p.text);
  const out: CopyBlock = {
    kind: kindOf(kindText),
    kindText,
    copyingBody: {
      superior: bodies.length > 1 ? (bodies[0] ?? null) : null,
      name: bodies.length > 1 ? bodies.slice(1).join(' ') : (bodies[0] ?? null),
    },
    number: null,
    place: null,
    date: null,
    recipients: [],
    signature: {},
  };
  for (const p of pieces) {
    const n = /^Số(?![\p{L}\p{N}])/u.test(p.text) ? parseDocNumber(p.text.replace(/\s+(?=[-/])|(?<=[-/])\s+/g, '')) : null;
    if (n && !out.number) out.number = n;
    const pd = out.place === null ? readPlaceDate(p.text) : null;
    if (pd) {
      out.place = pd.place;
      out.date = pd.date;
    }
  }
  const rest = blocks;
  const from = rest.findIndex((b) => (b.kind === 'para' ? [b] : b.rows.flat(2)).some((p) => /^Nơi nhận/iu.test(p.text.trim())));
  const closing = readClosing(from >= 0 ? rest.slice(from) : [], newRoles());
  out.recipients = closing.recipients;
  const { authority, authorityOf, title, name } = closing.signature;
  out.signature = {
    ...(authority ? { authority } : {}),
    ...(authorityOf ? { authorityOf } : {}),
    ...(title ? { title } : {}),
    ...(name ? { name } : {}),
  };
  return out;
}
