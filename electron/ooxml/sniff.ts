/**
 * What a file is, from its first bytes rather than its name: a ZIP package (.docx), an OLE
 * compound file (old .doc, or any Office file protected with a password), RTF, PDF, a picture, or text.
 */
export type Sniffed = 'empty' | 'zip' | 'cfb-encrypted' | 'cfb-doc' | 'rtf' | 'pdf' | 'image' | 'text';

/** Pictures an office may pick by mistake (a photo or a scan of the paper): PNG, JPEG, GIF, TIFF, WebP. */
const IMAGES: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  [0xff, 0xd8, 0xff],
  [0x47, 0x49, 0x46, 0x38],
  [0x49, 0x49, 0x2a, 0x00],
  [0x4d, 0x4d, 0x00, 0x2a],
];
const isWebp = (bytes: Uint8Array): boolean =>
  startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && bytes.length >= 12 && String.fromCharCode(...bytes.subarray(8, 12)) === 'WEBP';

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
  if (IMAGES.some((sig) => startsWith(bytes, sig)) || isWebp(bytes)) return 'image';
  return 'text';
}
