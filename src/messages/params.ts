// What the messages of every area share: the parameters a message takes, a schema bound, a list.

export type Params = Record<string, string | number>;
/** A bound of the workspace schema (a text length, a list size, a number). */
export type Bound = { origin: string; limit: number; inclusive: boolean };
export const list = (items: readonly string[]) => items.join(", ");
/** English count and noun: "1 error", "3 errors" (Vietnamese nouns have no plural). */
export const plural = (count: string | number | undefined, one: string, many = `${one}s`) =>
  `${count ?? 0} ${Number(count) === 1 ? one : many}`;
