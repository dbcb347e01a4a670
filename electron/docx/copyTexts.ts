import { xmlText } from '../contract/cleanText.ts';
import type { CopyKind } from '../contract/api.ts';
import type { Organization } from '../contract/model/office.ts';
import type { Recipients, Signature } from '../contract/model/parts.ts';
import { formatPlaceDate } from '../format/dates.ts';
import { formatDocNumber } from '../format/docNumber.ts';
import type { FormatProfile } from '../format/profile.ts';
import { printedRecipients, type PrintedRecipient } from '../format/printed.ts';
import { bodyNameInText, joinNames } from '../format/bodyNames.ts';
import type { ProfileRules } from '../format/profileRules.ts';

/**
 * The copy kind as printed at the top of the copy block's right column. 36-HD/VPTW does not
 * document the Party form of these words (spec §16); we print them in capitals, bold, 14 pt —
 * the style of the issuing body's name — where the party title stands in a header.
 */
/** The "Hình thức sao" field of the 05-HD stamp. */
export const copyKindWords: Record<CopyKind, string> = { 'sao-y': 'Sao y', 'sao-luc': 'Sao lục', 'trich-sao': 'Trích sao' };

export const copyKindLabels: Record<CopyKind, string> = {
  'sao-y': 'SAO Y BẢN CHÍNH',
  'sao-luc': 'SAO LỤC',
  'trich-sao': 'TRÍCH SAO',
};

/** Type code of copy numbers: "Số 26-BS/VPHU" (BS = bản sao). */
export const COPY_TYPE_CODE = 'BS';

/** Everything the copy block prints, as text; the layout is `copyBlockChildren`'s. */
export type CopyBlock = {
  /** Line above the copying body: the body the office belongs to ("HUYỆN ỦY ĐỨC TRỌNG"). */
  superiorBody: string | null;
  /** The copying body itself ("VĂN PHÒNG"). */
  copyingBody: string;
  /** "Số 26-BS/VPHU". */
  number: string;
  /** "SAO LỤC". */
  kind: string;
  /** "Đức Trọng, ngày 05 tháng 02 năm 2026". */
  placeDate: string;
  recipients: PrintedRecipient[];
  /** "K/T CHÁNH VĂN PHÒNG"; null when the head of the office signs directly. */
  authority: string | null;
  title: string;
  name: string;
  /** How the copy is marked: the typed block (36-HD) or the stamp "BẢN SAO VĂN BẢN" (05-HD), from the copy day's profile. */
  mark: ProfileRules['copy'];
  /** The stamp's fields, as printed: "Cơ quan, tổ chức sao", "Hình thức sao" (the number, date and list are above). */
  copyingBodyText: string;
  kindText: string;
};

export type CopyBlockInput = {
  kind: CopyKind;
  org: Pick<Organization, 'name' | 'place' | 'officeName' | 'officeCode'>;
  seq: number;
  /** The day the copy is made (YYYY-MM-DD). */
  date: string;
  recipients: Recipients;
  signature: Signature;
};

/** Text as it may go into a .docx: NFC, without characters XML cannot hold. */
export function xmlSafeText(text: string): string {
  return xmlText(text.normalize('NFC'));
}

/** "Số 01-BS/VPHU": the copy register's number, leading zero below the profile's bound, no colon. */
export function copyNumberText(seq: number, officeCode: string, profile: FormatProfile): string {
  return formatDocNumber({ seq, typeCode: COPY_TYPE_CODE, issuerCode: officeCode }, profile.numbering);
}

/** The texts of a copy block, from the copying body, its register number, the day, the list and the signer. */
export function copyBlockOf(input: CopyBlockInput, profile: FormatProfile): CopyBlock {
  const clean = xmlSafeText;
  const { authority, authorityOf, title, name } = input.signature;
  const recipients = printedRecipients(input.recipients, profile).map((r) => ({
    ...r,
    text: clean(r.text),
    note: r.note === undefined ? undefined : clean(r.note),
  }));
  return {
    superiorBody: input.org.name.trim() ? clean(input.org.name.trim()) : null,
    copyingBody: clean(input.org.officeName.trim()),
    number: clean(copyNumberText(input.seq, input.org.officeCode.trim(), profile)),
    kind: copyKindLabels[input.kind],
    placeDate: clean(formatPlaceDate(input.org.place, input.date)),
    recipients,
    authority: authority === 'none' ? null : clean(`${authority} ${authorityOf}`.trim()),
    title: clean(title),
    name: clean(name),
    mark: profile.rules.copy,
    copyingBodyText: clean(bodyNameInText(joinNames(input.org.officeName, input.org.name), 'van-phong')),
    kindText: copyKindWords[input.kind],
  };
}
