import { callOptions, type Call, type storeOptions } from '../commandTable.ts';
import { runVerb } from '../call.ts';
import { EXIT_OK } from '../output.ts';
import { databaseFile } from '../store.ts';

/** soan-nq db init | db seed-demo */

export function database({ io, values, positionals, usage }: Call<typeof storeOptions>): Promise<number> | number {
  const [sub, ...extra] = positionals;
  const options = callOptions(values);
  if (sub === 'init' && extra.length === 0) {
    return runVerb(io, 'databaseStatus', {}, options, (s) => {
      io.out(
        `Cơ sở dữ liệu: ${s.path} (phiên bản ${s.version}${s.migratedFrom !== s.version ? `, đã nâng cấp từ ${s.migratedFrom}` : ''}).`,
      );
      if (s.backupPath) io.out(`Bản sao lưu trước khi nâng cấp: ${s.backupPath}`);
      return EXIT_OK;
    });
  }
  if (sub === 'seed-demo' && extra.length === 0) {
    return runVerb(io, 'seedDemo', {}, options, ({ seeded }) => {
      if (!seeded) return (io.out(`Cơ sở dữ liệu ${databaseFile(values.db)} đã có dữ liệu; không nạp dữ liệu mẫu.`), EXIT_OK);
      io.out(
        `Đã nạp dữ liệu mẫu vào ${databaseFile(values.db)}: ${seeded.organizations} cơ quan, ${seeded.documents} nghị quyết, ${seeded.results} kết quả thực hiện.`,
      );
      return EXIT_OK;
    });
  }
  return usage('dùng "soan-nq db init" hoặc "soan-nq db seed-demo".');
}
