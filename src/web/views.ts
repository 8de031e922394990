/** The explorer's views: each is a section of the page, reached by a tab and by a hash route. */
export const VIEW_NAMES = ['graph', 'practices', 'country', 'instrument'] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

/**
 * Where the hash points. `#practices?theme=detention`, `#country/MEX` and `#instrument/ICESCR`
 * name their view; any other hash (`#q=...&x=...`, the graph's own state, or none) is the graph,
 * so the links shared before there were views still open what they showed.
 */
export interface Route {
  view: ViewName;
  /** What follows the view's name and a slash: a country's or an instrument's id. */
  arg: string;
  /** What follows the `?`: the view's own state. */
  params: URLSearchParams;
}

/** What a view does each time its route is shown (render, or refresh from the route's params). */
export type ViewHandler = (route: Route) => void | Promise<void>;

const handlers = new Map<ViewName, ViewHandler>();

/** Reads a hash as a route. */
export function parseRoute(hash = location.hash): Route {
  const m = /^#?(practices|country|instrument)(?:\/([^?]*))?(?:\?(.*))?$/.exec(hash);
  if (!m) return { view: 'graph', arg: '', params: new URLSearchParams(hash.replace(/^#/, '')) };
  return { view: m[1] as ViewName, arg: decodeURIComponent(m[2] ?? ''), params: new URLSearchParams(m[3] ?? '') };
}

/** The hash of a route: the inverse of parseRoute for the non-graph views. */
export function routeHash(view: Exclude<ViewName, 'graph'>, arg = '', params?: URLSearchParams): string {
  const query = params?.toString();
  return `#${view}${arg ? `/${encodeURIComponent(arg)}` : ''}${query ? `?${query}` : ''}`;
}

/** Says what to run when a view is shown; a view with none shows its section as the page has it. */
export function registerView(name: ViewName, handler: ViewHandler): void {
  handlers.set(name, handler);
}

/** Shows the route's view: its section visible, the others hidden, its tab marked as the current page. */
export async function showRoute(route: Route = parseRoute()): Promise<void> {
  document.body.dataset.view = route.view;
  for (const name of VIEW_NAMES) {
    const section = document.getElementById(`${name}-view`);
    if (section) section.hidden = name !== route.view;
    const tab = document.querySelector(`#view-tabs a[data-view="${name}"]`);
    if (name === route.view) tab?.setAttribute('aria-current', 'page');
    else tab?.removeAttribute('aria-current');
  }
  await handlers.get(route.view)?.(route);
}

/** Follows the hash from now on; the caller shows the first route when its views are registered. */
export function startRouter(onError: (err: unknown) => void): void {
  window.addEventListener('hashchange', () => void showRoute().catch(onError));
}
