import * as z from 'zod';
import { bodyKinds } from '../contract/model/parts.ts';
import { textStyleSchema } from './profileStyle.ts';

/**
 * The rule groups of a format profile beyond sizes and styles: when the guidance is in force, the
 * words and punctuation it prescribes, the issuer codes it names, where the supplementary marks go,
 * how a certified copy is marked, and where each value comes from. Everything here is data of the
 * profile (`profiles/hd36-2018.ts`, `profiles/hd05-2026.ts`); writer, checkers, importer and UI read
 * it through the profile, never from a table of their own.
 */

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Confidence of a value, as in the spec: H primary text, H₁ primary text from one copy, M, L, n/f not found. */
export const confidenceLevels = ['H', 'H₁', 'M', 'L', 'n/f'] as const;
export const ruleSourceSchema = z.object({ source: z.string(), confidence: z.enum(confidenceLevels) });
export type RuleSource = z.infer<typeof ruleSourceSchema>;

/** Issuer code of a kind of body: the pattern the checker accepts and the usual code the writer suggests. */
const issuerCodeSchema = z.object({ pattern: z.string(), usual: z.string(), historical: z.boolean().default(false) });
export const issuerCodesSchema = z.record(z.enum(bodyKinds), issuerCodeSchema);
export type IssuerCodes = z.infer<typeof issuerCodesSchema>;

export const markKinds = ['secrecy', 'urgency', 'draft', 'circulation'] as const;
export type MarkKind = (typeof markKinds)[number];

export const rulesSchema = z.object({
  /** The day the guidance took effect: a draft dated from then takes this profile (a setting: one source says 12/01/2026 for 05-HD). */
  inForceFrom: isoDay,
  /** Căn cứ lines ("- Căn cứ …"): what ends each line and what ends the last one. */
  basis: z.object({ lineEnd: z.string(), lastEnd: z.string() }),
  /** What the body's last paragraph ends with ("." under 05-HD, not "./."); null when the guidance says nothing. */
  bodyEnd: z.string().nullable(),
  /** Exact line spacing the body may take, in points: [least, most]; the writer uses `body.lineExactPt`. */
  bodyLineRangePt: z.tuple([z.number().positive(), z.number().positive()]),
  /** Under the number, top to bottom; a mark left out of this list is placed elsewhere (see `circulationPlace`). */
  marksUnderNumber: z.array(z.enum(markKinds)),
  /** Phạm vi lưu hành: under the number (36-HD) or page 1 top right, 10 mm from the top edge (05-HD). */
  circulationPlace: z.enum(['under-number', 'top-right']),
  /** Notes that go on the last page, centred, instead of under the number ("Không phổ biến …"). */
  lastPageNotes: z.array(z.string()),
  /** Where a last-page note sits: that far above the page's bottom edge (mm, in a frame outside the text), or null for the line after the closing. */
  lastPageNoteFromBottomMm: z.number().positive().nullable(),
  /** The word that opens a công văn's and a tờ trình's addressee line. */
  addressWord: z.object({ congVan: z.string(), toTrinh: z.string() }),
  /** Signing authorities the guidance knows (05-HD adds "Q." for acting heads). */
  authorities: z.array(z.enum(['T/M', 'K/T', 'T/L', 'Q.', 'none'])),
  /** Issuing-body names: any two lines (36-HD) or the two-tier system of 1/7/2025 (05-HD: no huyện, a Tỉnh ủy on one line). */
  bodyNames: z.enum(['any', 'two-tier']),
  issuerCodes: issuerCodesSchema,
  /** The appendix's first line: a fixed form ("Phụ lục") or null for the document's own heading; a line printed under the note. */
  appendixHeading: z.string().nullable(),
  appendixSeparator: z.string().nullable(),
  /**
   * A landscape page keeps the binding margin on the bound edge: "bound-edge" turns the margins with
   * the page (the 30 mm goes to the top, which is the bound edge of a page turned for reading);
   * "as-portrait" keeps them as on a portrait page.
   */
  landscapeMargins: z.enum(['bound-edge', 'as-portrait']),
  /** Certified copies: the typed block of 36-HD or the stamp "BẢN SAO VĂN BẢN" of 05-HD (Phụ lục 3). */
  copy: z.object({
    form: z.enum(['typed-block', 'stamp']),
    stamp: z.object({
      title: z.string(),
      widthMm: z.number().positive(),
      heightMm: z.number().positive(),
      /** Stamp ink, hex RGB. */
      colour: z.string().regex(/^[0-9A-F]{6}$/),
      titleStyle: textStyleSchema,
      fieldStyle: textStyleSchema,
    }),
  }),
  /** Where each rule comes from and how sure we are, by the path of the value in the profile. */
  sources: z.record(z.string(), ruleSourceSchema),
});
export type ProfileRules = z.infer<typeof rulesSchema>;
