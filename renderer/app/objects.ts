/** A copy of `obj` without `key` (for optional fields of the model that must be absent rather than empty). */
export function omit<T extends object, K extends keyof T>(obj: T, key: K): Omit<T, K> {
  return Object.fromEntries(Object.entries(obj).filter(([k]) => k !== key)) as Omit<T, K>;
}

/** A copy of `list` with the item at `index` moved `by` places (−1 up, 1 down): the ↑ ↓ buttons of a list. */
export function moved<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const next = [...list];
  const [item] = next.splice(index, 1);
  if (item !== undefined) next.splice(index + by, 0, item);
  return next;
}

/** The keys of T that are optional text (`note?: string`). */
type OptionalTextKeys<T> = {
  [K in keyof T]-?: Record<never, never> extends Pick<T, K> ? (NonNullable<T[K]> extends string ? K : never) : never;
}[keyof T];

/** A copy of `obj` with the optional text `key` set to `text` as typed, or absent when `text` is blank. */
export function withText<T extends object, K extends OptionalTextKeys<T>>(obj: T, key: K, text: string): T {
  const rest = omit(obj, key);
  return (text.trim() === '' ? rest : { ...rest, [key]: text }) as T;
}

/**
 * Whether two JSON-like values are equal (the model's blocks, findings, a toolbar's state: objects,
 * arrays, strings, numbers, booleans, null), whatever the order of their keys: React state kept when
 * nothing changed, without serialising both sides.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
