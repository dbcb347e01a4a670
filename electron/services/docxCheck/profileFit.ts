import { formatDateShort } from '../../format/dates.ts';
import type { FormatProfile } from '../../format/profile.ts';
import { listProfiles } from '../../format/profiles/index.ts';
import type { Structure } from '../../import/structure.ts';
import { finding, type DocxFinding } from './finding.ts';

/**
 * A document dated under one guidance but laid out by an older one (a December 2026 resolution
 * whose recipients still end with "," as under 36-HD/VPTW): one finding that names both
 * guidances and says how to move the document over. The sign read is the recipients'
 * punctuation, the difference offices notice first.
 */
export function layoutByOlderRules(s: Structure, profile: FormatProfile, day: string): DocxFinding[] {
  const lines = (s.closing?.recipients ?? []).map((r) => (r.note ? `${r.text} ${r.note}` : r.text).trim());
  const inner = lines.slice(0, -1).map((l) => l.slice(-1));
  if (inner.length < 2) return [];
  const sep = profile.recipients.lineSeparator;
  const ends = inner.filter((e) => e !== sep);
  const older = listProfiles().find((p) => p.rules.inForceFrom < profile.rules.inForceFrom && p.recipients.lineSeparator !== sep);
  if (!older || ends.length * 2 <= inner.length || !ends.every((e) => e === older.recipients.lineSeparator)) return [];
  return [
    finding(
      'error',
      'profile.older-rules',
      null,
      `Văn bản ngày ${formatDateShort(day)} trình bày theo ${older.name}: các dòng nơi nhận kết thúc bằng "${older.recipients.lineSeparator}"`,
      `thể thức ${profile.name} (áp dụng từ ngày ${formatDateShort(profile.rules.inForceFrom)})`,
      `"${lines[0] ?? ''}"`,
      `Trình bày lại theo ${profile.name}: mỗi dòng nơi nhận kết thúc bằng "${sep}", dòng cuối "- ${profile.recipients.storageWord} …${profile.recipients.lastTerminator}"; trong ứng dụng, nhập văn bản rồi chọn "${profile.name}" và xuất lại.`,
    ),
  ];
}
