import DataLoader from 'dataloader';
import type { PracticeChangeRow } from '../curation/curationRepository';
import type { Executor } from '../db/executor';
import type { RatificationRow } from '../country/ratificationRow';
import type { PartnerRow } from '../partner/partnerRow';
import { backingFromStored, type BackingFields, type StoredBackingRow } from '../practice/backingRow';
import type { BackingRow, PracticeLinkRow, PracticeRow } from '../practice/practiceRow';
import { keyedLoader } from './keyedLoader';
import { relatedPageLoader, type RelatedPage, type RelatedPageKey } from './relatedPageLoader';

/** A practice's countries by relationship. */
export interface PracticeCountries {
  implementedBy: string[];
  concerns: string[];
  mentions: string[];
}

/** A practice's themes, groups, stages, Compact objectives and SDG targets (ids). */
export interface PracticeFacets {
  themes: string[];
  groups: string[];
  stages: string[];
  objectives: string[];
  targets: string[];
}

/** A practice's backings and the practice itself, as the backings' statement brings it (see BackingFields.row). */
export interface PracticeBackings {
  /** The whole row, or only id and title; null: no such practice. */
  practice: PracticeRow | null;
  backings: BackingRow[];
}

/** The per-request DataLoaders, one per batched lookup. */
export interface Loaders {
  practice: DataLoader<string, PracticeRow | null>;
  practiceCountries: DataLoader<string, PracticeCountries>;
  practicePartners: DataLoader<string, PartnerRow[]>;
  practiceFacets: DataLoader<string, PracticeFacets>;
  practiceLinks: DataLoader<string, PracticeLinkRow[]>;
  /** A practice's curation changes, oldest first (Practice.history). */
  practiceHistory: DataLoader<string, PracticeChangeRow[]>;
  /** A practice's backings, reading the optional parts `fields` names: one loader per combination asked. */
  practiceBackedBy: (fields: BackingFields) => DataLoader<string, PracticeBackings>;
  practicesByTheme: DataLoader<RelatedPageKey, RelatedPage<PracticeRow>, string>;
  practicesByGroup: DataLoader<RelatedPageKey, RelatedPage<PracticeRow>, string>;
  practicesByStage: DataLoader<RelatedPageKey, RelatedPage<PracticeRow>, string>;
  practicesByObjective: DataLoader<RelatedPageKey, RelatedPage<PracticeRow>, string>;
  practicesByTarget: DataLoader<RelatedPageKey, RelatedPage<PracticeRow>, string>;
  practicesByCountry: DataLoader<RelatedPageKey, RelatedPage<PracticeRow>, string>;
  practicesByPartner: DataLoader<RelatedPageKey, RelatedPage<PracticeRow>, string>;
  partner: DataLoader<string, PartnerRow | null>;
  partnersByCountry: DataLoader<RelatedPageKey, RelatedPage<PartnerRow>, string>;
  /** A country's treaty statuses in a year (null: as last observed), one loader per year asked. */
  ratificationsByCountry: (asOf: number | null) => DataLoader<string, RatificationRow[]>;
}

/**
 * Creates the loaders for one request; each batch is one `UNWIND $ids` statement, so a nested
 * query costs one round trip per level of the selection, not one per item of a list.
 */
export function createLoaders(executor: Executor): Loaders {
  const ratificationsByYear = new Map<number | null, DataLoader<string, RatificationRow[]>>();
  const backedByFields = new Map<string, DataLoader<string, PracticeBackings>>();
  const loaders: Loaders = {
    practice: keyedLoader(executor, 'practice/byIds', (r: { id: string; practice: PracticeRow }) => r.practice, null),
    practiceCountries: keyedLoader(executor, 'practice/countries', (r: { id: string } & PracticeCountries): PracticeCountries => r, {
      implementedBy: [],
      concerns: [],
      mentions: [],
    }),
    practicePartners: keyedLoader(executor, 'practice/partners', (r: { id: string; partners: PartnerRow[] }) => r.partners, []),
    practiceFacets: keyedLoader(executor, 'practice/facets', (r: { id: string } & PracticeFacets): PracticeFacets => r, {
      themes: [],
      groups: [],
      stages: [],
      objectives: [],
      targets: [],
    }),
    practiceLinks: keyedLoader(executor, 'practice/links', (r: { id: string; links: PracticeLinkRow[] }) => r.links, []),
    practiceHistory: keyedLoader(executor, 'curation/history', (r: { id: string; changes: PracticeChangeRow[] }) => r.changes, []),
    practiceBackedBy: (fields) => {
      const key = `${fields.steps}/${fields.rules}/${fields.ends}/${fields.reasons}/${fields.row}`;
      let loader = backedByFields.get(key);
      if (!loader) {
        loader = new DataLoader<string, PracticeBackings>(async (ids) => {
          const rows = await executor.read<{ id: string; practice: PracticeRow; backings: StoredBackingRow[] }>('practice/backedBy', {
            ids: [...ids],
            withSteps: fields.steps,
            withRules: fields.rules,
            withEnds: fields.ends,
            withReasons: fields.reasons,
            withRow: fields.row,
          });
          const byId = new Map(rows.map((r) => [r.id, r]));
          // The statement brings each practice along (absent: no such practice), so that
          // `practice(id) { backedBy }` needs no second statement for the practice itself; a
          // whole row primes the practice loader, an id and title only serve the one request.
          return ids.map((id) => {
            const row = byId.get(id);
            if (fields.row || !row) loaders.practice.prime(id, row?.practice ?? null);
            return { practice: row?.practice ?? null, backings: (row?.backings ?? []).map(backingFromStored) };
          });
        });
        backedByFields.set(key, loader);
      }
      return loader;
    },
    practicesByTheme: relatedPageLoader<PracticeRow>(executor, 'practice/byParent:THEME'),
    practicesByGroup: relatedPageLoader<PracticeRow>(executor, 'practice/byParent:GROUP'),
    practicesByStage: relatedPageLoader<PracticeRow>(executor, 'practice/byParent:STAGE'),
    practicesByObjective: relatedPageLoader<PracticeRow>(executor, 'practice/byParent:OBJECTIVE'),
    practicesByTarget: relatedPageLoader<PracticeRow>(executor, 'practice/byParent:TARGET'),
    practicesByCountry: relatedPageLoader<PracticeRow>(executor, 'practice/byParent:COUNTRY'),
    practicesByPartner: relatedPageLoader<PracticeRow>(executor, 'practice/byParent:PARTNER'),
    partner: keyedLoader(executor, 'partner/byIds', (r: { id: string; partner: PartnerRow }) => r.partner, null),
    partnersByCountry: relatedPageLoader<PartnerRow>(executor, 'partner/byCountry'),
    ratificationsByCountry: (asOf) => {
      let loader = ratificationsByYear.get(asOf);
      if (!loader) {
        loader = keyedLoader(executor, 'country/ratifications', (r: { id: string; ratifications: RatificationRow[] }) => r.ratifications, [], { asOf });
        ratificationsByYear.set(asOf, loader);
      }
      return loader;
    },
  };
  return loaders;
}
