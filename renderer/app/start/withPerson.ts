import { apiNames, type Api } from '../../../electron/contract/api.ts';

/** The contract with the person working sent along with every call (the Node side records and checks it). */
export function withPerson(api: Api, who: string | null): Api {
  if (who === null) return api;
  const calls: Record<string, (request: unknown) => unknown> = {};
  const raw = api as unknown as Record<string, (request: unknown, who?: string) => unknown>;
  for (const name of apiNames) calls[name] = (request) => raw[name]?.(request, who);
  return calls as unknown as Api;
}

const PERSON_KEY = 'soan-nq:nguoi';

/** The person last chosen on this computer ("Bạn là ai?"), remembered across starts. */
export function rememberedPerson(): string | null {
  return localStorage.getItem(PERSON_KEY);
}

export function rememberPerson(name: string | null): void {
  if (name === null) localStorage.removeItem(PERSON_KEY);
  else localStorage.setItem(PERSON_KEY, name);
}
