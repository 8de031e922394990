import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

/** Whether the selection under this field asks, at any depth, for a field called `name`. */
export function selects(info: GraphQLResolveInfo, name: string): boolean {
  const visit = (tree: ResolveTree): boolean =>
    Object.values(tree.fieldsByTypeName).some((fields) => Object.values(fields).some((f) => f.name === name || visit(f)));
  const tree = parseResolveInfo(info) as ResolveTree | null;
  return tree ? visit(tree) : true;
}
