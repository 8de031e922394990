import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CYPHER_DIR, loadCypherCatalog, splitStatements } from '../../src/db/cypherCatalog';
import { QUERY_NAMES } from '../../src/db/queryNames';

describe('the Cypher catalog', () => {
  it('has a file for every name the code uses, and no other file', () => {
    const catalog = loadCypherCatalog();
    expect([...catalog.keys()].sort()).toEqual([...QUERY_NAMES].sort());
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

  it('splits a schema file into its statements, dropping comments', () => {
    expect(splitStatements('// why\nCREATE A;\nCREATE B;\n')).toEqual(['CREATE A', 'CREATE B']);
  });
});
