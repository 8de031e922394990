import type { Config } from './config';

/** The sizes a request may ask for; larger requests are refused with BAD_USER_INPUT. */
export interface Limits {
  maxPageSize: number;
  maxSearchResults: number;
  maxNeighborhoodDepth: number;
  maxNeighborhoodNodes: number;
  maxPathLength: number;
}

/** The limits of this server, from the configuration. */
export function limitsFrom(config: Pick<Config, 'KG_MAX_PAGE_SIZE' | 'KG_MAX_NEIGHBORHOOD_NODES'>): Limits {
  return {
    maxPageSize: config.KG_MAX_PAGE_SIZE,
    maxSearchResults: config.KG_MAX_PAGE_SIZE,
    maxNeighborhoodDepth: 3,
    maxNeighborhoodNodes: config.KG_MAX_NEIGHBORHOOD_NODES,
    maxPathLength: 10,
  };
}

/** The default limits (the configuration's defaults). */
export const DEFAULT_LIMITS: Limits = { maxPageSize: 100, maxSearchResults: 100, maxNeighborhoodDepth: 3, maxNeighborhoodNodes: 500, maxPathLength: 10 };
