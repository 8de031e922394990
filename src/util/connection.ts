/** Relay pageInfo from a page's rows and flags. */
export function pageInfo(page: { rows: Array<{ cursor: string }>; hasNextPage: boolean; hasPreviousPage: boolean }) {
  return {
    hasNextPage: page.hasNextPage,
    hasPreviousPage: page.hasPreviousPage,
    startCursor: page.rows[0]?.cursor ?? null,
    endCursor: page.rows.at(-1)?.cursor ?? null,
  };
}

/** Looks up ids in a map, dropping the ones it does not hold. */
export function pickAll<T>(ids: readonly string[], map: Map<string, T>): T[] {
  return ids.flatMap((id) => {
    const v = map.get(id);
    return v === undefined ? [] : [v];
  });
}
