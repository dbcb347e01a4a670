import type * as z from 'zod';
import type { ApiName } from '../contract/api.ts';
import type { Handler } from '../ipc/context.ts';
import type { VerbEntry } from '../ipc/dispatchCore.ts';

/**
 * The verbs the command line calls, each with the domain that declares it: its request schemas
 * (contract/verbs/<domain>.ts) and handlers (ipc/verbs/<domain>.ts), imported when a command calls
 * one of them. So `soan-nq export` loads the files domain, not the server, the importer, the
 * demo or the schemas of verbs it never calls. The entries are the contract's own schemas and
 * handlers, run by the same dispatcher core as every transport (ipc/dispatchCore.ts).
 */
type Domain<K extends ApiName> = () => Promise<{
  verbs: { [P in K]: { request: z.ZodType } };
  handlers: { [P in K]: Handler<P> };
}>;

const domain =
  <V, H>(load: () => Promise<[V, H]>) =>
  async () => {
    const [verbs, handlers] = await load();
    return { verbs, handlers };
  };

const files = domain(async () => [
  (await import('../contract/verbs/files.ts')).fileVerbs,
  (await import('../ipc/verbs/files.ts')).fileHandlers,
]);
const imports = domain(async () => [
  (await import('../contract/verbs/imports.ts')).importVerbs,
  (await import('../ipc/verbs/imports.ts')).importHandlers,
]);
const documents = domain(async () => [
  (await import('../contract/verbs/documents.ts')).documentVerbs,
  (await import('../ipc/verbs/documents.ts')).documentHandlers,
]);
const database = domain(async () => [
  (await import('../contract/verbs/database.ts')).databaseVerbs,
  (await import('../ipc/verbs/database.ts')).databaseHandlers,
]);
const results = domain(async () => [
  (await import('../contract/verbs/results.ts')).resultVerbs,
  (await import('../ipc/verbs/results.ts')).resultHandlers,
]);
const drafts = domain(async () => [
  (await import('../contract/verbs/drafts.ts')).draftVerbs,
  (await import('../ipc/verbs/drafts.ts')).draftHandlers,
]);
const copies = domain(async () => [
  (await import('../contract/verbs/copies.ts')).copyVerbs,
  (await import('../ipc/verbs/copies.ts')).copyHandlers,
]);
const workflow = domain(async () => [
  (await import('../contract/verbs/workflow.ts')).workflowVerbs,
  (await import('../ipc/verbs/workflow.ts')).workflowHandlers,
]);
const office = domain(async () => [
  (await import('../contract/verbs/office.ts')).officeVerbs,
  (await import('../ipc/verbs/office.ts')).officeHandlers,
]);
const accounts = domain(async () => [
  (await import('../contract/verbs/accounts.ts')).accountVerbs,
  (await import('../ipc/verbs/accounts.ts')).accountHandlers,
]);
const backups = domain(async () => [
  (await import('../contract/verbs/backups.ts')).backupVerbs,
  (await import('../ipc/verbs/backups.ts')).backupHandlers,
]);
const comments = domain(async () => [
  (await import('../contract/verbs/comments.ts')).commentVerbs,
  (await import('../ipc/verbs/comments.ts')).commentHandlers,
]);
const review = domain(async () => [
  (await import('../contract/verbs/review.ts')).reviewVerbs,
  (await import('../ipc/verbs/review.ts')).reviewHandlers,
]);

/** The verbs `names`, each loaded with its domain. */
function verbsOf<K extends ApiName>(load: Domain<K>, names: readonly K[]): { [P in K]: Domain<P> } {
  return Object.fromEntries(names.map((name) => [name, load])) as unknown as { [P in K]: Domain<P> };
}

export const cliVerbs = {
  ...verbsOf(files, ['exportContent', 'checkContent', 'checkDocx']),
  ...verbsOf(imports, ['previewImport', 'saveImport']),
  ...verbsOf(documents, ['listOrganizations', 'search', 'createNextYear', 'exportDocx']),
  ...verbsOf(database, ['databaseStatus', 'seedDemo']),
  ...verbsOf(results, ['assessTargets', 'pasteResults']),
  ...verbsOf(drafts, ['prepareNextYear']),
  ...verbsOf(copies, ['makeCopy', 'listCopies', 'documentCopies']),
  ...verbsOf(workflow, [
    'listTerms',
    'listRegister',
    'exportRegister',
    'submitForReview',
    'returnDraft',
    'approveDocument',
    'issueDocument',
    'documentHistory',
  ]),
  ...verbsOf(office, ['saveOrganization', 'addTerm', 'setRegisterStart', 'importRegister', 'saveSigner', 'savePerson', 'listPeople']),
  ...verbsOf(accounts, ['addAccount', 'listAccounts', 'disableAccount', 'resetPassword', 'listRefusals']),
  ...verbsOf(backups, ['backupDatabase', 'describeBackup', 'restoreBackup']),
  ...verbsOf(comments, ['exportReviewCopy']),
  ...verbsOf(review, ['importWordReview', 'listSuggestions', 'decideSuggestions']),
};

/** A verb the command line calls. */
export type CliVerb = keyof typeof cliVerbs;

/** The schema and handler of one verb, its domain imported on the first call. */
export async function loadVerb<K extends CliVerb>(name: K): Promise<VerbEntry<K>> {
  const load = cliVerbs[name] as unknown as Domain<K>;
  const { verbs, handlers } = await load();
  return { request: verbs[name].request, handler: handlers[name] };
}
