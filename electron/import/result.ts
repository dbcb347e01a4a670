/** The importer's read results and errors: their one home is `ooxml/readResult.ts`, shared with the other readers of untrusted files. */
export * from '../ooxml/readResult.ts';
