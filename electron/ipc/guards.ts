import type { ApiName } from '../contract/api.ts';
import type { Action } from '../contract/model/people.ts';

/**
 * The kind of action each verb that changes something is (people.ts says which roles may do it).
 * Verbs that only read, comment or export are open to every person of the office.
 */
export const verbActions: Partial<Record<ApiName, Action>> = {
  saveDocument: 'soan-thao',
  saveEdits: 'soan-thao',
  createNextYear: 'soan-thao',
  duplicateDocument: 'soan-thao',
  deleteDocument: 'soan-thao',
  restoreDocument: 'soan-thao',
  saveResults: 'soan-thao',
  pasteResults: 'soan-thao',
  submitForReview: 'soan-thao',
  saveVersion: 'soan-thao',
  restoreVersion: 'soan-thao',
  saveImport: 'soan-thao',
  // Review through Word (issue 14): the secretary takes the reviewer's file back and decides.
  importWordReview: 'soan-thao',
  decideSuggestions: 'soan-thao',
  returnDraft: 'duyet',
  approveDocument: 'duyet',
  issueDocument: 'ban-hanh',
  voidNumber: 'ban-hanh',
  amendIssued: 'ban-hanh',
  makeCopy: 'ban-hanh',
  saveOrganization: 'thiet-lap',
  addTerm: 'thiet-lap',
  setRegisterStart: 'thiet-lap',
  importRegister: 'thiet-lap',
  saveSigner: 'thiet-lap',
  savePerson: 'thiet-lap',
  saveRecipientList: 'thiet-lap',
  deleteRecipientList: 'thiet-lap',
  // The office's spelling dictionary: whoever drafts adds the words they need.
  addOfficeWord: 'soan-thao',
  restoreBackup: 'thiet-lap',
  loadDemo: 'thiet-lap',
  removeDemo: 'thiet-lap',
  seedDemo: 'thiet-lap',
  // The office server's accounts (issue 17): one's own password is anyone's.
  addAccount: 'thiet-lap',
  disableAccount: 'thiet-lap',
  resetPassword: 'thiet-lap',
  listRefusals: 'thiet-lap',
  // Running the office server on this computer (its handler also wants a quản trị by name).
  startOfficeHost: 'thiet-lap',
  stopOfficeHost: 'thiet-lap',
};

/**
 * On the office server, besides the above: a copy of the whole database (with every account's
 * password hash) and the list of the server's backups are the quản trị's. Working alone they stay
 * open to all (whoever holds the file holds the data anyway).
 */
export const serverVerbActions: Partial<Record<ApiName, Action>> = {
  ...verbActions,
  backupDatabase: 'thiet-lap',
  listBackups: 'thiet-lap',
  describeBackup: 'thiet-lap',
  listAccounts: 'thiet-lap',
};
