import * as z from 'zod';
import { documentAuthorityKinds, recipientSchema, type Recipient, type Signature } from '../model/parts.ts';
import type { Term } from '../model/office.ts';
import { channel, idField as id, isoDayField as isoDay, orgIdField as orgId } from './channel.ts';

/** Certified copies: sao y bản chính (our own document), sao lục (another body's), trích sao (part of ours). */
export const copyKinds = ['sao-y', 'sao-luc', 'trich-sao'] as const;
export const copyKindSchema = z.enum(copyKinds);
export type CopyKind = z.infer<typeof copyKindSchema>;
/** The kinds' names for people ("Sao y bản chính"); in running text, lower-cased. */
export const copyKindNames: Record<CopyKind, string> = { 'sao-y': 'Sao y bản chính', 'sao-luc': 'Sao lục', 'trich-sao': 'Trích sao' };

/** One row of the copy register (sổ bản sao): numbers run from 01 per copying body and term. */
export type CopyRecord = {
  id: number;
  /** The body whose office made the copy. */
  orgId: string;
  termId: number;
  /** 26 in "Số 26-BS/VPHU". */
  seq: number;
  kind: CopyKind;
  /** The copied document when it is one of ours; null for a received file. */
  documentId: number | null;
  /** What was copied, as the register names it ("Nghị quyết số 12-NQ/TU"). */
  sourceLabel: string;
  /** The day of the copy (YYYY-MM-DD). */
  copiedOn: string;
  recipients: Recipient[];
  signer: Signature;
  createdAt: string;
  createdBy: string;
};

/** A register row with its number as printed ("Số 07-BS/VPHU"). */
export type CopyListing = CopyRecord & { number: string };
export type CopyRegisterView = { term: Term; copies: CopyListing[] };
/** What the copy form starts with for a body on a day. */
export type CopyDefaults = { date: string; term: Term; nextNumber: string; recipients: Recipient[]; signature: Signature };
/** A copy made and recorded: the .docx as base64 for the shell to save or the browser to download. */
export type MadeCopyOutcome = {
  record: CopyRecord;
  number: string;
  fileName: string;
  base64: string;
  /** What the copy left out of a received file (outside links, macros, embedded objects), in Vietnamese. */
  removed: string[];
};

/** A copy request from the UI: our document by id, or a received .docx sent as base64 (at most about 30 MB). */
export const makeCopyRequestSchema = z.object({
  kind: copyKindSchema,
  source: z.union([
    z.object({ documentId: id }),
    z.object({ fileName: z.string().trim().min(1), base64: z.string().min(1).max(42_000_000, 'Tệp quá lớn để là một văn bản') }),
  ]),
  orgId: orgId.optional(),
  parts: z.string().trim().min(1).optional(),
  includeAppendix: z.boolean().optional(),
  date: isoDay.optional(),
  recipients: z.array(recipientSchema).min(1, 'Bản sao phải có ít nhất một nơi nhận').optional(),
  recipientList: z.string().trim().min(1).optional(),
  signerId: id.optional(),
  /** Fields typed over the chosen (or the office's) signer; title and name alone are enough. */
  signature: z
    .object({
      authority: z.enum(documentAuthorityKinds).optional(),
      authorityOf: z.string().optional(),
      title: z.string().trim().min(1).optional(),
      name: z.string().trim().min(1).optional(),
    })
    .optional(),
  sourceLabel: z.string().trim().min(1).optional(),
});
export type MakeCopyRequest = z.output<typeof makeCopyRequestSchema>;

/** Certified copies and the copy register. */
export const copyVerbs = {
  /** Sổ bản sao: the copies a body made in a term (by id, or the term running on `date`, today by default). */
  listCopies: channel<CopyRegisterView>()(z.object({ orgId, termId: id.optional(), date: isoDay.optional() })),
  /** The copies made of a stored document (its history's "Bản sao"): who, when, which kind, the number, oldest first. */
  documentCopies: channel<CopyListing[]>()(z.object({ id })),
  /** What the copy form starts with: the day, the term, the number the copy would get, its Nơi nhận and signer. */
  copyDefaults: channel<CopyDefaults>()(z.object({ orgId, date: isoDay.optional() })),
  /** Makes a certified copy (sao y / sao lục / trích sao) and records it in the copy register. */
  makeCopy: channel<MadeCopyOutcome>()(makeCopyRequestSchema),
};
