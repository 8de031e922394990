import { stringify } from 'csv-stringify/sync';
import type { PracticeExportRow } from './exportRows';
import { TextChunks } from './textChunks';

const ids = (xs: Array<{ id: string }>) => xs.map((x) => x.id).join('; ');
const names = (xs: Array<{ name: string }>) => xs.map((x) => x.name).join('; ');

/** The column names of practices.csv, in order. */
export const PRACTICE_CSV_COLUMNS = [
  'id',
  'title',
  'summary',
  'thematic_areas',
  'tags',
  'web_links',
  'country_ids',
  'country_names',
  'concerned_country_ids',
  'partner_ids',
  'partner_names',
  'partner_kinds',
  'theme_ids',
  'theme_names',
  'group_ids',
  'stage_ids',
  'objective_ids',
  'target_ids',
  'instrument_ids',
  'instrument_names',
  'instrument_specificities',
  'implemented_by_partners',
  'source_document',
  'source_file',
  'source_lines',
  'basis',
  'evidence',
] as const;

function csvRecord(r: PracticeExportRow): string[] {
  const doc = r.documents[0];
  return [
    r.practice.id,
    r.practice.title,
    r.practice.summary,
    r.practice.thematicAreas,
    r.practice.tags.join('; '),
    r.practice.webLinks.join('; '),
    ids(r.countries),
    names(r.countries),
    ids(r.concerns),
    ids(r.partners),
    names(r.partners),
    [...new Set(r.partners.map((p) => p.kind))].join('; '),
    ids(r.themes),
    names(r.themes),
    ids(r.groups),
    ids(r.stages),
    ids(r.objectives),
    ids(r.targets),
    ids(r.instruments),
    names(r.instruments),
    r.instruments.map((i) => i.specificity).join('; '),
    String(r.practice.implementedByPartners),
    r.practice.sourceDocument ?? '',
    doc?.file ?? '',
    r.practice.sourceLines ? r.practice.sourceLines.join('-') : '',
    r.practice.basis,
    r.practice.evidence,
  ];
}

/**
 * practices.csv, written as the rows arrive: one row per practice, with ids and names of what it
 * relates to and its source citation (document and line range). Lists inside a cell are
 * separated by "; ". RFC 4180 quoting. The header comes out with the first rows, once the
 * database has answered.
 */
export async function* practicesCsv(rows: AsyncIterable<PracticeExportRow>): AsyncGenerator<string, void, undefined> {
  const out = new TextChunks();
  out.add(stringify([[...PRACTICE_CSV_COLUMNS]]));
  for await (const r of rows) {
    out.add(stringify([csvRecord(r)]));
    if (out.full) yield out.take();
  }
  yield out.take();
}
