import { useEffect, useRef } from 'react';
import { TextField } from '../../app/TextField.tsx';

type Props = { query: string; onQuery: (q: string) => void; onSubmit: () => void; focusKey: number };

/** "Tìm trong văn bản" — searches every document (words with or without diacritics). */
export function SearchBox({ query, onQuery, onSubmit, focusKey }: Props) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusKey > 0) input.current?.focus();
  }, [focusKey]);
  return (
    <form
      className="search-box"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <label htmlFor="home-search" className="visually-hidden">
        Tìm trong các văn bản
      </label>
      <TextField
        ref={input}
        id="home-search"
        type="search"
        className="input search-input"
        data-testid="home-search"
        placeholder="Tìm trong các văn bản (Ctrl+F) — ví dụ: thu ngân sách"
        value={query}
        onCommit={onQuery}
        autoComplete="off"
      />
      {query ? (
        <button type="button" className="btn btn-small" data-testid="home-search-clear" onClick={() => onQuery('')}>
          Xóa tìm kiếm
        </button>
      ) : null}
    </form>
  );
}
