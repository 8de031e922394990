import { type GraphQLError } from 'graphql';
import { createPracticeSchema, linkSchema, parseInput } from '../../src/curation/curationInput';

const errorOf = (fn: () => unknown): GraphQLError => {
  try {
    fn();
  } catch (err) {
    return err as GraphQLError;
  }
  throw new Error('expected an error');
};

const valid = {
  title: 'Safe shelters',
  summary: 'Shelters along the route.',
  evidence: 'Ministry report, p. 12',
  webLinks: ['https://example.org'],
  links: [],
};

describe('curation input parsing', () => {
  it('accepts a valid input and trims its strings', () => {
    expect(parseInput(createPracticeSchema, { ...valid, title: '  Safe shelters  ' }, 'input')).toMatchObject({ title: 'Safe shelters' });
  });

  it('names the argument path of the bad value and quotes it', () => {
    const err = errorOf(() => parseInput(createPracticeSchema, { ...valid, webLinks: ['https://ok.org', 'ftp://nope'] }, 'input'));
    expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.webLinks[1]' });
    expect(err.message).toContain('"ftp://nope"');
  });

  it('asks for evidence of at least five characters', () => {
    const err = errorOf(() => parseInput(linkSchema, { type: 'ADDRESSES', target: 'health', evidence: 'x' }, 'link'));
    expect(err.extensions).toMatchObject({ argument: 'link.evidence' });
    expect(err.message).toMatch(/say where this comes from/);
  });

  it('names a missing field without quoting a value', () => {
    const err = errorOf(() => parseInput(createPracticeSchema, { summary: 's', evidence: 'a report' }, 'input'));
    expect(err.extensions).toMatchObject({ argument: 'input.title' });
    expect(err.message).not.toContain('(got');
  });
});
