import { GraphQLError } from 'graphql';
import { decodeCursor, encodeCursor } from '../../src/util/cursor';

describe('page cursors', () => {
  it('round-trip a string or numeric sort key with the id', () => {
    for (const value of [
      { key: 'Beta Groups', id: 'beta-groups' },
      { key: 0.73, id: 'x' },
      { key: 'تعاون', id: 'p-1a2b3c' },
    ]) {
      expect(decodeCursor(encodeCursor(value))).toEqual(value);
    }
  });

  it('read null or undefined as "from the start"', () => {
    expect(decodeCursor(null)).toBeNull();
    expect(decodeCursor(undefined)).toBeNull();
  });

  it('refuse anything this API did not produce with BAD_USER_INPUT on the argument', () => {
    for (const bad of [
      '',
      'not-a-cursor',
      Buffer.from('{"key":1}').toString('base64url'),
      Buffer.from('[1,2]').toString('base64url'),
      Buffer.from('["a","b","c"]').toString('base64url'),
    ]) {
      let caught: unknown;
      try {
        decodeCursor(bad, 'backedPractices.after');
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(GraphQLError);
      expect((caught as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'backedPractices.after' });
    }
  });
});
