import type DataLoader from 'dataloader';
import type { ResultCache } from '../cache/resultCache';
import type { Limits } from '../config/limits';
import type { CurationRepository } from '../curation/curationRepository';
import type { CurationServices } from '../curation/curationServices';
import type { Executor } from '../db/executor';
import type { ExploreRepository } from '../explore/exploreRepository';
import type { CoverageRepository } from '../gaps/coverageRepository';
import type { CandidateKey, CandidatePartnerRow } from '../gaps/gapRows';
import type { GapsRepository } from '../gaps/gapsRepository';
import type { InstrumentRepository } from '../instrument/instrumentRepository';
import type { Loaders } from '../loaders/createLoaders';
import type { PartnerRepository } from '../partner/partnerRepository';
import type { PracticeRepository } from '../practice/practiceRepository';
import type { ReferenceCache, ReferenceSnapshot } from '../reference/referenceCache';

// The types every layer may import (domains, loaders, codegen's resolver types): type-only
// imports, so this module creates no cycle. createRequestContext.ts builds the values.

/** What lives as long as the server: shared by every request. */
export interface ServerServices extends CurationServices {
  executor: Executor;
  reference: ReferenceCache;
  /** Answers of whole-graph aggregations (coverage, gaps), cleared at every write. */
  results: ResultCache;
  limits: Limits;
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
  instruments: InstrumentRepository;
  curation: CurationRepository;
  partners: PartnerRepository;
  explore: ExploreRepository;
  gaps: GapsRepository;
  coverage: CoverageRepository;
  /** Candidate-partner searches of this request, batched into one statement. */
  candidates: DataLoader<CandidateKey, CandidatePartnerRow[], string>;
  /** Statements sent to the database while serving this request. */
  roundTrips: { count: number };
  /** The name of the curator whose token the request carries, or null. */
  curator: string | null;
  /** Whether this server accepts curation at all. */
  curationEnabled: boolean;
  /** Forgets the cached reference data and aggregate answers after a write. */
  invalidateReference(): void;
}
