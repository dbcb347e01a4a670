import * as z from 'zod';
import type { DocxFinding, Finding } from '../model/office.ts';
import { resolutionSchema } from '../model/resolution.ts';
import type { ExportOutcome } from './documents.ts';
import { channel } from './channel.ts';

/** The format profile a check used, as people name it. */
export type ProfileRef = { id: string; name: string };

/** Format findings of a document given as content (not stored): with the profile and the counts. */
export type ContentCheck = { profile: ProfileRef; findings: Finding[]; errors: number; warnings: number };

/** Format findings of any .docx. */
export type DocxCheck = { profile: ProfileRef; findings: DocxFinding[]; errors: number; warnings: number };

/** A file sent whole, as base64 (at most about 30 MB). */
export const fileField = {
  fileName: z.string().trim().min(1, 'Thiếu tên tệp'),
  base64: z.string().min(1, 'Tệp rỗng, không có nội dung.').max(42_000_000, 'Tệp quá lớn để là một văn bản'),
};

/** Documents that are files rather than rows of the store: a document's JSON, any .docx. */
export const fileVerbs = {
  /** A document given whole (a .json file of the command line) as .docx in its own format profile. */
  exportContent: channel<ExportOutcome>()(z.object({ content: resolutionSchema })),
  /** The format findings of a document given whole, with the profile it names and the counts. */
  checkContent: channel<ContentCheck>()(z.object({ content: resolutionSchema })),
  /** The format findings of any .docx (page, fonts, sizes of each element, the written forms). */
  checkDocx: channel<DocxCheck>()(z.object(fileField)),
};
