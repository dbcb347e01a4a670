import type { Suggestion } from '../../../electron/contract/model/review.ts';
import { dateTimeVi } from '../../app/format.ts';

/** Words the suggestions list shows (pure, tested without a browser). */

/** When a suggestion was made or decided, "06/12/2026 09:00" (local time of the machine); nothing without a readable time. */
export function momentVi(iso: string | null): string {
  return iso && !Number.isNaN(Date.parse(iso)) ? dateTimeVi(iso) : '';
}

/** Open ones first (reading order), then the unplaced, then those decided. */
export function orderSuggestions(list: readonly Suggestion[]): Suggestion[] {
  const rank: Record<Suggestion['state'], number> = { open: 0, unplaced: 1, accepted: 2, rejected: 2 };
  return [...list].sort((a, b) => rank[a.state] - rank[b.state] || a.id - b.id);
}
