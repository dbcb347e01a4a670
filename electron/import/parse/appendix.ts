import { isUpper, tidy } from '../layout/text.ts';
import type { SourceBlock, SourceTable } from '../source.ts';
import { setRole, type Roles } from './roles.ts';
import { isTargetsTable } from './targetTable.ts';

/**
 * The appendix: "PHỤ LỤC", its title in capitals ("CHỈ TIÊU KẾ HOẠCH NĂM 2022"), the
 * "(Kèm theo Nghị quyết số …)" line, and its tables. Blanks left for the clerk's pen in the
 * number and date ("04 -NQ/HU", "10 /12/2021") are closed up in the attached note.
 */

export type AppendixRead = { heading: string; title: string; attachedNote: string | null; tables: SourceTable[]; otherText: string[] };

/** "04 -NQ/HU ngày 10 /12/2021" -> "04-NQ/HU ngày 10/12/2021". */
export function closeBlanks(s: string): string {
  return s.replace(/(\d)\s+(?=[-/])/g, '$1').replace(/([-/])\s+(?=\d)/g, '$1');
}

export function readAppendix(blocks: readonly SourceBlock[], roles: Roles): AppendixRead {
  const out: AppendixRead = { heading: 'PHỤ LỤC', title: '', attachedNote: null, tables: [], otherText: [] };
  const titles: string[] = [];
  blocks.forEach((b, i) => {
    if (b.kind === 'table') {
      if (isTargetsTable(b) || out.tables.length > 0) out.tables.push(b);
      b.rows.flat(2).forEach((p) => setRole(roles, p.index, 'appendix'));
      return;
    }
    setRole(roles, b.index, 'appendix');
    const t = tidy(b.text);
    if (i === 0) out.heading = t.replace(/[:.]$/, '');
    // A note with its number left blank (a draft) is the writer's own: it is printed again from the header.
    else if (/^\(\s*Kèm theo/iu.test(t)) out.attachedNote = /\d\s*-\s*\p{Lu}/u.test(t) ? closeBlanks(t) : null;
    else if (out.tables.length === 0 && out.attachedNote === null && isUpper(t)) titles.push(t);
    else out.otherText.push(t);
  });
  out.title = titles.join('\n');
  return out;
}
