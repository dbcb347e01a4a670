import { callOptions, parseCommand, storeOptions, usageError, type Command } from '../args.ts';
import { runVerb } from '../call.ts';
import { EXIT_OK } from '../output.ts';

/** soan-nq search "<words>" [--org <org>] */

const usage = '  soan-nq search "<từ khóa>" [--org <mã>] [--json]     Tìm văn bản, không phân biệt dấu và hoa/thường';

export const searchCommand: Command = {
  name: 'search',
  usage,
  async run(argv, io) {
    const parsed = parseCommand(io, argv, { ...storeOptions, org: { type: 'string' } }, usage);
    if (typeof parsed === 'number') return parsed;
    const words = parsed.positionals.join(' ').trim();
    if (!words) return usageError(io, 'cần từ khóa để tìm.', usage);
    const { org, json } = parsed.values;
    return runVerb(io, 'search', { query: words, ...(org ? { orgId: org } : {}) }, callOptions(parsed.values), (hits) => {
      if (json) {
        const rows = hits.map((h) => ({
          id: h.document.id,
          org: h.document.orgId,
          year: h.document.planYear,
          title: h.document.title,
          score: h.score,
          passage: h.passage.text,
        }));
        io.out(JSON.stringify(rows, null, 2));
        return EXIT_OK;
      }
      if (hits.length === 0) io.out(`Không tìm thấy văn bản nào có "${words}".`);
      hits.forEach((h, i) => {
        io.out(`${i + 1}. #${h.document.id} ${h.document.orgId} năm ${h.document.planYear} — ${h.document.summary.replace(/\n/g, ' ')}`);
        io.out(`   ${h.passage.text}`);
      });
      return EXIT_OK;
    });
  },
};
