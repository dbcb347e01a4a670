/**
 * What a file is, from its first bytes rather than its name: a ZIP package (.docx), an OLE
 * compound file (old .doc, or any Office file protected with a password), RTF, or text.
 */
export type Sniffed = 'empty' | 'zip' | 'cfb-encrypted' | 'cfb-doc' | 'rtf' | 'pdf' | 'text';

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

/** "EncryptedPackage" as it is written in a compound file's directory (UTF-16LE). */
const encryptedName = [...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]);

function containsSequence(bytes: Uint8Array, seq: readonly number[]): boolean {
  const first = seq[0];
  outer: for (let i = bytes.indexOf(first ?? 0); i >= 0 && i <= bytes.length - seq.length; i = bytes.indexOf(first ?? 0, i + 1)) {
    for (let k = 1; k < seq.length; k++) if (bytes[i + k] !== seq[k]) continue outer;
    return true;
  }
  return false;
}

export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(bytes, CFB)) return containsSequence(bytes, encryptedName) ? 'cfb-encrypted' : 'cfb-doc';
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return 'rtf';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  return 'text';
}
