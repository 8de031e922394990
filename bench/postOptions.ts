/** How autocannon posts one query's body to a contender: every warm-up and measurement of `bench` and `bench:ceiling`. */
export const postOptions = (url: string, body: string, connections: number) => ({
  url,
  method: 'POST' as const,
  headers: { 'content-type': 'application/json' },
  body,
  connections,
  timeout: 60,
});
