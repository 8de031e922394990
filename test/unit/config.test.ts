import { loadConfig } from '../../src/config/config';

describe('loadConfig', () => {
  it('applies the documented defaults to an empty environment', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ PORT: 4000, NEO4J_EMBEDDED_PORT: 7687, NEO4J_DATABASE: 'neo4j', NEO4J_DATA_DIR: 'data/neo4j' });
    expect(c.NEO4J_URI).toBeUndefined();
  });

  it('names the variable and quotes the bad value', () => {
    expect(() => loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://x' })).toThrow(/PORT="eighty"[\s\S]*NEO4J_URI="http:\/\/x"/);
  });

  it('accepts Aura and cluster URIs', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io' }).NEO4J_URI).toBe('neo4j+s://abc.databases.neo4j.io');
    expect(loadConfig({ NEO4J_URI: 'neo4j://core1:7687' }).NEO4J_URI).toBe('neo4j://core1:7687');
  });
});
