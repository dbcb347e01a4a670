import { useEffect, useState } from 'react';
import type { Editor } from '../../../electron/contract/api.ts';
import { useApi } from '../../api/useApi.ts';

/** The editor says "I have this document open" this often; the office server forgets a touch after 30 s. */
export const PRESENCE_MS = 10_000;

/** Names as a Vietnamese list: "A", "A và B", "A, B và C". */
export function namesText(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} và ${names.at(-1) ?? ''}`;
}

/** Who else has the document open: touches every 10 s while it is open, leaves when it closes. */
export function usePresence(documentId: number): Editor[] {
  const api = useApi();
  const [editors, setEditors] = useState<Editor[]>([]);
  useEffect(() => {
    let open = true;
    const touch = () =>
      void api['presence.touch']({ documentId }).then((result) => {
        if (open && result.ok) setEditors(result.value.editors);
      });
    touch();
    const timer = window.setInterval(touch, PRESENCE_MS);
    return () => {
      open = false;
      window.clearInterval(timer);
      void api['presence.leave']({ documentId });
    };
  }, [api, documentId]);
  return editors;
}
