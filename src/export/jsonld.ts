import type { ExportEdge, ExportGraphPart, ExportLink, ExportNode } from './exportRows';
import { TextChunks } from './textChunks';

/** The IRI scheme of the graph's nodes: stable, built from type and id, no domain claimed. */
export const IRI_BASE = 'urn:mrkg:';

/** The stable IRI of a node from its global id (`Practice:beta-groups` → `urn:mrkg:practice:beta-groups`). */
export function iriOf(globalId: string): string {
  const colon = globalId.indexOf(':');
  return `${IRI_BASE}${globalId.slice(0, colon).toLowerCase()}:${encodeURIComponent(globalId.slice(colon + 1))}`;
}

const CONTEXT = {
  schema: 'https://schema.org/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  dcterms: 'http://purl.org/dc/terms/',
  kg: `${IRI_BASE}vocab#`,
  name: 'schema:name',
  description: 'schema:description',
  identifier: 'schema:identifier',
  url: { '@id': 'schema:url', '@type': '@id' },
  prefLabel: { '@id': 'skos:prefLabel', '@container': '@language' },
  isPartOf: { '@id': 'schema:isPartOf', '@type': '@id' },
  source: 'dcterms:source',
};

// What each relationship type is called in the vocabulary.
const PREDICATE: Record<string, string> = {
  IMPLEMENTED_BY: 'kg:implementedBy',
  CONCERNS: 'kg:concerns',
  MENTIONS: 'schema:mentions',
  PARTNERS_WITH: 'kg:partnersWith',
  ADDRESSES: 'schema:about',
  BENEFITS: 'schema:audience',
  AT_STAGE: 'kg:atStage',
  SUPPORTS: 'kg:supportsObjective',
  CONTRIBUTES_TO: 'kg:contributesToTarget',
  RELATES_TO: 'skos:related',
  BASED_IN: 'schema:location',
  PART_OF: 'schema:isPartOf',
  GROUNDS: 'kg:grounds',
  INTERPRETS: 'kg:interprets',
  SUPPLEMENTS: 'kg:supplements',
  BACKED_BY: 'kg:backedBy',
  RATIFIED: 'kg:ratified',
  SIGNED: 'kg:signed',
  NO_ACTION: 'kg:noAction',
  DENOUNCED: 'kg:denounced',
  NOT_RATIFIED: 'kg:notRatified',
  DESCRIBES: 'kg:describes',
  CITES: 'schema:citation',
  CONTRIBUTED_BY: 'schema:contributor',
  CONTAINS: 'schema:hasPart',
  SPEAKS_OF: 'schema:about',
};

function nodeTypes(n: ExportNode): string[] {
  switch (n.type) {
    case 'Practice':
      return ['schema:CreativeWork', 'kg:Practice'];
    case 'Country':
      return ['schema:Country'];
    case 'Partner':
      return n.properties.kind === 'NGO'
        ? ['schema:NGO', 'kg:Partner']
        : n.properties.kind === 'GOVERNMENT_AGENCY' || n.properties.kind === 'STATE'
          ? ['schema:GovernmentOrganization', 'kg:Partner']
          : ['schema:Organization', 'kg:Partner'];
    case 'Theme':
    case 'Group':
    case 'Stage':
    case 'Objective':
    case 'GuidingPrinciple':
    case 'Target':
      return ['skos:Concept', `kg:${n.type}`];
    case 'Instrument':
    case 'Provision':
      return ['schema:Legislation', `kg:${n.type}`];
    case 'Document':
      return ['schema:Report'];
    default:
      return [`kg:${n.type}`];
  }
}

function describe(n: ExportNode): Record<string, unknown> {
  const p = n.properties;
  const doc: Record<string, unknown> = { '@id': iriOf(n.id), '@type': nodeTypes(n), identifier: typeof p.id === 'string' ? p.id : n.id, name: n.label };
  if (typeof p.summary === 'string') doc.description = p.summary;
  if (typeof p.text === 'string') doc.description = p.text;
  if (typeof p.nameFr === 'string') doc.prefLabel = { en: n.label, fr: p.nameFr };
  if (n.type === 'Country') {
    doc['kg:iso3166Alpha3'] = p.id;
    doc['kg:iso3166Alpha2'] = p.iso2;
  }
  if (Array.isArray(p.webLinks)) doc.url = p.webLinks;
  if (typeof p.kind === 'string') doc['kg:kind'] = p.kind;
  if (Array.isArray(p.sourceLines)) doc.source = `${String(p.sourceDocument)} lines ${(p.sourceLines as number[]).join('-')}`;
  if (typeof p.evidence === 'string') doc['kg:evidence'] = p.evidence;
  return doc;
}

const predicateOf = (type: string) => PREDICATE[type] ?? `kg:${type}`;

/** A node object: its description and its links (the outgoing edges among the exported nodes), as properties. */
function nodeObject(n: ExportNode, links: ExportLink[]): Record<string, unknown> {
  const subject = describe(n);
  for (const link of links) {
    const predicate = predicateOf(link.type);
    const values = (subject[predicate] as Array<{ '@id': string }> | undefined) ?? [];
    values.push({ '@id': iriOf(link.target) });
    subject[predicate] = values;
  }
  return subject;
}

/** An edge's provenance as a kg:Assertion. */
function assertion(e: ExportEdge): Record<string, unknown> {
  return {
    '@type': 'kg:Assertion',
    'kg:subject': { '@id': iriOf(e.source) },
    'kg:predicate': {
      '@id': predicateOf(e.type)
        .replace(/^kg:/, `${IRI_BASE}vocab#`)
        .replace(/^schema:/, 'https://schema.org/'),
    },
    'kg:object': { '@id': iriOf(e.target) },
    'kg:relationship': e.type,
    ...Object.fromEntries(Object.entries(e.properties).map(([k, v]) => [`kg:${k}`, v])),
  };
}

// JSON.stringify(value, null, 2) of an item of "@graph", which sits two levels deep. JSON text
// has no raw line breaks inside strings, so indenting every line break is safe.
const graphItem = (item: unknown) => `    ${JSON.stringify(item, null, 2).replace(/\n/g, '\n    ')}`;

/**
 * JSON-LD: nodes with stable IRIs typed with schema.org and SKOS terms where they fit, ISO 3166
 * codes on countries, links as properties, and every edge's provenance as a kg:Assertion (after
 * the nodes). Written as the parts arrive, the same text as `JSON.stringify(document, null, 2)`.
 */
export async function* jsonld(parts: AsyncIterable<ExportGraphPart>): AsyncGenerator<string, void, undefined> {
  const out = new TextChunks();
  out.add(`{\n  "@context": ${JSON.stringify(CONTEXT, null, 2).replace(/\n/g, '\n  ')},\n  "@graph": [`);
  let items = 0;
  for await (const part of parts) {
    const item = part.kind === 'node' ? nodeObject(part.node, part.links) : part.kind === 'edge' ? assertion(part.edge) : null;
    if (item === null) continue;
    out.add(`${items++ === 0 ? '\n' : ',\n'}${graphItem(item)}`);
    if (out.full) yield out.take();
  }
  out.add(items === 0 ? ']\n}\n' : '\n  ]\n}\n');
  yield out.take();
}
