import type { DocumentSummary } from '../../../electron/contract/model/office.ts';
import { statusNames } from '../../../electron/contract/model/status.ts';
import { bodyKindLabels } from '../../app/labels.ts';
import { DocumentRow } from './DocumentRow.tsx';
import type { OrgGroup } from './grouping.ts';

type Props = {
  groups: OrgGroup[];
  onOpen: (id: number) => void;
  onDuplicate: (doc: DocumentSummary) => void;
  onDelete: (doc: DocumentSummary) => void;
  onResults?: ((doc: DocumentSummary) => void) | undefined;
};

/** Documents by issuing body, then year, then status. */
export function DocumentGroups({ groups, onOpen, onDuplicate, onDelete, onResults }: Props) {
  return (
    <div className="doc-groups" data-testid="document-list">
      {groups.map((g) => (
        <section key={g.orgId} className="org-group" data-testid="org-group" data-org={g.orgId} aria-labelledby={`org-${g.orgId}`}>
          <h2 id={`org-${g.orgId}`} className="org-name">
            {g.name}
            {g.org ? <span className="org-kind"> · {bodyKindLabels[g.org.bodyKind]}</span> : null}
          </h2>
          {g.years.map((y) => (
            <div key={y.year} className="year-group" data-testid="year-group" data-year={y.year}>
              <h3 className="year-title">Năm {y.year}</h3>
              {y.statuses.map((s) => (
                <div key={s.status} className="status-group">
                  <h4 className="status-title">
                    {statusNames[s.status]} <span className="count">({s.documents.length})</span>
                  </h4>
                  <ul className="doc-list">
                    {s.documents.map((d) => (
                      <DocumentRow
                        key={d.id}
                        doc={d}
                        org={g.org}
                        onOpen={onOpen}
                        onDuplicate={onDuplicate}
                        onDelete={onDelete}
                        onResults={onResults}
                      />
                    ))}
                  </ul>
                </div>
              ))}
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
