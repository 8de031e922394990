import DataLoader from 'dataloader';
import type { Executor } from '../db/executor';
import type { ResultCache } from '../cache/resultCache';
import type { PartnerKind } from '../generated/graphql';
import type { CandidateKey, CandidatePartnerRow, InstrumentGapRow, ObjectiveGapRow, PartnerKindGapRow, RatificationGapRow, ThemeGroupGapRow } from './gapRows';

/** Reads the partnership-gap questions (a)-(e); each is one statement. */
export class GapsRepository {
  constructor(
    private readonly executor: Executor,
    private readonly results: ResultCache,
  ) {}

  async withoutPartnerKind(kind: PartnerKind, countries: string[] | null, themes: string[] | null): Promise<PartnerKindGapRow[]> {
    const rows = await this.results.read<{ country: string; theme: string; practiceIds: string[]; kinds: PartnerKind[] }>(
      this.executor,
      'gaps/withoutPartnerKind',
      { kind, countries, themes },
    );
    return rows.map((r) => ({ country: r.country, theme: r.theme, kind, practiceIds: r.practiceIds, kindsPresent: r.kinds }));
  }

  themeGroupGaps(themes: string[] | null, groups: string[] | null): Promise<ThemeGroupGapRow[]> {
    return this.results.read<ThemeGroupGapRow>(this.executor, 'gaps/themeGroupGaps', { themes, groups });
  }

  async unbackedInstruments(country: string, themes: string[] | null): Promise<InstrumentGapRow[]> {
    const rows = await this.results.read<Omit<InstrumentGapRow, 'country'>>(this.executor, 'gaps/unbackedInstruments', { country, themes });
    return rows.map((r) => ({ ...r, country }));
  }

  ratificationGaps(
    countries: string[] | null,
    themes: string[] | null,
    instruments: string[] | null,
    asOf: number | null,
    withPracticeIds: boolean,
    withEvidence: boolean,
  ): Promise<RatificationGapRow[]> {
    return this.results.read<RatificationGapRow>(this.executor, 'gaps/ratificationGaps', {
      countries,
      themes,
      instruments,
      asOf,
      withPracticeIds,
      withEvidence,
    });
  }

  /** (f) The Compact objectives no practice of `country` and/or with a partner of `kind` supports. */
  async objectiveGaps(country: string | null, kind: PartnerKind | null): Promise<ObjectiveGapRow[]> {
    const rows = await this.results.read<Omit<ObjectiveGapRow, 'country' | 'kind'>>(this.executor, 'gaps/objectiveGaps', { country, kind });
    return rows.map((r) => ({ ...r, country, kind }));
  }

  /** A per-request loader: every candidate search of one request in one statement. */
  candidateLoader(): DataLoader<CandidateKey, CandidatePartnerRow[], string> {
    return new DataLoader(
      async (keys) => {
        const withIds = keys.map((k) => ({ ...k, key: JSON.stringify(k) }));
        const rows = await this.executor.read<{ id: string; candidates: Array<Omit<CandidatePartnerRow, 'key'>> }>('gaps/candidatePartners', { keys: withIds });
        const byKey = new Map(rows.map((r) => [r.id, r.candidates]));
        return keys.map((k) => (byKey.get(JSON.stringify(k)) ?? []).map((c) => ({ ...c, key: k })));
      },
      { cacheKeyFn: (k) => JSON.stringify(k) },
    );
  }
}
