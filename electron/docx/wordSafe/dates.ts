/**
 * Dates of comments and revisions in the form Word writes: "2025-12-01T08:00:00Z", whole
 * seconds. The `docx` package writes `Date.toISOString()`, with milliseconds.
 */
export function wholeSecondDates(xml: string): string {
  return xml.replace(/(\bw:date="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)\.\d+(Z|[+-]\d\d:\d\d)"/g, '$1$2"');
}
