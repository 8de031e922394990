import type { Executor } from '../db/executor';
import type { ResultCache } from '../cache/resultCache';
import type { CountryScope, Dimension } from '../generated/graphql';
import { isEmptyFilter, type PracticeFilterParams } from '../practice/practiceFilter';
import type { ReferenceSnapshot } from '../reference/referenceCache';
import { refOf } from '../reference/refOf';
import { PARTNER_KIND_LABELS } from '../labels/partnerKinds';
import type { CoverageCellRow, CoverageRow, DimensionValueRow } from './gapRows';

type CellRow = { row: string; column: string; count: number; practiceIds: string[] };

// The relationship that gives a practice its values on each dimension: the one place that says
// so. An instrument reaches its practices through the derived BACKS edges (src/backing/backingRule.ts).
const AXIS_RELATIONSHIP: Record<Dimension, string> = {
  COUNTRY: 'IMPLEMENTED_BY',
  THEME: 'ADDRESSES',
  GROUP: 'BENEFITS',
  STAGE: 'AT_STAGE',
  OBJECTIVE: 'SUPPORTS',
  TARGET: 'CONTRIBUTES_TO',
  PARTNER_KIND: 'PARTNERS_WITH',
  INSTRUMENT: 'BACKS',
};

/** Builds coverage matrices: the full value list of each axis, and the practices in each cell. */
export class CoverageRepository {
  constructor(
    private readonly executor: Executor,
    private readonly results: ResultCache,
  ) {}

  /** Every value of a dimension, so that empty cells are listed too. */
  async values(dimension: Dimension, ref: ReferenceSnapshot, countryScope: CountryScope, asOf: number | null = null): Promise<DimensionValueRow[]> {
    const label = (r: { id: string; name: string; nameFr: string }) => ({ id: r.id, label: r.name, labelFr: r.nameFr });
    switch (dimension) {
      case 'THEME':
        return ref.themes.map(label);
      case 'GROUP':
        return ref.groups.map(label);
      case 'STAGE':
        return ref.stages.map(label);
      case 'OBJECTIVE':
        return ref.objectives.map(label);
      case 'TARGET':
        return ref.targets.map(label);
      case 'PARTNER_KIND':
        return Object.entries(PARTNER_KIND_LABELS).map(([id, l]) => ({ id, label: l.en, labelFr: l.fr }));
      case 'INSTRUMENT':
        // As of a year, only the instruments adopted by then can back anything.
        return ref.instruments.filter((i) => i.backs && (asOf === null || i.adopted <= asOf)).map(label);
      case 'COUNTRY': {
        if (countryScope === 'ALL') return ref.countries.map(label);
        if (countryScope === 'UN_MEMBERS') return ref.countries.filter((c) => c.unMember).map(label);
        const active = await this.results.read<{ id: string }>(this.executor, 'gaps/activeCountries');
        return active.map((a) => label(refOf(ref, 'country', a.id)));
      }
    }
  }

  async coverage(
    rowDimension: Dimension,
    columnDimension: Dimension,
    filter: PracticeFilterParams,
    ref: ReferenceSnapshot,
    countryScope: CountryScope,
    maxIds: number,
  ): Promise<CoverageRow> {
    const [rows, columns, found, counted] = await Promise.all([
      this.values(rowDimension, ref, countryScope, filter.asOf),
      this.values(columnDimension, ref, countryScope, filter.asOf),
      this.cells(rowDimension, columnDimension, filter, maxIds),
      isEmptyFilter(filter)
        ? this.executor.read<{ total: number }>('practice/countAll')
        : this.results.read<{ total: number }>(this.executor, 'practice/count', { ...filter }),
    ]);
    const byCell = new Map(found.map((f) => [`${f.row}\u0000${f.column}`, f]));
    const cells: CoverageCellRow[] = rows.flatMap((r) =>
      columns.map((c) => {
        const f = byCell.get(`${r.id}\u0000${c.id}`);
        return {
          row: r.id,
          column: c.id,
          count: f?.count ?? 0,
          practiceIds: f?.practiceIds ?? [],
          practiceIdsTruncated: (f?.count ?? 0) > (f?.practiceIds.length ?? 0),
        };
      }),
    );
    return {
      rowDimension,
      columnDimension,
      rows,
      columns,
      cells,
      emptyCells: cells.filter((c) => c.count === 0).length,
      practiceCount: counted[0]?.total ?? 0,
    };
  }

  // The cells with practices. Countries × themes of the whole catalogue are kept ready
  // (cypher/load/countryThemeCells.cypher); any other question joins the practices afresh.
  private async cells(rowDimension: Dimension, columnDimension: Dimension, filter: PracticeFilterParams, maxIds: number): Promise<CellRow[]> {
    const axes = `${rowDimension}×${columnDimension}`;
    if (isEmptyFilter(filter) && (axes === 'COUNTRY×THEME' || axes === 'THEME×COUNTRY')) {
      const found = await this.results.read<CellRow>(this.executor, 'gaps/countryThemeCells', { maxIds });
      return rowDimension === 'COUNTRY' ? found : found.map((f) => ({ ...f, row: f.column, column: f.row }));
    }
    return this.results.read<CellRow>(this.executor, 'gaps/coverage', {
      ...filter,
      rowDimension,
      columnDimension,
      rowRelationship: AXIS_RELATIONSHIP[rowDimension],
      columnRelationship: AXIS_RELATIONSHIP[columnDimension],
      maxIds,
    });
  }
}
