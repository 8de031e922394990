import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compactCypher, CYPHER_DIR, loadCypherCatalog, readCypherStatements, splitStatements } from '../../src/db/cypherCatalog';
import { QUERY_NAMES } from '../../src/db/queryNames';
import { isShapeMarker, shapeStatement } from '../../src/db/cypherShapes';

describe('the Cypher catalog', () => {
  it('has a file for every name the code uses, and no other file', () => {
    const catalog = loadCypherCatalog();
    expect([...catalog.keys()].sort()).toEqual([...QUERY_NAMES].sort());
  });

  it('sends statements without comment lines or indentation, and nothing else of them changed', () => {
    expect(compactCypher("// why\n  MATCH (d:Document {url: 'https://x.org//a'})  // trailing\n\n    RETURN d")).toBe(
      "MATCH (d:Document {url: 'https://x.org//a'})  // trailing\nRETURN d",
    );
    // Shape markers stay for the executor, which sends none of them (cypherShapes.ts).
    expect(compactCypher('MATCH (p)\n  // @when $x\n  WHERE p.x = $x\n  // @end\nRETURN p')).toBe('MATCH (p)\n// @when $x\nWHERE p.x = $x\n// @end\nRETURN p');
    const catalog = loadCypherCatalog();
    for (const s of readCypherStatements()) {
      const kept = catalog.get(s.name)!;
      expect(kept.split('\n').filter((l) => (l.startsWith('//') && !isShapeMarker(l)) || l !== l.trim() || l === '')).toEqual([]);
      expect(
        shapeStatement(kept, {})
          .split('\n')
          .filter((l) => l.startsWith('//')),
      ).toEqual([]);
      // The same Cypher: only comment lines and whitespace at the ends of lines are gone.
      const cypherOf = (text: string) =>
        text
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l && (!l.startsWith('//') || isShapeMarker(l)));
      expect(kept.split('\n')).toEqual(cypherOf(s.text));
      expect(kept.length).toBeLessThanOrEqual(s.text.length);
    }
    // A fifth of the page statement was comment lines and indentation.
    const page = readCypherStatements().find((s) => s.name === 'practice/pageByTitle:TITLE_ASC')!;
    expect(catalog.get(page.name)!.length).toBeLessThan(page.text.length * 0.85);
  });

  it('fails fast on a file that no code uses', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-cypher-'));
    fs.cpSync(CYPHER_DIR, dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'health', 'stray.cypher'), 'RETURN 1');
    expect(() => loadCypherCatalog(dir)).toThrow(/cypher\/health\/stray\.cypher/);
  });

  it('fails fast on a missing file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-cypher-'));
    fs.cpSync(CYPHER_DIR, dir, { recursive: true });
    fs.rmSync(path.join(dir, 'health', 'counts.cypher'));
    expect(() => loadCypherCatalog(dir)).toThrow(/missing files: cypher\/health\/counts\.cypher/);
  });

  it('makes one statement of each @variant line of a file, and fails when the code names one the file lacks', () => {
    const catalog = loadCypherCatalog();
    expect(catalog.get('practice/pageByTitle:TITLE_ASC')).toMatch(/p\.title > \$after\.key[\s\S]*ORDER BY p\.title ASC, p\.id ASC/);
    expect(catalog.get('practice/pageOfTextMatches:RELEVANCE')).toMatch(
      /score < \$after\.key[\s\S]*ORDER BY score DESC, p\.id ASC[\s\S]*RETURN score AS sortKey/,
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-cypher-'));
    fs.cpSync(CYPHER_DIR, dir, { recursive: true });
    const file = path.join(dir, 'practice', 'pageByTitle.cypher');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^\/\/ @variant TITLE_DESC.*\n/m, '// @variant DOWN  direction=DESC  beyond=<\n'));
    expect(() => loadCypherCatalog(dir)).toThrow(
      'missing files: practice/pageByTitle:TITLE_DESC (a "// @variant TITLE_DESC" line of cypher/practice/pageByTitle.cypher); files no code uses (add them to src/db/queryNames.ts or delete them): practice/pageByTitle:DOWN',
    );
  });

  it('fails fast on a fragment that nothing includes', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-cypher-'));
    fs.cpSync(CYPHER_DIR, dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'practice', '_stray.cypher'), 'p.id');
    expect(() => loadCypherCatalog(dir)).toThrow(/files no code uses .*cypher\/practice\/_stray\.cypher/);
  });

  it('splits a schema file into its statements, dropping comments', () => {
    expect(splitStatements('// why\nCREATE A;\nCREATE B;\n')).toEqual(['CREATE A', 'CREATE B']);
  });
});
