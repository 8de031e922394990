import { stringify } from 'csv-stringify/sync';
import type { PracticeExportRow } from './exportRows';

const ids = (xs: Array<{ id: string }>) => xs.map((x) => x.id).join('; ');
const names = (xs: Array<{ name: string }>) => xs.map((x) => x.name).join('; ');

/** The column names of practices.csv, in order. */
export const PRACTICE_CSV_COLUMNS = [
  'id', 'title', 'summary', 'thematic_areas', 'tags', 'web_links',
  'country_ids', 'country_names', 'concerned_country_ids', 'partner_ids', 'partner_names', 'partner_kinds',
  'theme_ids', 'theme_names', 'group_ids', 'stage_ids', 'instrument_ids', 'instrument_names',
  'implemented_by_partners', 'source_document', 'source_file', 'source_lines', 'basis', 'evidence',
] as const;

/**
 * practices.csv: one row per practice, with ids and names of what it relates to and its source
 * citation (document and line range). Lists inside a cell are separated by "; ". RFC 4180 quoting.
 */
export function practicesCsv(rows: PracticeExportRow[]): string {
  return stringify(
    rows.map((r) => {
      const doc = r.documents[0];
      return [
        r.practice.id, r.practice.title, r.practice.summary, r.practice.thematicAreas, r.practice.tags.join('; '), r.practice.webLinks.join('; '),
        ids(r.countries), names(r.countries), ids(r.concerns), ids(r.partners), names(r.partners), [...new Set(r.partners.map((p) => p.kind))].join('; '),
        ids(r.themes), names(r.themes), ids(r.groups), ids(r.stages), ids(r.instruments), names(r.instruments),
        String(r.practice.implementedByPartners), r.practice.sourceDocument ?? '', doc?.file ?? '', r.practice.sourceLines ? r.practice.sourceLines.join('-') : '', r.practice.basis, r.practice.evidence,
      ];
    }),
    { header: true, columns: [...PRACTICE_CSV_COLUMNS], bom: false },
  );
}
