/**
 * Who is editing which document, for the office server (issue 17): kept in memory only, each
 * entry forgotten 30 s after its last touch (a client that vanished stops showing). Local mode has
 * no board: the verbs answer that no one else is editing.
 */
export const PRESENCE_TTL_MS = 30_000;

export type Editor = { name: string; since: string };

type Entry = { since: number; seen: number };

export type PresenceBoard = {
  /** Marks `name` as editing `documentId`; returns the others editing it, earliest first. */
  touch: (documentId: number, name: string) => Editor[];
  leave: (documentId: number, name: string) => void;
};

export function createPresenceBoard(now: () => number = Date.now, ttlMs = PRESENCE_TTL_MS): PresenceBoard {
  const documents = new Map<number, Map<string, Entry>>();
  const alive = (documentId: number): Map<string, Entry> => {
    const editors = documents.get(documentId) ?? new Map<string, Entry>();
    const at = now();
    for (const [name, entry] of editors) if (at - entry.seen > ttlMs) editors.delete(name);
    if (editors.size === 0) documents.delete(documentId);
    return editors;
  };
  return {
    touch(documentId, name) {
      const editors = alive(documentId);
      const at = now();
      editors.set(name, { since: editors.get(name)?.since ?? at, seen: at });
      documents.set(documentId, editors);
      return [...editors]
        .filter(([other]) => other !== name)
        .sort(([, a], [, b]) => a.since - b.since)
        .map(([other, entry]) => ({ name: other, since: new Date(entry.since).toISOString() }));
    },
    leave(documentId, name) {
      const editors = alive(documentId);
      editors.delete(name);
      if (editors.size === 0) documents.delete(documentId);
    },
  };
}
