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
  maxXmlNodes: 600_000,
  /** Most targets read from one document (a real resolution has a few dozen). */
  maxTargets: 1000,
  /** Most clauses read as targets from one sentence. */
  maxClauses: 200,
  /** Most paragraphs in one XML part (a long resolution with its appendix table has a few thousand). */
  maxParagraphs: 10_000,
  /** Most runs (pieces of differently formatted text) in one XML part. */
  maxRuns: 50_000,
  /** Most lines of a text file. */
  maxLines: 10_000,
  /** Longest paragraph or line, in bytes or characters (a real one is a few thousand). */
  maxParagraphBytes: 256 * 1024,
  /** Most paragraphs kept in a partial read shown to the user. */
  maxPartialParagraphs: 400,
} as const;
