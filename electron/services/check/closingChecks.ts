import type { Resolution } from '../../contract/model/resolution.ts';
import type { FormatProfile } from '../../format/profile.ts';
import { isCollective } from './bodyRules.ts';
import { error, warning, type Finding } from './finding.ts';

/** "Nơi nhận": punctuation and the final storage line. */
export function checkRecipients(doc: Resolution, profile: FormatProfile): Finding[] {
  const out: Finding[] = [];
  const { lines, punctuation } = doc.recipients;
  const rules = profile.recipients;
  const last = lines.length - 1;
  const lastLine = lines[last];
  if (lastLine && !lastLine.text.trimStart().startsWith(rules.storageWord)) {
    out.push(
      warning(
        'recipients.storage',
        `recipients.lines[${last}]`,
        `Dòng cuối của "Nơi nhận" là "${lastLine.text}", không phải dòng lưu.`,
        `Kết thúc bằng dòng "- ${rules.storageWord} Văn phòng …." (không có dấu hai chấm sau "${rules.storageWord}").`,
      ),
    );
  }
  lines.forEach((line, i) => {
    if (new RegExp(`^${rules.storageWord}\\s*:`, 'u').test(line.text.trim())) {
      out.push(
        warning(
          'recipients.storage-colon',
          `recipients.lines[${i}]`,
          `"${line.text}": có dấu hai chấm sau "${rules.storageWord}" (cách viết của văn bản hành chính nhà nước).`,
          `Viết "${rules.storageWord} Văn phòng …", không có dấu hai chấm.`,
        ),
      );
    }
  });
  if (punctuation === 'as-written') {
    lines.forEach((line, i) => {
      const text = line.note ? `${line.text} ${line.note}` : line.text;
      const end = text.trimEnd().slice(-1);
      const want = i === last ? rules.lastTerminator : rules.lineSeparator;
      if (end !== want) {
        out.push(
          warning(
            'recipients.punctuation',
            `recipients.lines[${i}]`,
            `"- ${line.text}" kết thúc bằng "${end}", thể thức yêu cầu "${want}".`,
            `Chọn "Dấu câu theo thể thức" để ứng dụng tự đặt "${rules.lineSeparator}" cuối mỗi dòng và "${rules.lastTerminator}" ở dòng cuối.`,
          ),
        );
      }
    });
  }
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

/** Signing authority (T/M, K/T, T/L) against the kind of the issuing body. */
export function checkSignature(doc: Resolution): Finding[] {
  const out: Finding[] = [];
  const { signature, header } = doc;
  const collective = isCollective(header.bodyKind);
  if (collective && signature.authority === 'K/T') {
    out.push(
      error(
        'signature.authority',
        'signature.authority',
        'Cấp ủy là tập thể lãnh đạo: văn bản của cấp ủy không ký "K/T".',
        'Dùng "T/M" (phó bí thư cũng ký "T/M …" với chức vụ "PHÓ BÍ THƯ").',
      ),
    );
  }
  if (collective && signature.authority === 'none') {
    out.push(
      error(
        'signature.authority',
        'signature.authority',
        'Văn bản của cấp ủy phải ghi quyền hạn ký "T/M" (thay mặt).',
        `Ghi "T/M ${signature.authorityOf || 'HUYỆN ỦY'}" trên chức vụ người ký.`,
      ),
    );
  }
  if (!collective && signature.authority === 'T/M') {
    out.push(
      error(
        'signature.authority',
        'signature.authority',
        'Cơ quan tham mưu, giúp việc không ký "T/M"; người đứng đầu ký trực tiếp, cấp phó ký "K/T".',
        'Bỏ quyền hạn (người đứng đầu ký) hoặc dùng "K/T" / "T/L".',
      ),
    );
  }
  if (signature.authority !== 'none' && signature.authorityOf.trim() === '') {
    out.push(
      error(
        'signature.authority-of',
        'signature.authorityOf',
        `"${signature.authority}" thiếu tên tập thể hoặc người được thay mặt.`,
        'Ví dụ "T/M HUYỆN ỦY", "T/L BAN THƯỜNG VỤ", "K/T CHÁNH VĂN PHÒNG".',
      ),
    );
  }
  if (
    collective &&
    signature.authority === 'T/M' &&
    header.bodyKind !== 'uy-ban-kiem-tra' &&
    !/^(PHÓ )?BÍ THƯ$/u.test(signature.title.trim().toUpperCase())
  ) {
    out.push(
      warning(
        'signature.title',
        'signature.title',
        `Ký "T/M" cấp ủy nhưng chức vụ là "${signature.title}".`,
        'Khi ký thay mặt cấp ủy chỉ ghi "BÍ THƯ" hoặc "PHÓ BÍ THƯ", không kèm tên cơ quan.',
      ),
    );
  }
  if (/\b(TS|ThS|PGS|GS)\.?\s/u.test(signature.name)) {
    out.push(
      warning(
        'signature.name',
        'signature.name',
        `Họ tên "${signature.name}" có học hàm, học vị.`,
        'Không ghi học hàm, học vị, quân hàm trước họ tên người ký.',
      ),
    );
  }
  return out;
}
