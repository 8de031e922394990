import { buildSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { loadTypeDefs } from './loadTypeDefs';

/**
 * The schema the server builds from schema/*.graphql, printed with its types, fields,
 * arguments and enum values in name order, so that a change shows as a small diff of the
 * committed schema.graphql wherever in schema/ it was made.
 */
export function printedSchema(typeDefs: string = loadTypeDefs()): string {
  return `${printSchema(lexicographicSortSchema(buildSchema(typeDefs)))}\n`;
}
