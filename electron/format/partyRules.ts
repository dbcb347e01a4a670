import type { Finding } from '../contract/model/office.ts';
import { bodyKinds, type BodyKind, type Signature } from '../contract/model/parts.ts';
import type { FormatProfile } from './profile.ts';

/**
 * Rules of a party document that depend on who issues it: the signing authority of a kind of body
 * (36-HD/VPTW 1.7.1, unchanged by 05-HD) and its issuer code (per profile). The one home of these
 * rules: the JSON check, the .docx check, the importer and the signature panel all call them.
 */

/** Bodies that do not lead collectively: the party's advisory bodies and offices (a ban, a văn phòng), which sign T/L or K/T. */
const advisoryKinds: ReadonlySet<BodyKind> = new Set(['ban-dang', 'van-phong']);

/** Every other kind leads collectively (cấp ủy, ủy ban kiểm tra): it signs T/M, never K/T (36-HD 1.7.1, H). */
const collectiveKinds: ReadonlySet<BodyKind> = new Set(bodyKinds.filter((kind) => !advisoryKinds.has(kind)));

export function isCollective(kind: BodyKind): boolean {
  return collectiveKinds.has(kind);
}

/** Whether `code` is an issuer code the profile accepts for this kind of body. */
export function issuerCodeFits(profile: FormatProfile, kind: BodyKind, code: string): boolean {
  const rule = profile.rules.issuerCodes[kind];
  return rule === undefined || new RegExp(rule.pattern, 'u').test(code);
}

/** The usual issuer code of a kind of body under a profile ("ĐU" for a đảng ủy xã). */
export function usualIssuerCode(profile: FormatProfile, kind: BodyKind): string {
  return profile.rules.issuerCodes[kind]?.usual ?? '';
}

/** True when the profile keeps this kind's code for historical documents only (HU under 05-HD). */
export function issuerCodeHistorical(profile: FormatProfile, kind: BodyKind): boolean {
  return profile.rules.issuerCodes[kind]?.historical === true;
}

type Rule = Finding;
const err = (code: string, path: string, message: string, fix: string): Rule => ({ code, severity: 'error', path, message, fix });
const warn = (code: string, path: string, message: string, fix: string): Rule => ({ code, severity: 'warning', path, message, fix });

/** Signing authority (T/M, K/T, T/L, Q.) against the kind of the issuing body and the profile. */
export function signatureFindings(signature: Signature, kind: BodyKind, profile: FormatProfile): Finding[] {
  const out: Rule[] = [];
  const collective = isCollective(kind);
  const { authority, authorityOf, title, name } = signature;
  if (!profile.rules.authorities.includes(authority)) {
    out.push(
      err(
        'signature.authority',
        'signature.authority',
        `Quyền hạn ký "${authority}" không có trong ${profile.name}.`,
        `Dùng một trong: ${profile.rules.authorities.filter((a) => a !== 'none').join(', ')}.`,
      ),
    );
  }
  if (collective && authority === 'K/T') {
    out.push(
      err(
        'signature.authority',
        'signature.authority',
        'Cấp ủy là tập thể lãnh đạo: văn bản của cấp ủy không ký "K/T".',
        'Dùng "T/M" (phó bí thư cũng ký "T/M …" với chức vụ "PHÓ BÍ THƯ").',
      ),
    );
  }
  if (collective && authority === 'none') {
    out.push(
      err(
        'signature.authority',
        'signature.authority',
        'Văn bản của cấp ủy phải ghi quyền hạn ký "T/M" (thay mặt).',
        `Ghi "T/M ${authorityOf.trim() || 'BAN CHẤP HÀNH'}" trên chức vụ người ký.`,
      ),
    );
  }
  if (!collective && authority === 'T/M') {
    out.push(
      err(
        'signature.authority',
        'signature.authority',
        'Cơ quan tham mưu, giúp việc không ký "T/M"; người đứng đầu ký trực tiếp, cấp phó ký "K/T".',
        'Bỏ quyền hạn (người đứng đầu ký) hoặc dùng "K/T" / "T/L".',
      ),
    );
  }
  if (authority !== 'none' && authority !== 'Q.' && authorityOf.trim() === '') {
    out.push(
      err(
        'signature.authority-of',
        'signature.authorityOf',
        `"${authority}" thiếu tên tập thể hoặc người được thay mặt.`,
        'Ví dụ "T/M ĐẢNG ỦY", "T/L BAN THƯỜNG VỤ", "K/T CHÁNH VĂN PHÒNG".',
      ),
    );
  }
  if (collective && authority === 'T/M' && kind !== 'uy-ban-kiem-tra' && !/^(PHÓ )?BÍ THƯ$/u.test(title.trim().toUpperCase())) {
    out.push(
      warn(
        'signature.title',
        'signature.title',
        `Ký "T/M" cấp ủy nhưng chức vụ là "${title}".`,
        'Khi ký thay mặt cấp ủy chỉ ghi "BÍ THƯ" hoặc "PHÓ BÍ THƯ", không kèm tên cơ quan.',
      ),
    );
  }
  if (/\b(TS|ThS|PGS|GS)\.?\s/u.test(name)) {
    out.push(
      warn(
        'signature.name',
        'signature.name',
        `Họ tên "${name}" có học hàm, học vị.`,
        'Không ghi học hàm, học vị, quân hàm trước họ tên người ký.',
      ),
    );
  }
  return out;
}
