import * as Plot from '@observablehq/plot';
import { iso31661 } from 'iso-3166/1.js';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { plotSvg } from './chartFigure';
import { CATEGORIES, categoryColor, categoryLabel, type StatusCategory } from './statusCategory';

// world-atlas names countries by ISO 3166-1 numeric code; the graph by alpha-3.
const ALPHA3_OF_NUMERIC = new Map(iso31661.map((c) => [c.numeric, c.alpha3]));

const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const shapes = feature(topology, topology.objects.countries).features;

const SVG_NS = 'http://www.w3.org/2000/svg';
const HATCH_ID = 'status-unknown-hatch';

function hatch(): SVGDefsElement {
  const make = <K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string>) => {
    const node = document.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    return node;
  };
  const pattern = make('pattern', { id: HATCH_ID, width: '4', height: '4', patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' });
  pattern.append(
    make('rect', { width: '4', height: '4', fill: categoryColor('unknown') }),
    make('line', { x1: '0', y1: '0', x2: '0', y2: '4', stroke: '#8c8c8c', 'stroke-width': '1.2' }),
  );
  const defs = make('defs', {});
  defs.append(pattern);
  return defs;
}

/** A country on the map: its class and the words its tooltip says. */
export interface MapCountry {
  category: StatusCategory;
  title: string;
}

/**
 * A world map (Natural Earth 1:110m boundaries from world-atlas, Equal Earth projection), each
 * country filled by its status class. A shape whose country the graph does not know, or which
 * has no ISO code (Kosovo, Somaliland, Northern Cyprus), is "unknown" like any missing status.
 * Each country's <path> carries `data-iso3` and `data-category`, so a test or a stylesheet can
 * read what the picture shows.
 */
export function worldMap(byIso3: Map<string, MapCountry>): SVGSVGElement {
  const data = shapes.map((f) => {
    const iso3 = f.id === undefined ? '' : (ALPHA3_OF_NUMERIC.get(String(f.id)) ?? '');
    const known = byIso3.get(iso3);
    return { f, iso3, category: known?.category ?? 'unknown', title: known?.title ?? `${f.properties.name}: ${categoryLabel('unknown')}` };
  });
  const svg = plotSvg({
    width: 900,
    height: 460,
    projection: 'equal-earth',
    color: { domain: CATEGORIES.map((c) => c.id), range: CATEGORIES.map((c) => c.color) },
    marks: [
      Plot.sphere({ fill: '#eef4fa', stroke: '#b8c0c8' }),
      Plot.geo(
        data.map((d) => d.f),
        { fill: (_: unknown, i: number) => data[i]!.category, stroke: '#fff', strokeWidth: 0.5, title: (_: unknown, i: number) => data[i]!.title },
      ),
    ],
  });
  svg.prepend(hatch());
  // Plot draws one <path> a feature, in data order, in the last "geo" group (the sphere's is first).
  const groups = svg.querySelectorAll('g[aria-label="geo"]');
  const paths = groups[groups.length - 1]?.querySelectorAll('path') ?? [];
  if (paths.length !== data.length) throw new Error(`the map drew ${paths.length} countries of ${data.length}`);
  paths.forEach((p, i) => {
    const d = data[i];
    if (!d) return;
    p.setAttribute('data-iso3', d.iso3);
    p.setAttribute('data-category', d.category);
    // Hatched as well as grey, so "unknown" stays apart from every status in a grey printout.
    if (d.category === 'unknown') p.setAttribute('fill', `url(#${HATCH_ID})`);
  });
  return svg;
}
