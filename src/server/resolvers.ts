import type { Resolvers } from '../generated/graphql';
import { countryResolvers } from '../country/countryResolvers';
import { exploreResolvers } from '../explore/exploreResolvers';
import { gapsResolvers } from '../gaps/gapsResolvers';
import { curationResolvers } from '../curation/curationResolvers';
import { documentResolvers } from '../document/documentResolvers';
import { statementResolvers } from '../document/statementResolvers';
import { instrumentResolvers } from '../instrument/instrumentResolvers';
import { partnerResolvers } from '../partner/partnerResolvers';
import { practiceResolvers } from '../practice/practiceResolvers';
import { practiceFacetResolvers } from '../practice/practiceFacetResolvers';
import { taxonomyResolvers } from '../taxonomy/taxonomyResolvers';
import { frameworkResolvers } from '../framework/frameworkResolvers';
import { nodeResolvers } from '../node/nodeResolvers';
import { JSONScalar } from './jsonScalar';

const domains: Resolvers[] = [
  practiceResolvers,
  practiceFacetResolvers,
  taxonomyResolvers,
  frameworkResolvers,
  countryResolvers,
  partnerResolvers,
  instrumentResolvers,
  documentResolvers,
  statementResolvers,
  exploreResolvers,
  gapsResolvers,
  curationResolvers,
  nodeResolvers,
];

/** Every domain's resolvers, merged into one map for Apollo (type by type, field by field). */
export const resolvers: Resolvers = domains.reduce<Resolvers>(
  (merged, domain) => {
    for (const [type, fields] of Object.entries(domain)) {
      const target = merged as Record<string, object>;
      target[type] = { ...(target[type] ?? {}), ...fields };
    }
    return merged;
  },
  { JSON: JSONScalar, Query: { apiVersion: () => '0.1.0' } },
);
