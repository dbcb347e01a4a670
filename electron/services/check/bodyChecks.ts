import type { Block, Paragraph } from '../../contract/model/body.ts';
import { runsToText } from '../../contract/model/inline.ts';
import type { Resolution } from '../../contract/model/resolution.ts';
import { formatDateShort } from '../../format/dates.ts';
import type { FormatProfile } from '../../format/profile.ts';
import { documentDay, profileMismatch } from '../../format/resolveProfile.ts';
import { warning, type Finding } from './finding.ts';
import { shortText } from '../../format/shortText.ts';

/** Paragraph-like blocks with their path and text. */
function texts(blocks: readonly (Block | Paragraph)[], root: string): { path: string; text: string }[] {
  return blocks.flatMap((b, i) =>
    b.type === 'paragraph' || b.type === 'bullet' ? [{ path: `${root}[${i}]`, text: runsToText(b.runs).trim() }] : [],
  );
}

/** "Căn cứ" as a word (not `\b`, which in JavaScript knows only ASCII letters: "cứ" never ended a word for it). */
const BASIS = /^[-–]?\s*Căn cứ(?![\p{L}\p{M}\p{N}])/u;

/** Căn cứ lines: "- Căn cứ …" each ending with the profile's mark, the last with its own (05-HD: ";" then "."). */
function checkBasis(doc: Resolution, profile: FormatProfile): Finding[] {
  const lines = [...texts(doc.title.preamble, 'title.preamble'), ...texts(doc.body, 'body')].filter((t) => BASIS.test(t.text));
  const { lineEnd, lastEnd } = profile.rules.basis;
  return lines.flatMap((l, i) => {
    const want = i === lines.length - 1 ? lastEnd : lineEnd;
    const got = l.text.slice(-1);
    return got === want
      ? []
      : [
          warning(
            'basis.punctuation',
            l.path,
            `Dòng căn cứ "${shortText(l.text, 60)}" kết thúc bằng "${got}", ${profile.name} yêu cầu "${want}".`,
            `Mỗi dòng căn cứ một dòng riêng, bắt đầu bằng "- ", kết thúc bằng "${lineEnd}"; dòng căn cứ cuối cùng kết thúc bằng "${lastEnd}".`,
          ),
        ];
  });
}

/** The body's last paragraph ends with the profile's mark (05-HD: ".", not "./."). */
function checkBodyEnd(doc: Resolution, profile: FormatProfile): Finding[] {
  const end = profile.rules.bodyEnd;
  const last = texts(doc.body, 'body').pop();
  if (end === null || !last || last.text === '') return [];
  const slash = last.text.endsWith('./.');
  if (last.text.endsWith(end) && !slash) return [];
  const tail = last.text.slice(-Math.min(12, last.text.length));
  return [
    warning(
      'body.end',
      last.path,
      `Nội dung kết thúc bằng "…${tail}"; ${profile.name} yêu cầu kết thúc bằng "${end}"${slash ? ' (không dùng "./.")' : ''}.`,
      `Kết thúc đoạn cuối của nội dung bằng "${end}".`,
    ),
  ];
}

/** A draft whose chosen profile is not the one in force on its date. */
function checkProfileDate(doc: Resolution, profile: FormatProfile): Finding[] {
  const due = profileMismatch({
    profileId: doc.profileId,
    date: doc.header.date,
    planYear: doc.planYear,
    issued: doc.header.number.seq !== null,
  });
  if (!due) return [];
  return [
    warning(
      'profile.date',
      'profileId',
      `Dự thảo trình bày theo ${profile.name}, nhưng văn bản ngày ${formatDateShort(documentDay({ date: doc.header.date, planYear: doc.planYear }))} phải theo ${due.name} (áp dụng từ ${formatDateShort(due.rules.inForceFrom)}).`,
      `Chọn "Thể thức: ${due.name}" cho dự thảo.`,
    ),
  ];
}

/** "Kính gửi" / "Kính trình": the word the profile gives a công văn and a tờ trình. */
function checkAddress(doc: Resolution, profile: FormatProfile): Finding[] {
  const want =
    doc.kind === 'to-trinh' ? profile.rules.addressWord.toTrinh : doc.kind === 'cong-van' ? profile.rules.addressWord.congVan : null;
  if (want === null) return [];
  const line = [...texts(doc.title.preamble, 'title.preamble'), ...texts(doc.body, 'body')].find((t) =>
    /^Kính (gửi|trình)\b/u.test(t.text),
  );
  if (line === undefined || line.text.startsWith(want)) return [];
  return [
    warning(
      'address.word',
      line.path,
      `"${line.text.split(':')[0]}": ${profile.name} dùng "${want}" cho ${doc.kind === 'to-trinh' ? 'tờ trình' : 'công văn'}.`,
      `Viết "${want}:".`,
    ),
  ];
}

/** The body rules of the profile: căn cứ, the final mark, Kính gửi/Kính trình, and the profile of the draft's date. */
export function checkBodyRules(doc: Resolution, profile: FormatProfile): Finding[] {
  return [...checkProfileDate(doc, profile), ...checkBasis(doc, profile), ...checkBodyEnd(doc, profile), ...checkAddress(doc, profile)];
}
