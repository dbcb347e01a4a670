import type { CSSProperties } from 'react';
import { pageMargins } from '../../../electron/format/pageMargins.ts';
import type { FormatProfile, TextStyle } from '../../../electron/format/profile.ts';

type Vars = CSSProperties & Record<`--${string}`, string>;

function style(name: string, s: TextStyle): Record<string, string> {
  return {
    [`--${name}-size`]: `${s.sizePt}pt`,
    [`--${name}-weight`]: s.bold ? '700' : '400',
    [`--${name}-style`]: s.italic ? 'italic' : 'normal',
    [`--${name}-transform`]: s.caps ? 'uppercase' : 'none',
    [`--${name}-decoration`]: s.underline ? 'underline' : 'none',
  };
}

/**
 * The format profile as CSS custom properties on the page, so the screen uses the same sizes,
 * styles, margins and spacing as the printed document (CSS mm and pt are at screen scale).
 */
export function profileVars(p: FormatProfile, orientation: 'portrait' | 'landscape' = 'portrait'): Vars {
  const [w, h] = orientation === 'portrait' ? [p.page.widthMm, p.page.heightMm] : [p.page.heightMm, p.page.widthMm];
  // A landscape page keeps the binding margin on the bound edge, as the .docx sets it (pageMargins).
  const m = pageMargins(p, orientation);
  return {
    '--font-family': `"${p.fontFamily}", "Liberation Serif", "Times New Roman", serif`,
    '--page-w': `${w}mm`,
    '--page-h': `${h}mm`,
    '--m-top': `${m.top}mm`,
    '--m-right': `${m.right}mm`,
    '--m-bottom': `${m.bottom}mm`,
    '--m-left': `${m.left}mm`,
    '--line': `${p.body.lineExactPt}pt`,
    '--indent': `${p.body.firstLineIndentMm}mm`,
    '--para-before': `${p.body.spaceBeforePt}pt`,
    '--para-after': `${p.body.spaceAfterPt}pt`,
    '--align': p.body.align,
    '--header-left': `${p.header.columns[0]}%`,
    '--header-right': `${p.header.columns[1]}%`,
    '--rule': `${p.header.partyTitle.rulePt}pt`,
    '--title-gap': `${p.title.spaceBeforePt}pt`,
    '--closing-left': `${p.layout.closingColumns[0]}%`,
    '--closing-gap': `${p.layout.closingSpaceBeforePt}pt`,
    '--table-border': `${p.layout.tableBorderPt}pt`,
    ...style('party', p.header.partyTitle.style),
    ...style('superior', p.header.superiorBody),
    ...style('issuing', p.header.issuingBody),
    ...style('asterisk', p.header.asterisk),
    ...style('number', p.header.number),
    ...style('placedate', p.header.placeDate),
    ...style('draft', p.marks.draft),
    ...style('secrecy', p.marks.secrecy),
    ...style('urgency', p.marks.urgency),
    ...style('circulation', p.marks.circulation),
    ...style('production', p.marks.productionNote),
    ...style('contact', p.marks.contact),
    ...style('doctype', p.title.documentType),
    ...style('conference', p.title.conference),
    ...style('summary', p.title.summary),
    ...style('decision', p.title.decisionLine),
    ...style('body', p.body.style),
    ...style('part-label', p.headings.partLabel),
    ...style('part-title', p.headings.partTitle),
    ...style('section', p.headings.section),
    ...style('item', p.headings.item),
    ...style('subitem', p.headings.subitem),
    ...style('subsubitem', p.headings.subsubitem),
    ...style('footnote', p.footnote),
    ...style('table', p.table.style),
    ...style('rec-label', p.recipients.label.style),
    ...style('rec-line', p.recipients.line),
    ...style('sig-authority', p.signature.authority),
    ...style('sig-title', p.signature.title),
    ...style('sig-name', p.signature.name),
    ...style('app-heading', p.appendix.heading),
    ...style('app-title', p.appendix.title),
    ...style('app-note', p.appendix.note),
    ...style('app-table', p.appendix.table),
  };
}
