import type { Db } from './db.ts';
import { foldText, ftsQuery, WORD } from './fold.ts';
import type { Candidate, SearchWords } from './searchRank.ts';
import { prepared } from './statements.ts';

/** Matching documents newest first (highest id), below `before`: the index serves this order without ranking. */
const NEWEST_SQL = `SELECT rowid FROM document_search WHERE document_search MATCH @match AND rowid < @before
  ORDER BY rowid DESC LIMIT @count`;

/** The documents of some organizations (ids as a JSON array), newest first, below `before`. */
const BODY_DOCUMENTS_SQL = `SELECT id FROM documents WHERE org_id IN (SELECT value FROM json_each(@orgs)) AND id < @before
  ORDER BY id DESC LIMIT @count`;
/** Which of some documents (ids as a JSON array) match: the index is asked about each by rowid. */
const MATCHING_SQL =
  'SELECT rowid FROM document_search WHERE document_search MATCH @match AND rowid IN (SELECT value FROM json_each(@ids))';

const ORGS_SQL = 'SELECT id, name, place, superior_body AS superior FROM organizations';
/** Changes whenever an organization is added, removed or renamed. */
const ORGS_KEY_SQL = `SELECT count(*) || '|' || ifnull(max(updated_at), '') || '|' ||
  total(length(name) + length(place) + ifnull(length(superior_body), 0)) FROM organizations`;
type OrgNames = { id: string; name: string; place: string; superior: string | null };
type Names = { key: string; orgs: Array<{ id: string; words: string[] }> };

/** A folded text's words between single spaces, with a space before and after: a phrase is then found at word boundaries. */
const spaced = (text: string) => ` ${(foldText(text).match(WORD) ?? []).join(' ')} `;

/** The folded names of the organizations, folded again only when they changed. */
const names = new WeakMap<Db, Names>();
function orgNames(db: Db): Names['orgs'] {
  const key = String(prepared(db, ORGS_KEY_SQL).pluck().get());
  const known = names.get(db);
  if (known?.key === key) return known.orgs;
  const orgs = prepared<[], OrgNames>(db, ORGS_SQL)
    .all()
    .map((o) => ({ id: o.id, words: [o.name, o.place, o.superior ?? ''].map(spaced) }));
  names.set(db, { key, orgs });
  return orgs;
}

/**
 * The organizations the query names: the words side by side (the last as a prefix, if it is) in the body's
 * name, place or superior body ("Đức Trọng": Huyện ủy Đức Trọng and the đảng ủy under it). None
 * when they are half of all or more: the name then tells nothing apart ("đảng").
 */
function namedBodies(db: Db, { terms, prefix }: SearchWords): string[] {
  const orgs = orgNames(db);
  const phrase = ` ${terms.join(' ')}${prefix ? '' : ' '}`;
  const named = orgs.filter((o) => o.words.some((words) => words.includes(phrase)));
  return 2 * named.length < orgs.length ? named.map((o) => o.id) : [];
}

/** A folded word as an FTS5 string: quoted, so that nothing in it is read as FTS syntax. */
const quoted = (term: string) => `"${term.replace(/"/g, '""')}"`;

/** Up to `count` ids of a tier below `before`, newest first; `last`: where the next page starts (null: no more). */
type Page = { ids: number[]; last: number | null };
type Tier = (before: number, count: number) => Page;

/**
 * The tiers of a common query, best first: the documents of the bodies the query names, the words
 * side by side in the title, all the words in the title, the words side by side anywhere (as the
 * index sees words: punctuation between them does not part them), the rest. Outside the title the
 * words are taken whole first, then with the last as a prefix (search as you type: "duc tro" finds
 * "Đức Trọng"): the word the query ends with is a whole word of most documents (isCommonQuery),
 * and asking the whole index for a prefix reads the lists of every word it begins (a few ms each
 * time for "hoa" or "so"), so it is asked only when the whole words did not fill the page. In the
 * title a prefix costs little. One word: the bodies it names, the title, the rest (whole, then as a prefix).
 */
function tiers(db: Db, { terms, prefix: asPrefix }: SearchWords): Tier[] {
  const newest = prepared<{ match: string; before: number; count: number }, number>(db, NEWEST_SQL).pluck();
  const byIndex =
    (match: string): Tier =>
    (before, count) => {
      const ids = newest.all({ match, before, count });
      return { ids, last: ids.length < count ? null : (ids[ids.length - 1] ?? null) };
    };
  const words = terms.map(quoted).join(' AND ');
  const prefix = ftsQuery(terms, asPrefix) ?? '';
  const phrase = quoted(terms.join(' '));
  const star = asPrefix ? '*' : '';
  const matches = (
    terms.length === 1
      ? [`{heading}: ${prefix}`, words, prefix]
      : [`{heading}: ${phrase}${star}`, `{heading}: (${prefix})`, phrase, `${phrase}${star}`, words, prefix]
  ).filter((match, i, all) => all.indexOf(match) === i);
  const bodies = namedBodies(db, { terms, prefix: asPrefix });
  if (bodies.length === 0) return matches.map(byIndex);
  const orgs = JSON.stringify(bodies);
  const documents = prepared<{ orgs: string; before: number; count: number }, number>(db, BODY_DOCUMENTS_SQL).pluck();
  const matching = prepared<{ match: string; ids: string }, number>(db, MATCHING_SQL).pluck();
  const ofBodies: Tier = (before, count) => {
    const ids = documents.all({ orgs, before, count });
    const found = new Set(matching.all({ match: words, ids: JSON.stringify(ids) }));
    return { ids: ids.filter((id) => found.has(id)), last: ids.length < count ? null : (ids[ids.length - 1] ?? null) };
  };
  return [ofBodies, ...matches.map(byIndex)];
}

/**
 * Matches of a common query (see isCommonQuery) in tiers, newest first within a tier, read a page
 * at a time (from the index in rowid order, which FTS5 gives without ranking) until `accept` has
 * taken `limit` of them (it refuses documents in the bin). Score: the tier, higher is better.
 */
export function rankedByTier(db: Db, words: SearchWords, limit: number, accept: (id: number) => boolean): Candidate[] {
  const taken: Candidate[] = [];
  const seen = new Set<number>();
  const list = tiers(db, words);
  list.forEach((tier, index) => {
    for (let before: number | null = Number.MAX_SAFE_INTEGER; before !== null && taken.length < limit;) {
      const page = tier(before, limit - taken.length + seen.size);
      for (const id of page.ids) {
        if (taken.length >= limit) break;
        if (seen.has(id)) continue;
        seen.add(id);
        if (accept(id)) taken.push({ id, score: list.length - index });
      }
      before = page.last;
    }
  });
  return taken;
}
