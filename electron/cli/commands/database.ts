import { callOptions, parseCommand, storeOptions, usageError, type Command } from '../args.ts';
import { runVerb } from '../call.ts';
import { EXIT_OK } from '../output.ts';
import { databaseFile } from '../store.ts';

/** soan-nq db init | db seed-demo */

const usage = `  soan-nq db init                                     Tạo hoặc nâng cấp cơ sở dữ liệu
  soan-nq db seed-demo                                Nạp dữ liệu mẫu (khi cơ sở dữ liệu còn trống)`;

export const dbCommand: Command = {
  name: 'db',
  usage,
  async run(argv, io) {
    const parsed = parseCommand(io, argv, storeOptions, usage);
    if (typeof parsed === 'number') return parsed;
    const [sub, ...extra] = parsed.positionals;
    const options = callOptions(parsed.values);
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
        if (!seeded) return (io.out(`Cơ sở dữ liệu ${databaseFile(parsed.values.db)} đã có dữ liệu; không nạp dữ liệu mẫu.`), EXIT_OK);
        io.out(
          `Đã nạp dữ liệu mẫu vào ${databaseFile(parsed.values.db)}: ${seeded.organizations} cơ quan, ${seeded.documents} nghị quyết, ${seeded.results} kết quả thực hiện.`,
        );
        return EXIT_OK;
      });
    }
    return usageError(io, 'dùng "soan-nq db init" hoặc "soan-nq db seed-demo".', usage);
  },
};
