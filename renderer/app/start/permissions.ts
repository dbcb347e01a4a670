import { createContext, useContext } from 'react';
import { permitted, roleNames, whoMay, type Action, type Person } from '../../../electron/contract/model/people.ts';

/**
 * The person working and the office's people, as StartGate knows them (none before the office names its
 * people); `peopleChanged` tells it the people were changed (by "Người dùng"), with the name added, if any.
 */
export type PersonState = { person: Person | null; people: readonly Person[]; peopleChanged?: (added: string | null) => void };

export const PersonContext = createContext<PersonState>({ person: null, people: [] });

/**
 * Null when the person working may do `action` (the same rule the dispatcher applies: contract
 * `permitted`); else the tooltip saying who may, e.g. "Việc này do văn thư làm (bạn là chuyên viên)."
 */
export function refusal(state: PersonState, action: Action): string | null {
  const office = { people: state.people.length, admins: state.people.filter((p) => p.roles.includes('quan-tri')).length };
  if (permitted(office, state.person?.roles ?? null, action)) return null;
  return refusalText(state.person, action);
}

/** The tooltip of a refused `action`: who may do it, and the roles of the person working. */
export function refusalText(person: Person | null, action: Action): string {
  const mine = person ? ` (bạn là ${person.roles.map((r) => roleNames[r]).join(', ')})` : '';
  return `Việc này do ${whoMay(action)} làm${mine}.`;
}

/** `refusal` for the person working now. */
export function useRefusal(action: Action): string | null {
  return refusal(useContext(PersonContext), action);
}
