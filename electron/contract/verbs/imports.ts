import { importRequests, type ImportPreview } from '../imports.ts';
import type { StoredDocument } from '../model/office.ts';
import { channel } from './channel.ts';

/** Nhập văn bản cũ (request schemas in ../imports.ts): read and shown for review, stored only once confirmed. */
export const importVerbs = {
  /** Reads a .docx or .txt sent as base64: the model read, with confidences, notes, target links and the original paragraphs. Stores nothing. */
  previewImport: channel<ImportPreview>()(importRequests.previewImport),
  /** Stores a reviewed import for a body: issued (and registered) when it has a number and a date, a draft otherwise. */
  saveImport: channel<StoredDocument>()(importRequests.saveImport),
};
