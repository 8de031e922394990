import { CoverageRepository } from '../gaps/coverageRepository';
import { GapsRepository } from '../gaps/gapsRepository';
import { ExploreRepository } from '../explore/exploreRepository';
import { createLoaders } from '../loaders/createLoaders';
import { PartnerRepository } from '../partner/partnerRepository';
import { PracticeRepository } from '../practice/practiceRepository';
import { CurationRepository } from '../curation/curationRepository';
import { InstrumentRepository } from '../instrument/instrumentRepository';
import type { RequestContext, RequestInfo, ServerServices } from './requestContext';

/**
 * Builds a fresh context per request, so DataLoader caches never outlive a request; every
 * repository a resolver uses is made here, once per request, never in a resolver.
 */
export function createRequestContext(services: ServerServices, request: RequestInfo = {}): RequestContext {
  const roundTrips = { count: 0 };
  const executor = services.executor.withObserver(() => {
    roundTrips.count += 1;
  });
  const gaps = new GapsRepository(executor, services.results);
  return {
    executor,
    gaps,
    coverage: new CoverageRepository(executor, services.results),
    candidates: gaps.candidateLoader(),
    loaders: createLoaders(executor),
    limits: services.limits,
    reference: () => services.reference.get(),
    referenceNow: () => services.reference.current(),
    practices: new PracticeRepository(executor),
    instruments: new InstrumentRepository(executor),
    curation: new CurationRepository(executor, services.journal),
    partners: new PartnerRepository(executor),
    explore: new ExploreRepository(executor),
    roundTrips,
    curator: services.curators.identify(request.authorization),
    curationEnabled: services.curators.enabled,
    invalidateReference: () => {
      services.reference.invalidate();
      services.results.clear();
    },
  };
}
