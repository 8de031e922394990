import type { Executor } from '../db/executor';

/** A theme as the API serves it. */
export interface ThemeRow {
  id: string;
  name: string;
  nameFr: string;
  description: string;
}

/** A group or a stage. */
export interface LabelRow {
  id: string;
  name: string;
  nameFr: string;
}

/** An instrument. */
export interface InstrumentRow {
  id: string;
  name: string;
  nameFr: string;
  kind: string;
  adopted: number;
  body: string;
  ratificationStatusKnown: boolean;
  interprets: string | null;
  ratificationCount: number | null;
  /** Whether it backs any theme or practice (a BACKS edge, see cypher/backing/derive.cypher). */
  backs: boolean;
}

/** A provision of an instrument. */
export interface ProvisionRow {
  id: string;
  article: string;
  label: string;
  instrument: string;
}

/** A GROUNDS edge, from an instrument or one of its provisions to a theme. */
export interface GroundingRow {
  theme: string;
  instrument: string;
  provision: string | null;
  basis: string;
  evidence: string;
  footnote: string | null;
}

/** A country. */
export interface CountryRow {
  id: string;
  iso2: string;
  name: string;
  nameFr: string;
  region: string;
  subregion: string;
  unMember: boolean;
}

/** A source document. */
export interface DocumentRow {
  id: string;
  title: string;
  file: string;
  sha256: string;
  year: number | null;
  publisher: string | null;
}

/** The reference data as one statement returns it. */
interface AllRow {
  themes: ThemeRow[];
  groups: LabelRow[];
  stages: LabelRow[];
  instruments: InstrumentRow[];
  provisions: ProvisionRow[];
  groundings: GroundingRow[];
  countries: CountryRow[];
  documents: DocumentRow[];
}

/** All the reference data at one moment, indexed by id. */
export interface ReferenceSnapshot extends AllRow {
  theme: Map<string, ThemeRow>;
  group: Map<string, LabelRow>;
  stage: Map<string, LabelRow>;
  instrument: Map<string, InstrumentRow>;
  provision: Map<string, ProvisionRow>;
  country: Map<string, CountryRow>;
  document: Map<string, DocumentRow>;
}

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));

/**
 * Themes, groups, stages, instruments, provisions, groundings, countries and documents change
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
    const r: AllRow = row ?? { themes: [], groups: [], stages: [], instruments: [], provisions: [], groundings: [], countries: [], documents: [] };
    return {
      ...r,
      theme: byId(r.themes),
      group: byId(r.groups),
      stage: byId(r.stages),
      instrument: byId(r.instruments),
      provision: byId(r.provisions),
      country: byId(r.countries),
      document: byId(r.documents),
    };
  }
}
