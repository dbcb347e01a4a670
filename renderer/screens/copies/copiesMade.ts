import { useSyncExternalStore } from 'react';

/**
 * How many copies this window has made: what shows a document's copies (its "Lịch sử") reads them
 * again when a copy is made while it is open, since a copy changes no version of the document.
 */
let made = 0;
const listeners = new Set<() => void>();

export function copyMade(): void {
  made += 1;
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useCopiesMade(): number {
  return useSyncExternalStore(subscribe, () => made);
}
