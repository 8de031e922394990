import type DataLoader from 'dataloader';
import { isCurator } from '../curation/curatorAuth';
import type { Limits } from '../config/limits';
import { CoverageRepository } from '../gaps/coverageRepository';
import type { CandidateKey, CandidatePartnerRow } from '../gaps/gapRows';
import { GapsRepository } from '../gaps/gapsRepository';
import type { Executor } from '../db/executor';
import { ExploreRepository } from '../explore/exploreRepository';
import { createLoaders, type Loaders } from '../loaders/createLoaders';
import { PartnerRepository } from '../partner/partnerRepository';
import { PracticeRepository } from '../practice/practiceRepository';
import type { ReferenceCache, ReferenceSnapshot } from '../reference/referenceCache';
import type { ResultCache } from '../reference/resultCache';

/** What lives as long as the server: shared by every request. */
export interface ServerServices {
  executor: Executor;
  reference: ReferenceCache;
  /** Answers of whole-graph aggregations (coverage, gaps), cleared at every write. */
  results: ResultCache;
  limits: Limits;
  /** The curator token; without one, curation is disabled. Never logged. */
  curatorToken?: string;
}

/** What the HTTP layer knows about the request. */
export interface RequestInfo {
  authorization?: string;
}

/** What every resolver receives: the request's own executor, loaders and repositories. */
export interface RequestContext {
  executor: Executor;
  loaders: Loaders;
  limits: Limits;
  /** The reference data (themes, instruments, countries, ...), from the shared cache. */
  reference(): Promise<ReferenceSnapshot>;
  /** The reference data if it is already loaded (see withRef). */
  referenceNow(): ReferenceSnapshot | undefined;
  practices: PracticeRepository;
  partners: PartnerRepository;
  explore: ExploreRepository;
  gaps: GapsRepository;
  coverage: CoverageRepository;
  /** Candidate-partner searches of this request, batched into one statement. */
  candidates: DataLoader<CandidateKey, CandidatePartnerRow[], string>;
  /** Statements sent to the database while serving this request. */
  roundTrips: { count: number };
  /** Whether the request carries the curator token. */
  curator: boolean;
  /** Whether this server accepts curation at all. */
  curationEnabled: boolean;
  /** Forgets the cached reference data and aggregate answers after a write. */
  invalidateReference(): void;
}

/** Builds a fresh context per request, so DataLoader caches never outlive a request. */
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
    partners: new PartnerRepository(executor),
    explore: new ExploreRepository(executor),
    roundTrips,
    curator: isCurator(request.authorization, services.curatorToken),
    curationEnabled: services.curatorToken !== undefined,
    invalidateReference: () => {
      services.reference.invalidate();
      services.results.clear();
    },
  };
}
