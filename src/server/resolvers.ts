import type { Resolvers } from '../generated/graphql';
import { JSONScalar } from './jsonScalar';

/** Every domain's resolvers, merged into one map for Apollo. */
export const resolvers: Resolvers = {
  JSON: JSONScalar,
  Query: {
    apiVersion: () => '0.1.0',
  },
};
