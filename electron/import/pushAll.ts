/** Appends items one by one: `push(...items)` overflows the call stack on a hostile file's huge lists. */
export function pushAll<T>(into: T[], items: Iterable<T>): void {
  for (const item of items) into.push(item);
}
