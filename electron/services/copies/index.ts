/** Certified copies (bản sao): sao y bản chính, sao lục, trích sao, and the copy register. */
export { makeCopy, copyFileName, type MadeCopy } from './make.ts';
export { copySide, localToday, type CopyRequest, type CopySide } from './plan.ts';
export { copySource, type CopySource } from './sources.ts';
export { copyDefaults, copyRegister, documentCopies } from './register.ts';
export { fileSink, memorySink, type CopySink, type StagedCopy } from './sinks.ts';
export { excerpt, parseParts, partsText, type PartRange } from './parts.ts';
export { copyRecipientList, isOfficeSigner, officeSigner, parseAuthority, recipientListNamed } from './defaults.ts';
export { makeCopyForUi } from './ui.ts';
