import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CurationJournal } from '../../../src/curation/curationJournal';

const tmpFile = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kg-journal-')), 'nested', 'journal.jsonl');
const ids = ['0b6b5a4e-4f0c-4d8e-9a59-0c1b2c3d4e5f', '1c7c6b5f-5a1d-4e9f-8b6a-1d2c3e4f5a6b', '2d8d7c6a-6b2e-4fa0-9c7b-2e3d4f5a6b7c'];

function change(id: string, practiceId: string, version: number) {
  return {
    id,
    at: '2026-01-02T03:04:05.678Z',
    curator: 'Alice Moreau',
    change: { op: 'deletePractice' as const, practiceId },
    expectedVersion: null,
    version,
    summary: 'deleted with 3 relationships',
    before: { title: 'T' },
    after: null,
  };
}

describe('CurationJournal', () => {
  it('appends self-describing lines and reads back changes in commit order, with their outcomes', () => {
    const journal = new CurationJournal(tmpFile());
    expect(journal.read()).toEqual({ committed: [], pending: [], aborted: [], tornLines: [] });
    journal.appendChange(change(ids[0]!, 'a', 2));
    journal.appendChange(change(ids[1]!, 'b', 2));
    journal.appendOutcome(ids[1]!, 'commit');
    journal.appendOutcome(ids[0]!, 'commit');
    journal.appendChange(change(ids[2]!, 'c', 2));
    journal.appendOutcome(ids[2]!, 'abort', 'did not commit: database unavailable');
    journal.close();
    const lines = fs
      .readFileSync(journal.file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toEqual({ format: 1, type: 'change', ...change(ids[0]!, 'a', 2) });
    expect(lines[5]).toMatchObject({ format: 1, type: 'abort', id: ids[2], reason: 'did not commit: database unavailable' });
    const read = journal.read();
    expect(read.committed.map((r) => [r.change.change.practiceId, r.line])).toEqual([
      ['b', 2],
      ['a', 1],
    ]);
    expect(read.aborted.map((r) => r.change.change.practiceId)).toEqual(['c']);
    expect(read.pending).toEqual([]);
  });

  it('survives a line cut short by a crash: it is ignored, and the next line starts on its own', () => {
    const file = tmpFile();
    const journal = new CurationJournal(file);
    journal.appendChange(change(ids[0]!, 'a', 2));
    journal.close();
    fs.appendFileSync(file, '{"format":1,"type":"commit","id":"0b6b5a4e');
    const reopened = new CurationJournal(file);
    reopened.appendOutcome(ids[0]!, 'commit');
    const read = reopened.read();
    expect(read.tornLines).toEqual([2]);
    expect(read.committed.map((r) => r.change.id)).toEqual([ids[0]]);
  });

  it('leaves a change without outcome pending, and refuses a line that is JSON but not the format', () => {
    const file = tmpFile();
    const journal = new CurationJournal(file);
    journal.appendChange(change(ids[0]!, 'a', 2));
    expect(journal.read().pending.map((r) => r.change.id)).toEqual([ids[0]]);
    fs.appendFileSync(file, '{"format":1,"type":"commit","id":"not-a-uuid","at":"2026-01-02T03:04:05.678Z"}\n');
    expect(() => journal.read()).toThrow(/journal\.jsonl:2: not a curation journal line: id: /);
  });
});
