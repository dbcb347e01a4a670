import { useEffect, useState } from 'react';
import type { StatusEvent } from '../../../electron/contract/workflow.ts';
import { call, useApi } from '../../api/useApi.ts';
import { isoDayVi } from '../../app/format.ts';

/** While a draft is returned: why, by whom and when (the last "Trả lại" of its history), until it is resubmitted. */
export function ReturnReason({ documentId, version }: { documentId: number; version: number }) {
  const api = useApi();
  const [event, setEvent] = useState<StatusEvent | null>(null);
  useEffect(() => {
    void call(() => api.documentHistory({ id: documentId })).then((r) => {
      if (r.ok) setEvent([...r.value].reverse().find((e) => e.to === 'tra-lai' && e.from !== 'tra-lai') ?? null);
    });
  }, [api, documentId, version]);
  if (!event) return null;
  return (
    <span className="review-return-reason" role="note" data-testid="return-reason">
      Lý do trả lại: {event.reason} — {event.who}, {isoDayVi(event.at.slice(0, 10))}
    </span>
  );
}
