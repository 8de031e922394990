import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BACKING_RULE_FILE } from '../../../src/backing/backingRule';
import { CYPHER_DIR } from '../../../src/db/cypherCatalog';
import { buildLoadPlan } from '../../../src/load/buildLoadPlan';

/**
 * A start skips the load when the fingerprint matches the last one. The fingerprint must cover
 * the statements that write the graph, or a database loaded under an older backing rule would
 * keep that rule's BACKS edges (or none at all) for as long as the seeds do not change.
 */
describe('the load fingerprint', () => {
  const copyOfCypher = () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kg-cypher-')), 'cypher');
    fs.cpSync(CYPHER_DIR, dir, { recursive: true });
    return dir;
  };

  it('is stable for the same seeds and statements', () => {
    expect(buildLoadPlan({ cypherDir: copyOfCypher() }).fingerprint).toBe(buildLoadPlan().fingerprint);
  });

  it('changes when the backing rule, a load statement or a fragment a load statement includes changes', () => {
    const base = buildLoadPlan().fingerprint;
    const rule = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kg-rule-')), 'backingRule.ts');
    fs.writeFileSync(rule, `${fs.readFileSync(BACKING_RULE_FILE, 'utf8')}\n// a changed rule\n`);
    expect(buildLoadPlan({ backingRuleFile: rule }).fingerprint).not.toBe(base);
    for (const file of ['backing/subjects.cypher', 'load/addresses.cypher']) {
      const dir = copyOfCypher();
      fs.appendFileSync(path.join(dir, file), '\n// a changed statement\n');
      expect(buildLoadPlan({ cypherDir: dir }).fingerprint).not.toBe(base);
    }
    // A fragment's comments are not spliced in; its Cypher is (here one more space).
    const dir = copyOfCypher();
    const fragment = path.join(dir, 'gaps/_cellLists.cypher');
    fs.writeFileSync(fragment, fs.readFileSync(fragment, 'utf8').replace('RETURN', 'RETURN '));
    expect(buildLoadPlan({ cypherDir: dir }).fingerprint).not.toBe(base);
  });
});
