/** Relay pageInfo from a page's rows and flags. */
export function pageInfo(page: { rows: Array<{ cursor: string }>; hasNextPage: boolean; hasPreviousPage: boolean }) {
  return {
    hasNextPage: page.hasNextPage,
    hasPreviousPage: page.hasPreviousPage,
    startCursor: page.rows[0]?.cursor ?? null,
    endCursor: page.rows.at(-1)?.cursor ?? null,
  };
}
