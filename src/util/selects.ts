import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

/** Whether the selection under this field asks, at any depth, for a field called `name`. */
export function selects(info: GraphQLResolveInfo, name: string): boolean {
  const visit = (tree: ResolveTree): boolean =>
    Object.values(tree.fieldsByTypeName).some((fields) => Object.values(fields).some((f) => f.name === name || visit(f)));
  const tree = parseResolveInfo(info) as ResolveTree | null;
  return tree ? visit(tree) : true;
}

/**
 * The names of the fields selected at a path under this field, fragments included: `path`
 * alternates type and field names and ends with the type whose fields are wanted
 * (`'Subgraph', 'nodes', 'GraphNode'`). Null when the selection cannot be read.
 */
export function fieldsAt(info: GraphQLResolveInfo, ...path: string[]): Set<string> | null {
  let tree = parseResolveInfo(info) as ResolveTree | null;
  if (!tree) return null;
  for (let i = 0; i + 1 < path.length; i += 2) {
    tree = tree.fieldsByTypeName[path[i]!]?.[path[i + 1]!] ?? null;
    if (!tree) return new Set();
  }
  return new Set(Object.values(tree.fieldsByTypeName[path[path.length - 1]!] ?? {}).map((f) => f.name));
}
