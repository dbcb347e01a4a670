import { memo } from 'react';
import type { Paragraph } from '../../../electron/contract/model/body.ts';
import { runsToText } from '../../../electron/contract/model/inline.ts';
import type { Title } from '../../../electron/contract/model/parts.ts';
import { summaryLengthWarning } from '../../../electron/format/summary.ts';
import { TextArea } from '../../app/TextArea.tsx';
import { TextField } from '../../app/TextField.tsx';

type Props = { title: Title; separator: string | null; onChange: (title: Title) => void };

function SummaryWarning({ summary }: { summary: string }) {
  const warning = summaryLengthWarning(summary);
  if (warning === null) return null;
  return (
    <p className="screen-control warning summary-warning" role="status" data-testid="title-summary-warning">
      ⚠ {warning}
    </p>
  );
}

const plain = (p: Paragraph): string => runsToText(p.runs);

/** A preamble paragraph after an edit: its runs become one plain run only when the words changed. */
function edited(p: Paragraph, text: string): Paragraph {
  return plain(p) === text ? p : { ...p, runs: text === '' ? [] : [{ type: 'text', text }] };
}

/** Box 5a: "NGHỊ QUYẾT", the conference lines, the summary and "-----"; then a conference resolution's preamble and "QUYẾT NGHỊ". */
export const TitleBlock = memo(function TitleBlock({ title, separator, onChange }: Props) {
  const setLines = (conferenceLines: string[]): void => onChange({ ...title, conferenceLines });
  return (
    <div className="pf-title" data-testid="page-title">
      <TextField
        className="pf-field pf-doctype"
        data-spell=""
        aria-label="Tên loại văn bản"
        data-testid="title-document-type"
        value={title.documentType}
        onCommit={(documentType) => onChange({ ...title, documentType })}
      />
      {title.conferenceLines.map((line, i) => (
        <div key={i} className="pf-line-with-control">
          <TextField
            className="pf-field pf-conference"
            data-spell=""
            aria-label={`Dòng hội nghị ${i + 1}`}
            data-testid="title-conference-line"
            value={line}
            onCommit={(v) => setLines(title.conferenceLines.map((l, k) => (k === i ? v : l)))}
          />
          <button
            type="button"
            className="screen-control side-control"
            aria-label={`Bỏ dòng hội nghị ${i + 1}`}
            onClick={() => setLines(title.conferenceLines.filter((_, k) => k !== i))}
          >
            ×
          </button>
        </div>
      ))}
      <TextArea
        className="pf-field pf-summary"
        data-spell=""
        aria-label="Trích yếu"
        data-testid="title-summary"
        rows={Math.max(1, title.summary.split('\n').length)}
        value={title.summary}
        onCommit={(summary) => onChange({ ...title, summary })}
      />
      <SummaryWarning summary={title.summary} />
      {separator !== null ? <div className="pf-separator">{separator}</div> : null}
      {title.preamble.map((p, i) => (
        <TextArea
          key={i}
          className="pf-field pf-preamble"
          data-spell=""
          aria-label={`Đoạn mở đầu ${i + 1}`}
          value={plain(p)}
          onCommit={(text) => onChange({ ...title, preamble: title.preamble.map((q, k) => (k === i ? edited(q, text) : q)) })}
        />
      ))}
      {title.decisionLine !== null ? (
        <TextField
          className="pf-field pf-decision"
          data-spell=""
          aria-label="Dòng quyết nghị"
          value={title.decisionLine}
          onCommit={(v) => onChange({ ...title, decisionLine: v.trim() === '' ? null : v })}
        />
      ) : null}
      <div className="screen-control title-controls">
        <button type="button" className="btn btn-link" onClick={() => setLines([...title.conferenceLines, 'HỘI NGHỊ LẦN THỨ …'])}>
          + Dòng hội nghị
        </button>
        <button
          type="button"
          className="btn btn-link"
          onClick={() => onChange({ ...title, preamble: [...title.preamble, { type: 'paragraph', runs: [] }] })}
        >
          + Đoạn mở đầu
        </button>
        {title.decisionLine === null ? (
          <button type="button" className="btn btn-link" onClick={() => onChange({ ...title, decisionLine: 'QUYẾT NGHỊ' })}>
            + “QUYẾT NGHỊ”
          </button>
        ) : null}
      </div>
    </div>
  );
});
