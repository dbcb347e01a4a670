/** A copy of `obj` without `key` (for optional fields of the model that must be absent rather than empty). */
export function omit<T extends object, K extends keyof T>(obj: T, key: K): Omit<T, K> {
  return Object.fromEntries(Object.entries(obj).filter(([k]) => k !== key)) as Omit<T, K>;
}
