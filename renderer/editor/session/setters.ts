import type { Dispatch, SetStateAction } from 'react';
import type { DocParts } from './parts.ts';

/** One stable setter per part of the document, so each panel re-renders only when its part changes. */
export type Setters = { [K in keyof DocParts]: (value: DocParts[K]) => void };

export function makeSetters(setParts: Dispatch<SetStateAction<DocParts>>): Setters {
  const one =
    <K extends keyof DocParts>(key: K) =>
    (value: DocParts[K]): void =>
      setParts((p) => (p[key] === value ? p : { ...p, [key]: value }));
  return {
    schemaVersion: one('schemaVersion'),
    profileId: one('profileId'),
    kind: one('kind'),
    planYear: one('planYear'),
    header: one('header'),
    marks: one('marks'),
    title: one('title'),
    targets: one('targets'),
    recipients: one('recipients'),
    signature: one('signature'),
    appendix: one('appendix'),
  };
}
