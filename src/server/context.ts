import type DataLoader from 'dataloader';
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

/** What lives as long as the server: shared by every request. */
export interface ServerServices {
  executor: Executor;
  reference: ReferenceCache;
  limits: Limits;
}

/** What every resolver receives: the request's own executor, loaders and repositories. */
export interface RequestContext {
  executor: Executor;
  loaders: Loaders;
  limits: Limits;
  /** The reference data (themes, instruments, countries, ...), from the shared cache. */
  reference(): Promise<ReferenceSnapshot>;
  practices: PracticeRepository;
  partners: PartnerRepository;
  explore: ExploreRepository;
  gaps: GapsRepository;
  coverage: CoverageRepository;
  /** Candidate-partner searches of this request, batched into one statement. */
  candidates: DataLoader<CandidateKey, CandidatePartnerRow[], string>;
  /** Statements sent to the database while serving this request. */
  roundTrips: { count: number };
}

/** Builds a fresh context per request, so DataLoader caches never outlive a request. */
export function createRequestContext(services: ServerServices): RequestContext {
  const roundTrips = { count: 0 };
  const executor = services.executor.withObserver(() => {
    roundTrips.count += 1;
  });
  const gaps = new GapsRepository(executor);
  return {
    executor,
    gaps,
    coverage: new CoverageRepository(executor),
    candidates: gaps.candidateLoader(),
    loaders: createLoaders(executor),
    limits: services.limits,
    reference: () => services.reference.get(),
    practices: new PracticeRepository(executor),
    partners: new PartnerRepository(executor),
    explore: new ExploreRepository(executor),
    roundTrips,
  };
}
