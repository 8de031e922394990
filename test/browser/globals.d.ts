import type cytoscape from 'cytoscape';

// What the explorer page exposes to tests (see src/web/main.ts).
declare global {
  interface Window {
    cy: cytoscape.Core;
    explorer: { state: Record<string, unknown> & { expanded: string[] }; ready: Promise<void>; expand(id: string): Promise<void> };
  }
}
