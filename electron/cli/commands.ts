import { checkResolution, countFindings } from '../services/check/index.ts';
import { profileFor, readResolutionFile } from '../services/documents.ts';
import { exportResolution } from '../services/export.ts';
import { EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK, printError, type Io } from './output.ts';

/** soan-nq export <document.json> -o <out.docx> */
export async function runExport(io: Io, input: string, output: string): Promise<number> {
  const doc = await readResolutionFile(input);
  if (!doc.ok) {
    printError(io, doc.error);
    return EXIT_FAILURE;
  }
  const written = await exportResolution(doc.value, output);
  if (!written.ok) {
    printError(io, written.error);
    return EXIT_FAILURE;
  }
  io.out(`Đã xuất ${written.value.path} (${Math.round(written.value.bytes / 1024)} KB).`);
  return EXIT_OK;
}

/** soan-nq check <document.json> [--json] */
export async function runCheck(io: Io, input: string, json: boolean): Promise<number> {
  const doc = await readResolutionFile(input);
  if (!doc.ok) {
    printError(io, doc.error);
    return EXIT_FAILURE;
  }
  const profile = profileFor(doc.value);
  if (!profile.ok) {
    printError(io, profile.error);
    return EXIT_FAILURE;
  }
  const findings = checkResolution(doc.value, profile.value);
  const { errors, warnings } = countFindings(findings);
  if (json) {
    io.out(JSON.stringify({ profile: profile.value.id, errors, warnings, findings }, null, 2));
  } else {
    io.out(`Kiểm tra thể thức theo ${profile.value.name}: ${input}`);
    for (const f of findings) {
      io.out(`${f.severity === 'error' ? 'LỖI      ' : 'CẢNH BÁO '} ${f.path}: ${f.message}`);
      io.out(`          Cách sửa: ${f.fix}`);
    }
    io.out(findings.length === 0 ? 'Không có sai sót về thể thức.' : `Tổng cộng: ${errors} lỗi, ${warnings} cảnh báo.`);
  }
  return errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}
