import type { SourcePara } from '../source.ts';

/**
 * The number or mark a body paragraph starts with, as written: "Phần thứ nhất", "I." / "I-",
 * "1.", "1.1" / "1.1.", "2.1.1.", "a)", "-", "+", "- +". Word list numbering counts too: its
 * drawn label is the label. `cut` is how many characters of the text the label takes.
 */

export type LabelKind = 'part' | 'section' | 'subsubitem' | 'subitem' | 'item' | 'letter' | 'bullet';
export type Label = { kind: LabelKind; label: string; marker: '-' | '+'; cut: number };

const patterns: ReadonlyArray<[LabelKind, RegExp]> = [
  ['part', /^(Phần\s+thứ\s+[\p{L}]+|PHẦN\s+THỨ\s+[\p{L}]+|Phần\s+[IVXLC]+|PHẦN\s+[IVXLC]+)(?![\p{L}\p{N}])\s*[:.]?\s*/u],
  ['section', /^([IVXLC]+\s*[.\-–])\s*(?=\S)/u],
  ['subsubitem', /^(\d{1,2}\.\d{1,2}\.\d{1,2}\.?)\s+/u],
  ['subitem', /^(\d{1,2}\.\d{1,2}\.?)\s+/u],
  ['item', /^(\d{1,3}\.)(?:\s+|(?=\p{Lu}))/u],
  ['letter', /^([a-zđ]\)|\d{1,3}\))\s+/u],
];

const BULLET = /^(?:([-–—•·▪])\s*(\+)\s+|([-–—•·▪])\s+|(\+)\s+)/u;

/** The bullet marker of the model for a Word bullet drawn with `char` at `level`. */
export function bulletMarker(char: string, level: number): '-' | '+' {
  return char.trim() === '+' || level > 0 ? '+' : '-';
}

export function detectLabel(p: SourcePara): Label | null {
  if (p.label !== null && p.label.trim() !== '') {
    const drawn = p.label.trim();
    if (p.bullet) return { kind: 'bullet', label: drawn, marker: bulletMarker(drawn, p.listLevel ?? 0), cut: 0 };
    const fromText = detectText(`${drawn} `);
    return fromText ? { ...fromText, label: drawn, cut: 0 } : { kind: 'letter', label: drawn, marker: '-', cut: 0 };
  }
  return detectText(p.text);
}

function detectText(raw: string): Label | null {
  const text = raw.replace(/^\s+/, '');
  const lead = raw.length - text.length;
  const b = BULLET.exec(text);
  if (b) return { kind: 'bullet', label: b[0].trim(), marker: b[2] || b[4] ? '+' : '-', cut: lead + b[0].length };
  for (const [kind, re] of patterns) {
    const m = re.exec(text);
    if (!m) continue;
    const label = (m[1] ?? '').replace(/\s+/g, kind === 'part' ? ' ' : '');
    // "I. " needs a Roman numeral; "V.I.P" or a word in capitals is not one.
    if (kind === 'section' && !/^[IVXLC]+[.\-–]$/u.test(label)) continue;
    return { kind, label, marker: '-', cut: lead + m[0].length };
  }
  return null;
}
