import { decodeProperties, encodeProperties, encodeProperty, UnsupportedPropertyError } from '../../../src/backup/propertyCodec';

describe('backup property values', () => {
  it('keeps strings, booleans, safe integers and lists of them as JSON, and tags the rest', () => {
    const encoded = encodeProperties(
      [
        ['s', 'STRING NOT NULL', 'Beta Groups'],
        ['b', 'BOOLEAN NOT NULL', false],
        ['tags', 'LIST<STRING NOT NULL> NOT NULL', ['a', 'b']],
        ['none', 'LIST<NOTHING> NOT NULL', []],
        ['year', 'INTEGER NOT NULL', '2015'],
        ['years', 'LIST<INTEGER NOT NULL> NOT NULL', ['1990', '-3']],
        ['big', 'INTEGER NOT NULL', '9007199254740993'],
        ['score', 'FLOAT NOT NULL', '2.0'],
        ['odd', 'LIST<FLOAT NOT NULL> NOT NULL', ['NaN', '-0.0', '1.0E10']],
        ['at', 'ZONED DATETIME NOT NULL', '2026-01-31T10:00:00.123456789+01:00[Europe/Paris]'],
        ['day', 'DATE NOT NULL', '2015-10-14'],
        ['span', 'DURATION NOT NULL', 'P1Y2M'],
      ],
      'node 1',
    );
    expect(encoded).toEqual({
      s: 'Beta Groups',
      b: false,
      tags: ['a', 'b'],
      none: [],
      year: 2015,
      years: [1990, -3],
      big: { $int: '9007199254740993' },
      score: { $float: '2.0' },
      odd: { $float: ['NaN', '-0.0', '1.0E10'] },
      at: { $datetime: '2026-01-31T10:00:00.123456789+01:00[Europe/Paris]' },
      day: { $date: '2015-10-14' },
      span: { $duration: 'P1Y2M' },
    });
    // The restore gets plain values as they are and every other one as text with its type.
    expect(decodeProperties(encoded)).toEqual({
      props: { s: 'Beta Groups', b: false, tags: ['a', 'b'], none: [] },
      typed: [
        { k: 'year', t: 'int', list: false, v: ['2015'] },
        { k: 'years', t: 'int', list: true, v: ['1990', '-3'] },
        { k: 'big', t: 'int', list: false, v: ['9007199254740993'] },
        { k: 'score', t: 'float', list: false, v: ['2.0'] },
        { k: 'odd', t: 'float', list: true, v: ['NaN', '-0.0', '1.0E10'] },
        { k: 'at', t: 'datetime', list: false, v: ['2026-01-31T10:00:00.123456789+01:00[Europe/Paris]'] },
        { k: 'day', t: 'date', list: false, v: ['2015-10-14'] },
        { k: 'span', t: 'duration', list: false, v: ['P1Y2M'] },
      ],
    });
  });

  it('refuses a type it cannot restore, naming the property and where it is', () => {
    expect(() => encodeProperty(['where', 'POINT NOT NULL', null], 'node 4:abc:7 (Place)')).toThrow(UnsupportedPropertyError);
    expect(() => encodeProperty(['where', 'POINT NOT NULL', null], 'node 4:abc:7 (Place)')).toThrow(
      'node 4:abc:7 (Place): property "where" has type POINT NOT NULL',
    );
  });
});
