import { useEffect, useMemo, useRef } from 'react';
import { sourceFormatNames, type SourceFormat } from '../../../electron/contract/imports.ts';
import { matchingParagraphs } from './importDraft.ts';

type Props = {
  fileName: string;
  paragraphs: readonly string[];
  format: SourceFormat;
  /** The text of the field being corrected: its paragraphs are marked. */ focusText: string;
};

/** The file as read, paragraph by paragraph (table cells included), to compare with what the app made of it. */

export function OriginalText({ fileName, paragraphs, format, focusText }: Props) {
  const marked = useMemo(() => new Set(matchingParagraphs(paragraphs, focusText)), [paragraphs, focusText]);
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const first = Math.min(...marked);
    if (Number.isFinite(first)) list.current?.children[first]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [marked]);
  return (
    <section className="import-original" aria-labelledby="original-title" data-testid="import-original">
      <h2 id="original-title" className="column-title">
        Bản gốc{' '}
        <span className="hint">
          — {fileName} ({sourceFormatNames[format]}, {paragraphs.length} đoạn)
        </span>
      </h2>
      <ol className="original-text" ref={list}>
        {paragraphs.map((p, i) => (
          <li key={i} className={marked.has(i) ? 'original-para marked' : 'original-para'} data-testid="original-para">
            {p}
          </li>
        ))}
      </ol>
    </section>
  );
}
