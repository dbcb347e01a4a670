/**
 * Bounds that keep reading a hostile file cheap: a resolution is a few hundred kilobytes of
 * XML, so these are generous for real documents and small for a machine.
 */
export const limits = {
  /** Largest input file (bytes). */
  maxInputBytes: 30 * 1024 * 1024,
  /** Most entries a .docx's central directory may list. */
  maxZipEntries: 2000,
  /** Total bytes inflated from the parts we read. */
  maxInflatedBytes: 50 * 1024 * 1024,
  /** Deepest XML nesting accepted (Word nests tables in tables, rarely past 30). */
  maxXmlDepth: 256,
  /** Most XML nodes in one part. */
  maxXmlNodes: 3_000_000,
  /** Most targets read from one document (a real resolution has a few dozen). */
  maxTargets: 1000,
  /** Most clauses read as targets from one sentence. */
  maxClauses: 200,
  /** Most paragraphs kept in a partial read shown to the user. */
  maxPartialParagraphs: 400,
} as const;
