import type { SourceBlock, SourcePara, SourceRun } from '../source.ts';

/**
 * Runs of paragraphs with the same number (≥ 3) of tab-separated cells become a table: an
 * appendix table saved as text, or typed with tabs. A blank line inside such a run (a table
 * continued on the next page) does not end it. Works on text and .docx paragraphs alike.
 */

const cellCount = (p: SourcePara): number => (p.text.match(/\t/g)?.length ?? 0) + 1;

/** Splits a paragraph's runs at tabs, one run list per cell. */
function cellsOf(runs: readonly SourceRun[]): SourceRun[][] {
  const cells: SourceRun[][] = [[]];
  for (const r of runs) {
    if (r.footnote) {
      cells[cells.length - 1]?.push(r);
      continue;
    }
    r.text.split('\t').forEach((piece, i) => {
      if (i > 0) cells.push([]);
      if (piece !== '') cells[cells.length - 1]?.push({ ...r, text: piece });
    });
  }
  return cells;
}

export function groupTabTables(blocks: readonly SourceBlock[], firstTable: number): SourceBlock[] {
  const out: SourceBlock[] = [];
  let tables = firstTable;
  for (let i = 0; i < blocks.length;) {
    const b = blocks[i];
    if (!b) break;
    if (b.kind !== 'para' || b.cell) {
      out.push(b);
      i += 1;
      continue;
    }
    const width = cellCount(b);
    let j = i + 1;
    while (width >= 3 && j < blocks.length) {
      const next = blocks[j];
      if (!next || next.kind !== 'para' || next.cell || cellCount(next) !== width) break;
      j += 1;
    }
    if (width < 3 || j - i < 2) {
      out.push(b);
      i += 1;
      continue;
    }
    tables += 1;
    const table = tables;
    const rows = (blocks.slice(i, j) as SourcePara[]).map((p, r) =>
      cellsOf(p.runs).map((runs, c): SourcePara[] =>
        runs.some((x) => x.text.trim() !== '' || x.footnote)
          ? [
              {
                ...p,
                runs,
                text: runs.map((x) => (x.footnote ? '' : x.text)).join(''),
                label: null,
                bullet: false,
                cell: { table, row: r, col: c },
              },
            ]
          : [],
      ),
    );
    out.push({ kind: 'table', index: table, rows });
    i = j;
  }
  return out;
}
