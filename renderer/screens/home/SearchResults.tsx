import type { ReactNode } from 'react';
import type { Passage, SearchHit } from '../../../electron/contract/model/office.ts';
import { statusNames } from '../../../electron/contract/model/status.ts';

/** The passage with its matches marked. */
function highlighted(p: Passage): ReactNode[] {
  const parts: ReactNode[] = [];
  let at = 0;
  [...p.highlights]
    .sort((a, b) => a.start - b.start)
    .forEach((h, i) => {
      if (h.start < at) return;
      parts.push(p.text.slice(at, h.start));
      parts.push(<mark key={i}>{p.text.slice(h.start, h.end)}</mark>);
      at = h.end;
    });
  parts.push(p.text.slice(at));
  return parts;
}

type Props = { query: string; hits: SearchHit[]; orgNames: Map<string, string>; onOpen: (id: number) => void };

/** Ranked hits with the passage where the words occur. */
export function SearchResults({ query, hits, orgNames, onOpen }: Props) {
  if (hits.length === 0) {
    return (
      <p className="empty" data-testid="search-empty">
        Không tìm thấy văn bản nào có “{query}”.
      </p>
    );
  }
  return (
    <ol className="search-hits" data-testid="search-results" aria-label={`Kết quả tìm “${query}”`}>
      {hits.map((hit) => (
        <li key={hit.document.id} className="search-hit" data-testid="search-hit" data-document-id={hit.document.id}>
          <button type="button" className="doc-open" onClick={() => onOpen(hit.document.id)}>
            <span className="doc-title">
              {orgNames.get(hit.document.orgId) ?? hit.document.orgId} · năm {hit.document.planYear} · {statusNames[hit.document.status]}
            </span>
            <span className="doc-summary">{hit.document.summary}</span>
            <span className="passage">{highlighted(hit.passage)}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}
