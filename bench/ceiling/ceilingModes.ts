/** The ceiling servers, from the least to the most of what our API does (bench/ceiling/server.ts). */
export const CEILING_MODES = ['echo', 'graphql-js', 'apollo'] as const;

/** One ceiling server's kind. */
export type CeilingMode = (typeof CEILING_MODES)[number];
