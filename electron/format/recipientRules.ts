import type { FormatProfile } from './profile.ts';

/**
 * The "Nơi nhận" rules of a profile, once, for the JSON check and the .docx check: each line but the
 * last ends with the profile's separator ("," under 36-HD, ";" under 05-HD), the last is the storage
 * line "- Lưu …" ending with "."; no colon after "Lưu" (that is the state form "Lưu: VT").
 */
export type RecipientIssue = {
  /** Index of the line among the recipient lines. */
  index: number;
  code: 'recipients.punctuation' | 'recipients.storage' | 'recipients.storage-colon';
  /** What the profile wants and what the line has, quoted from the line itself. */
  want: string;
  got: string;
  message: string;
  fix: string;
};

/** `lines` are the recipient lines as printed, without the leading "- " (note and end included). */
export function recipientIssues(lines: readonly string[], profile: FormatProfile, options: { punctuation: boolean }): RecipientIssue[] {
  const r = profile.recipients;
  const out: RecipientIssue[] = [];
  const last = lines.length - 1;
  if (options.punctuation) {
    lines.forEach((line, index) => {
      const got = line.trimEnd().slice(-1);
      const want = index === last ? r.lastTerminator : r.lineSeparator;
      if (got !== want) {
        out.push({
          index,
          code: 'recipients.punctuation',
          want,
          got,
          message: `"- ${line.trim()}" kết thúc bằng "${got}", ${profile.name} yêu cầu "${want}".`,
          fix: `Kết thúc mỗi dòng nơi nhận bằng "${r.lineSeparator}", dòng cuối "- ${r.storageWord} …" bằng "${r.lastTerminator}".`,
        });
      }
    });
  }
  const final = lines[last];
  if (final !== undefined && !final.trimStart().startsWith(r.storageWord)) {
    out.push({
      index: last,
      code: 'recipients.storage',
      want: `- ${r.storageWord} …${r.lastTerminator}`,
      got: `- ${final.trim()}`,
      message: `Dòng cuối của "Nơi nhận" là "- ${final.trim()}", không phải dòng lưu.`,
      fix: `Kết thúc bằng dòng "- ${r.storageWord} Văn phòng …${r.lastTerminator}" (không có dấu hai chấm sau "${r.storageWord}").`,
    });
  }
  lines.forEach((line, index) => {
    if (new RegExp(`^${r.storageWord}\\s*:`, 'u').test(line.trim())) {
      out.push({
        index,
        code: 'recipients.storage-colon',
        want: `- ${r.storageWord} Văn phòng …`,
        got: `- ${line.trim()}`,
        message: `"- ${line.trim()}": có dấu hai chấm sau "${r.storageWord}" (cách viết của văn bản hành chính nhà nước).`,
        fix: `Viết "${r.storageWord} Văn phòng …", không có dấu hai chấm.`,
      });
    }
  });
  return out;
}
