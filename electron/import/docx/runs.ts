import { convertTcvn3, convertVni, legacyOfFont } from '../text/legacy.ts';
import type { SourceRun } from '../source.ts';
import type { XmlElement } from '../../ooxml/xml/parse.ts';
import { child } from '../../ooxml/xml/query.ts';
import { mergeRun, readRunProps, type RunProps } from './props.ts';
import type { Styles } from './styles.ts';

/**
 * The runs of one paragraph, in reading order, with their effective formatting: text, tabs,
 * line breaks, symbols, footnote references; through hyperlinks, insertions, content controls
 * and simple fields; complex fields show their result, not their instruction; deletions are
 * left out. Drawings' text boxes are collected apart, to become paragraphs of their own.
 * Not ooxml/runText.ts on purpose: the model's text wants formatting per run, field results only,
 * a page break as a block break, a plain "-" for w:noBreakHyphen and Symbol-font characters decoded.
 */

export type RunScope = {
  styles: Styles;
  /** Run props every run of this paragraph starts from (defaults, table style, paragraph style). */
  base: RunProps;
  footnotes: ReadonlyMap<string, SourceRun[]>;
};

export type ParagraphContent = { runs: SourceRun[]; pageBreak: boolean; textBoxes: XmlElement[] };

const CONTAINERS = new Set([
  'w:hyperlink',
  'w:ins',
  'w:smartTag',
  'w:sdtContent',
  'w:fldSimple',
  'w:customXml',
  'w:moveTo',
  'w:dir',
  'w:bdo',
]);

function symbol(el: XmlElement): string {
  const code = parseInt(el.attrs['w:char'] ?? '', 16);
  if (!Number.isFinite(code) || code <= 0) return '';
  // Symbol-font characters sit in the private use area F000–F0FF.
  const plain = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code;
  return plain === 0xb7 ? '•' : String.fromCodePoint(plain);
}

/** Every w:txbxContent under a drawing or picture. */
function collectTextBoxes(el: XmlElement, out: XmlElement[], depth = 0): void {
  if (depth > 40) return;
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === 'w:txbxContent') out.push(c);
    else if (c.name === 'mc:AlternateContent') {
      const choice = child(c, 'mc:Choice') ?? child(c, 'mc:Fallback');
      if (choice) collectTextBoxes(choice, out, depth + 1);
    } else collectTextBoxes(c, out, depth + 1);
  }
}

export function readParagraphContent(p: XmlElement, scope: RunScope): ParagraphContent {
  const runs: SourceRun[] = [];
  const textBoxes: XmlElement[] = [];
  let pageBreak = false;
  let field: 'none' | 'instruction' | 'result' = 'none';
  const push = (text: string, props: RunProps, footnote?: SourceRun[]): void => {
    if (text === '' && !footnote) return;
    // Runs in ".VnTime" (TCVN3) or "VNI-Times" carry legacy bytes as Latin letters: back to Unicode.
    const legacy = legacyOfFont(props.font);
    const unicode = !legacy ? text : legacy.encoding === 'tcvn3' ? convertTcvn3(text, legacy.capitals) : convertVni(text);
    const run: SourceRun = {
      text: unicode.normalize('NFC'),
      bold: props.bold ?? false,
      italic: props.italic ?? false,
      underline: props.underline ?? false,
      format: {
        sizePt: props.sizeHalf !== undefined ? props.sizeHalf / 2 : 10,
        font: props.font ?? 'Times New Roman',
        caps: props.caps ?? false,
      },
    };
    if (footnote) run.footnote = footnote;
    runs.push(run);
  };
  const readRun = (r: XmlElement): void => {
    const direct = readRunProps(child(r, 'w:rPr'));
    const props = mergeRun(scope.base, scope.styles.charStyle(direct.rStyle ?? null), direct);
    for (const c of r.children) {
      if (typeof c === 'string') continue;
      switch (c.name) {
        case 'w:fldChar': {
          const type = c.attrs['w:fldCharType'];
          field = type === 'begin' ? 'instruction' : type === 'separate' ? 'result' : 'none';
          break;
        }
        case 'w:t':
          if (field !== 'instruction') push(c.children.filter((x) => typeof x === 'string').join(''), props);
          break;
        case 'w:tab':
          if (field !== 'instruction') push('\t', props);
          break;
        case 'w:br':
          if (c.attrs['w:type'] === 'page') pageBreak = true;
          else push('\n', props);
          break;
        case 'w:cr':
          push('\n', props);
          break;
        case 'w:noBreakHyphen':
          push('-', props);
          break;
        case 'w:sym':
          push(symbol(c), props);
          break;
        case 'w:footnoteReference': {
          const note = scope.footnotes.get(c.attrs['w:id'] ?? '');
          if (note && note.length > 0) push('', props, note);
          break;
        }
        case 'w:drawing':
        case 'w:pict':
        case 'mc:AlternateContent':
          collectTextBoxes(c, textBoxes);
          break;
      }
    }
  };
  const walk = (el: XmlElement, depth: number): void => {
    if (depth > 30) return;
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      if (c.name === 'w:r') readRun(c);
      else if (c.name === 'w:sdt') {
        const content = child(c, 'w:sdtContent');
        if (content) walk(content, depth + 1);
      } else if (CONTAINERS.has(c.name)) walk(c, depth + 1);
      else if (c.name === 'mc:AlternateContent') {
        const choice = child(c, 'mc:Choice') ?? child(c, 'mc:Fallback');
        if (choice) walk(choice, depth + 1);
      }
    }
  };
  walk(p, 0);
  return { runs, pageBreak, textBoxes };
}
