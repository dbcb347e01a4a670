import { describe, expect, it } from 'vitest';
import { attachedNoteText as docxNote, appendixColumns as docxColumns } from '../../../electron/docx/appendix.ts';
import { authorityText as docxAuthority } from '../../../electron/docx/closing.ts';
import { placeDateText as docxPlaceDate } from '../../../electron/docx/header.ts';
import { markLines as docxMarks } from '../../../electron/docx/marks.ts';
import { numberHeadings } from '../../../electron/docx/numbering.ts';
import { printedRecipients as docxRecipients } from '../../../electron/docx/recipients.ts';
import { appendixRows as docxRows, targetLines as docxLines } from '../../../electron/docx/targets.ts';
import { headingLabels } from '../../../renderer/editor/plugins/Numbering/headingNumbers.ts';
import {
  appendixColumns,
  appendixRows,
  attachedNoteText,
  authorityText,
  markLines,
  placeDateText,
  printedRecipients,
  targetLines,
} from '../../../renderer/editor/page/printed.ts';
import { FIXTURES, loadResolution, profileFor } from '../../support/fixtures.ts';

/** The page on screen and the .docx must print the same words: the renderer's copies of the writer's rules agree with it. */
describe('what the page shows = what the writer prints', () => {
  for (const name of FIXTURES) {
    it(`agrees on ${name}`, () => {
      const doc = loadResolution(name);
      const profile = profileFor(doc);
      expect(targetLines(doc.targets)).toEqual(docxLines(doc.targets));
      expect(appendixRows(doc.targets)).toEqual(docxRows(doc.targets).map((row, i) => ({ ...row, key: appendixRows(doc.targets)[i]?.key, depth: appendixRows(doc.targets)[i]?.depth })));
      expect(printedRecipients(doc.recipients, profile)).toEqual(docxRecipients(doc.recipients, profile));
      expect(markLines(doc.marks, profile).map(({ text, style }) => ({ text, style }))).toEqual(docxMarks(doc.marks, profile));
      expect(placeDateText(doc)).toBe(docxPlaceDate(doc));
      expect(attachedNoteText(doc, profile)).toBe(docxNote(doc, profile));
      expect(authorityText(doc.signature)).toBe(docxAuthority(doc));
      expect(appendixColumns(doc, profile).map((c) => c.header)).toEqual(docxColumns(doc, profile).map((c) => c.header));
      const headings = doc.body.flatMap((b) => (b.type === 'heading' ? [{ level: b.level, label: b.label ?? null }] : []));
      const printed = numberHeadings(doc.body, profile).flatMap((b) => (b.type === 'heading' ? [b.label] : []));
      expect(headingLabels(headings, profile)).toEqual(printed);
    });
  }
});
