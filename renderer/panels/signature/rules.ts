import type { BodyKind, Signature } from '../../../electron/contract/model/parts.ts';
import { signatureFindings } from '../../../electron/format/partyRules.ts';
import type { FormatProfile } from '../../../electron/format/profile.ts';

/** Signing authority against the kind of body, at once while choosing: the same rules as the format check. */
export function signatureWarnings(signature: Signature, kind: BodyKind, profile: FormatProfile): string[] {
  return signatureFindings(signature, kind, profile)
    .filter((f) => f.code === 'signature.authority' || f.code === 'signature.authority-of')
    .map((f) => `${f.message} ${f.fix}`);
}
