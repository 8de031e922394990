import { loadCypherCatalog } from '../../../src/db/cypherCatalog';

describe('cypher/export/subgraph', () => {
  const statement = loadCypherCatalog().get('export/subgraph')!;

  it('tests no edge end against the list of nodes (a comparison with every node per edge)', () => {
    // Comments aside; a list comprehension `[n IN nodes | ...]` is a projection, not a membership test.
    const code = statement.replace(/\/\/.*$/gm, '').replace(/\[\s*\w+\s+IN\s+\w+\s*\|/g, '[');
    expect(code).not.toMatch(/\bIN\s+(nodes|eids|ps|neighbours|framework)\b/);
  });

  it('streams rows (head, nodes, edges) rather than one row holding the whole graph', () => {
    expect(statement).toMatch(/'head' AS kind/);
    expect(statement).toMatch(/'node' AS kind/);
    expect(statement).toMatch(/'edge' AS kind/);
  });
});
