import { statSync } from 'node:fs';
import { findingPlace } from '../../format/findingPlace.ts';
import type { ApiRequest } from '../../contract/api.ts';
import type { Finding } from '../../contract/model/office.ts';
import type { Call } from '../commandTable.ts';
import { NO_STORE, runVerb } from '../call.ts';
import { documentFileError, readDocumentFile, readInputFile } from '../files.ts';
import { EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK, printError, type Io } from '../output.ts';
import type { checkOptions, exportOptions } from '../table/files.ts';

/** soan-nq export and soan-nq check: a document given as a file. */

export async function exportFile({ io, values, positionals, usage }: Call<typeof exportOptions>): Promise<number> {
  const [input, ...extra] = positionals;
  const out = values.out;
  if (!input || !out || extra.length > 0) return usage('cần đúng một tệp văn bản và tệp xuất (-o).');
  const content = await readDocumentFile(input);
  if (!content.ok) return (printError(io, content.error), EXIT_FAILURE);
  return runVerb(
    io,
    'exportContent',
    { content: asContent(content.value) },
    { db: NO_STORE, out },
    async () => {
      const bytes = statSync(out).size;
      io.out(`Đã xuất ${out} (${Math.round(bytes / 1024)} KB).`);
      return EXIT_OK;
    },
    (error) => documentFileError(input, error),
  );
}

/** A document read from its file, unchecked: the verb's request schema checks it (once, in the dispatcher). */
const asContent = (value: unknown) => value as ApiRequest<'exportContent'>['content'];

type CheckReport = { profile: { id: string; name: string }; findings: Finding[]; errors: number; warnings: number };

/** The findings as the command prints them; exit 1 when there is an error. */
/**
 * What the command line cannot check: the page layout findings need the pages laid out, which
 * only the app's page view does (in Chromium); the check says so rather than staying silent.
 */
const NOT_CHECKED = [
  'Bố cục trang (phần chữ ký và "Nơi nhận" một mình một trang, đề mục hay hàng tiêu đề bảng ở cuối trang, trang chỉ có phần cuối của bảng) không kiểm tra được ở dòng lệnh vì cần dàn trang: mở văn bản trong ứng dụng, khung "Kiểm tra thể thức".',
];

function printCheck(io: Io, file: string, json: boolean, report: CheckReport, where: (f: Finding) => string): number {
  const { profile, findings, errors, warnings } = report;
  if (json) {
    io.out(JSON.stringify({ profile: profile.id, errors, warnings, findings, notChecked: NOT_CHECKED }, null, 2));
  } else {
    io.out(`Kiểm tra thể thức theo ${profile.name}: ${file}`);
    for (const f of findings) {
      io.out(`${f.severity === 'error' ? 'LỖI      ' : 'CẢNH BÁO '} ${where(f)}${f.message}`);
      io.out(`          Cách sửa: ${f.fix}`);
    }
    io.out(findings.length === 0 ? 'Không có sai sót về thể thức.' : `Tổng cộng: ${errors} lỗi, ${warnings} cảnh báo.`);
    for (const note of NOT_CHECKED) io.out(`Chưa kiểm tra: ${note}`);
  }
  return errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}

export async function checkFile({ io, values, positionals, usage }: Call<typeof checkOptions>): Promise<number> {
  const [input, ...extra] = positionals;
  if (!input || extra.length > 0) return usage('cần đúng một tệp văn bản (.json) hoặc tệp Word (.docx).');
  const json = values.json === true;
  const options = { db: NO_STORE };
  if (/\.(docx|docm|dotx|doc)$/i.test(input)) {
    const file = await readInputFile(input);
    if (!file.ok) return (printError(io, file.error), EXIT_FAILURE);
    return runVerb(io, 'checkDocx', { fileName: input, base64: file.value.base64 }, options, (report) =>
      printCheck(io, input, json, report, () => ''),
    );
  }
  const content = await readDocumentFile(input);
  if (!content.ok) return (printError(io, content.error), EXIT_FAILURE);
  return runVerb(
    io,
    'checkContent',
    { content: asContent(content.value) },
    options,
    (report) => printCheck(io, input, json, report, (f) => `${findingPlace(f.path)}: `),
    (error) => documentFileError(input, error),
  );
}
