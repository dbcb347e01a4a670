import { callOptions, type Call } from '../commandTable.ts';
import { runVerb } from '../call.ts';
import { EXIT_OK } from '../output.ts';
import type { searchOptions } from '../table/files.ts';

/** soan-nq search "<words>" [--org <org>] */

export function search({ io, values, positionals, usage }: Call<typeof searchOptions>): Promise<number> | number {
  const words = positionals.join(' ').trim();
  if (!words) return usage('cần từ khóa để tìm.');
  const { org, json } = values;
  return runVerb(io, 'search', { query: words, ...(org ? { orgId: org } : {}) }, callOptions(values), (hits) => {
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
}
