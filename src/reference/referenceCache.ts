import type { Executor } from '../db/executor';
import type { ThemeRow, LabelRow, GroundingRow } from '../taxonomy/taxonomyRows';
import type { InstrumentRow, ProvisionRow } from '../instrument/instrumentRows';
import type { CountryRow } from '../country/countryRow';
import type { DocumentRow } from '../practice/documentRow';
import type { CitationRow, ContributionRow } from '../document/documentRows';
import type { GuidingPrincipleRow, ObjectiveRow, TargetRow } from '../framework/frameworkRows';

/** The reference data as one statement returns it. */
interface AllRow {
  themes: ThemeRow[];
  groups: LabelRow[];
  stages: LabelRow[];
  objectives: ObjectiveRow[];
  guidingPrinciples: GuidingPrincipleRow[];
  targets: TargetRow[];
  instruments: InstrumentRow[];
  provisions: ProvisionRow[];
  groundings: GroundingRow[];
  countries: CountryRow[];
  documents: DocumentRow[];
  citations: CitationRow[];
  contributions: ContributionRow[];
}

/** All the reference data at one moment, indexed by id. */
export interface ReferenceSnapshot extends AllRow {
  theme: Map<string, ThemeRow>;
  group: Map<string, LabelRow>;
  stage: Map<string, LabelRow>;
  objective: Map<string, ObjectiveRow>;
  target: Map<string, TargetRow>;
  instrument: Map<string, InstrumentRow>;
  provision: Map<string, ProvisionRow>;
  country: Map<string, CountryRow>;
  document: Map<string, DocumentRow>;
}

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));

/**
 * Themes, groups, stages, Compact objectives and principles, SDG targets, instruments, provisions, groundings, countries and documents (with
 * their citations and contributors) change
 * only when the seeds are reloaded or a curator edits them, so the API reads them once (one
 * query) and keeps them for `ttlMs`, or until {@link invalidate}.
 */
export class ReferenceCache {
  private snapshot: Promise<ReferenceSnapshot> | undefined;
  private resolved: ReferenceSnapshot | undefined;
  private loadedAt = 0;

  constructor(
    private readonly executor: Executor,
    private readonly ttlMs = 5 * 60_000,
  ) {}

  /** The current snapshot, read from the database when missing or stale. */
  get(): Promise<ReferenceSnapshot> {
    if (!this.snapshot || Date.now() - this.loadedAt > this.ttlMs) {
      this.loadedAt = Date.now();
      const loading = this.read();
      this.snapshot = loading;
      this.resolved = undefined;
      loading.then(
        (snapshot) => {
          if (this.snapshot === loading) this.resolved = snapshot;
        },
        // A failed read must not be cached: the next request tries again.
        () => {
          if (this.snapshot === loading) this.snapshot = undefined;
        },
      );
    }
    return this.snapshot;
  }

  /** The snapshot if it is loaded and fresh, without waiting; otherwise undefined. */
  current(): ReferenceSnapshot | undefined {
    return this.resolved && Date.now() - this.loadedAt <= this.ttlMs ? this.resolved : undefined;
  }

  /** Forgets the snapshot; call after any write to reference data. */
  invalidate(): void {
    this.snapshot = undefined;
    this.resolved = undefined;
  }

  private async read(): Promise<ReferenceSnapshot> {
    const [row] = await this.executor.read<AllRow>('reference/all');
    const r: AllRow = row ?? {
      themes: [],
      groups: [],
      stages: [],
      objectives: [],
      guidingPrinciples: [],
      targets: [],
      instruments: [],
      provisions: [],
      groundings: [],
      countries: [],
      documents: [],
      citations: [],
      contributions: [],
    };
    return {
      ...r,
      theme: byId(r.themes),
      group: byId(r.groups),
      stage: byId(r.stages),
      objective: byId(r.objectives),
      target: byId(r.targets),
      instrument: byId(r.instruments),
      provision: byId(r.provisions),
      country: byId(r.countries),
      document: byId(r.documents),
    };
  }
}
