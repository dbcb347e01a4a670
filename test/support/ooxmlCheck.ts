import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './cli.ts';

/** The shared checker: ISO/IEC 29500 schemas, package rules, rPr/trPr order (../shared/tools/ooxml-check). */
export const OOXML_CHECK = join(projectRoot, '../shared/tools/ooxml-check/ooxml_check.py');

/** The first Python 3 that imports lxml: `python3` on PATH, else Debian's own (a pyenv shim may hide it). */
function pythonWithLxml(): string | null {
  for (const python of ['python3', '/usr/bin/python3']) {
    if (spawnSync(python, ['-c', 'import lxml.etree'], { stdio: 'ignore' }).status === 0) return python;
  }
  return null;
}

/**
 * The Python that runs ooxml-check, or null when there is none (the test is then skipped on a
 * developer machine). In CI (process.env.CI set) a missing Python, lxml or checker throws, as the
 * other tool tests do (`requireTool`).
 */
export function requireOoxmlCheck(): string | null {
  const python = pythonWithLxml();
  const checker = existsSync(OOXML_CHECK);
  if (python !== null && checker) return python;
  if (process.env.CI) {
    throw new Error(
      python === null
        ? 'Thiếu Python 3 với lxml trên máy CI: cài python3-lxml (apt-get install python3-lxml).'
        : `Không thấy ${OOXML_CHECK}: cần thư mục ../shared cạnh dự án.`,
    );
  }
  return null;
}

export type OoxmlReport = { file: string; lines: string[] };

/** Runs the checker on the files; its report split by file ("##### name.docx" headings). */
export function ooxmlCheck(python: string, files: readonly string[]): { status: number | null; reports: OoxmlReport[] } {
  const run = spawnSync(python, [OOXML_CHECK, ...files], { encoding: 'utf8', timeout: 170_000 });
  if (run.error) throw run.error;
  const reports: OoxmlReport[] = [];
  for (const line of run.stdout.split('\n')) {
    const heading = /^#####\s+(.+)$/.exec(line);
    if (heading) reports.push({ file: heading[1]?.trim() ?? '', lines: [] });
    else if (line.trim() !== '') reports.at(-1)?.lines.push(line);
  }
  return { status: run.status, reports };
}

/** Lines that fail a file: schema or package errors, and rPr/trPr children out of Word's order. */
export const failing = (report: OoxmlReport): string[] => report.lines.filter((l) => /^(ERROR|ORDER)\b/.test(l));
