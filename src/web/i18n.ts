import { PROFILE_STRINGS } from './profileStrings';

/** The interface's words in English and French; graph labels come from the API in both. */
const STRINGS = {
  ...PROFILE_STRINGS,
  title: ['Migrant-rights knowledge graph', 'Graphe de connaissances sur les droits des migrants'],
  search: ['Search', 'Rechercher'],
  searchPlaceholder: ['Search practices, partners, instruments, countries', 'Rechercher pratiques, partenaires, instruments, pays'],
  layout: ['Layout', 'Disposition'],
  layoutForce: ['Force (fcose)', 'Forces (fcose)'],
  layoutHierarchy: ['Hierarchy', 'Hiérarchie'],
  layoutConcentric: ['Concentric', 'Concentrique'],
  layoutGrid: ['Grid', 'Grille'],
  fit: ['Fit', 'Ajuster'],
  expand: ['Expand', 'Déplier'],
  hide: ['Hide', 'Masquer'],
  pin: ['Pin', 'Épingler'],
  path: ['Path', 'Chemin'],
  gaps: ['Gaps', 'Lacunes'],
  exportPng: ['PNG', 'PNG'],
  exportJson: ['JSON', 'JSON'],
  clear: ['Clear', 'Effacer'],
  language: ['Language', 'Langue'],
  legend: ['Legend', 'Légende'],
  filters: ['Filters', 'Filtres'],
  theme: ['Theme', 'Thème'],
  country: ['Country', 'Pays'],
  all: ['All', 'Tous'],
  rows: ['Rows', 'Lignes'],
  columns: ['Columns', 'Colonnes'],
  emptyCell: ['empty cell: a gap', 'case vide : une lacune'],
  details: ['Details', 'Détails'],
  detailsHint: [
    'Search, then select a node to see its properties and the provenance of its edges.',
    'Recherchez, puis sélectionnez un nœud pour voir ses propriétés et la provenance de ses liens.',
  ],
  properties: ['Properties', 'Propriétés'],
  edges: ['Edges and their provenance', 'Liens et leur provenance'],
  webLinks: ['Web links', 'Liens web'],
  source: ['Source lines', 'Lignes sources'],
  backedBy: ['Instruments behind this practice', 'Instruments qui fondent cette pratique'],
  more: ['more', 'de plus'],
  selectTwo: ['Select two nodes (shift-click) to find a path.', 'Sélectionnez deux nœuds (maj-clic) pour trouver un chemin.'],
  noPath: ['No path within 8 steps.', 'Aucun chemin en 8 étapes.'],
  loading: ['Loading…', 'Chargement…'],
  nodes: ['nodes', 'nœuds'],
  candidates: ['Candidate partners for this gap', 'Partenaires possibles pour cette lacune'],
  noCandidates: ['No named partner is active on this theme elsewhere.', 'Aucun partenaire nommé n’agit ailleurs sur ce thème.'],
  noResults: ['Nothing found.', 'Aucun résultat.'],
  viewGraph: ['Graph', 'Graphe'],
  viewPractices: ['Practices', 'Pratiques'],
  viewCountry: ['Country', 'Pays'],
  viewInstrument: ['Instrument', 'Instrument'],
  narrow: ['Narrow the list', 'Affiner la liste'],
  fullText: ['Full text', 'Texte intégral'],
  resetFilters: ['Clear all filters', 'Effacer tous les filtres'],
  sortBy: ['Sort by', 'Trier par'],
  sortTitleAsc: ['Title A–Z', 'Titre A–Z'],
  sortTitleDesc: ['Title Z–A', 'Titre Z–A'],
  sortRelevance: ['Best match (full text)', 'Pertinence (texte intégral)'],
  exportThese: ['Export these:', 'Exporter celles-ci :'],
  practiceTableCaption: ['Practices matching the filters', 'Pratiques correspondant aux filtres'],
  colTitle: ['Practice', 'Pratique'],
  colCountries: ['Implemented by', 'Mise en œuvre par'],
  colThemes: ['Themes', 'Thèmes'],
  colPartners: ['Partners', 'Partenaires'],
  previous: ['Previous', 'Précédente'],
  next: ['Next', 'Suivante'],
  page: ['Page', 'Page'],
  of: ['of', 'sur'],
  practicesFound: ['practices', 'pratiques'],
  openInGraph: ['Open in the graph', 'Ouvrir dans le graphe'],
  facetThemes: ['Themes', 'Thèmes'],
  facetCountries: ['Implementing countries', 'Pays de mise en œuvre'],
  facetPartnerKinds: ['Partner kinds', 'Types de partenaires'],
  facetPartners: ['Partners', 'Partenaires'],
  facetGroups: ['Groups', 'Groupes'],
  facetStages: ['Stages of migration', 'Étapes de la migration'],
  facetInstruments: ['Instruments behind them', 'Instruments qui les fondent'],
  facetObjectives: ['Compact objectives', 'Objectifs du Pacte mondial'],
  facetTargets: ['SDG targets', 'Cibles des ODD'],
} as const;

export type StringKey = keyof typeof STRINGS;
export type Lang = 'EN' | 'FR';

let current: Lang = 'EN';

/** The current language. */
export const lang = () => current;

/** A word of the interface in the current language. */
export const t = (key: StringKey) => STRINGS[key][current === 'FR' ? 1 : 0];

/** A word of the interface with its `{name}` slots filled. */
export const tf = (key: StringKey, vars: Record<string, string>) => t(key).replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? `{${k}}`);

/** Switches language and rewrites every element marked with data-i18n. */
export function setLang(next: Lang): void {
  current = next;
  document.documentElement.lang = next === 'FR' ? 'fr' : 'en';
  document.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => {
    el.textContent = t(el.dataset.i18n as StringKey);
  });
  document.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]').forEach((el) => {
    el.placeholder = t(el.dataset.i18nPlaceholder as StringKey);
  });
}

// The legend's name of each node type; a type missing here shows its own name.
const TYPE_NAMES: Record<string, readonly [string, string]> = {
  Practice: ['Practice', 'Pratique'],
  Country: ['Country', 'Pays'],
  Partner: ['Partner', 'Partenaire'],
  Theme: ['Theme', 'Thème'],
  Instrument: ['Instrument', 'Instrument'],
  Provision: ['Provision', 'Disposition'],
  Group: ['Group', 'Groupe'],
  Stage: ['Stage', 'Étape'],
  Objective: ['Compact objective', 'Objectif du Pacte mondial'],
  Target: ['SDG target', 'Cible des ODD'],
  Document: ['Document', 'Document'],
  Recommendation: ['Recommendation', 'Recommandation'],
  GuidingQuestion: ['Guiding question', 'Question directrice'],
};

/** A node type's name for the legend, in the current language. */
export const typeName = (type: string) => TYPE_NAMES[type]?.[current === 'FR' ? 1 : 0] ?? type;

/** A node's label in the current language (French names where the graph has them). */
export function nodeLabel(label: string, properties: Record<string, unknown>): string {
  return current === 'FR' && typeof properties.nameFr === 'string' ? properties.nameFr : label;
}
