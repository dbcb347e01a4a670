import type { Resolution } from '../../contract/model/resolution.ts';
import type { FormatProfile } from '../../format/profile.ts';
import { signatureFindings } from '../../format/partyRules.ts';
import { recipientIssues } from '../../format/recipientRules.ts';
import { warning, type Finding } from './finding.ts';

/** "Nơi nhận": punctuation and the final storage line (the rules of `format/recipientRules.ts`), and duplicates. */
export function checkRecipients(doc: Resolution, profile: FormatProfile): Finding[] {
  const { lines, punctuation } = doc.recipients;
  const printed = lines.map((line) => (line.note ? `${line.text} ${line.note}` : line.text));
  const out: Finding[] = recipientIssues(printed, profile, { punctuation: punctuation === 'as-written' }).map((issue) =>
    warning(issue.code, `recipients.lines[${issue.index}]`, issue.message, issue.fix),
  );
  const seen = new Map<string, number>();
  lines.forEach((line, i) => {
    const key = line.text.replace(/[,.;\s]+$/u, '').toLocaleLowerCase('vi');
    const first = seen.get(key);
    if (first !== undefined) {
      out.push(warning('recipients.duplicate', `recipients.lines[${i}]`, `"${line.text}" trùng với dòng ${first + 1}.`, 'Bỏ dòng trùng.'));
    } else seen.set(key, i);
  });
  return out;
}

/** Signing authority against the kind of the issuing body: the rules of `format/partyRules.ts`. */
export function checkSignature(doc: Resolution, profile: FormatProfile): Finding[] {
  return signatureFindings(doc.signature, doc.header.bodyKind, profile);
}
