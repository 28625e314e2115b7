import { describe, expect, it } from 'vitest';
import { encodeGazetteer } from '../../scripts/gazetteer-file.mjs';
import { keyRows, readGazetteerFile } from '../../src/analyze/resources/gazetteer-file.js';

// The compact gazetteer file: what the build writes is what the analysis reads, value for value.
describe('gazetteer file', () => {
  const counties = [
    { code: 'US.KS.1', name: 'Orange', key: 'orange', lat: 38.1234, lon: -98.5, pop: 1200 },
    { code: 'PL.14.2', name: 'Łódź', key: 'lodz', lat: 51.7592, lon: 19.456, pop: 0 },
    { code: 'US.CA.3', name: 'Orange', key: 'orange', lat: 33.7, lon: -117.8, pop: 3_000_000 },
  ];
  const cities = {
    key: ['a', 'dushanbe', 'dushanbe', 'zz'],
    name: ['A', 'Dushanbe', 'Душанбе', 'ZZ'],
    cc: ['TJ', 'TJ', 'TJ', 'TJ'],
    pop: [1, 863_400, 863_400, 0],
    lat: [1.5, 38.5358, 38.5358, -0.0001],
    lon: [2.25, 68.7791, 68.7791, 1e-7],
  };
  const small = { version: 3, countries: [{ cc: 'TJ', name: 'Tajikistan', names: ['Tajikistan'] }] };

  it('reads back every table exactly as written', () => {
    const buf = encodeGazetteer({ ...small, admin2: counties, cities });
    const { small: readSmall, tables } = readGazetteerFile(buf, 'test');
    expect(readSmall).toEqual(small);
    const c = tables.cities;
    expect(c.rows).toBe(4);
    for (const column of ['key', 'name', 'cc'] as const)
      expect(Array.from({ length: 4 }, (_, i) => c.str(column).at(i))).toEqual(cities[column]);
    for (const column of ['pop', 'lat', 'lon'] as const)
      expect(Array.from({ length: 4 }, (_, i) => c.num(column).at(i))).toEqual(cities[column]);
    // Counties are sorted by key, keeping their order within a key.
    const a2 = tables.admin2;
    expect(Array.from({ length: 3 }, (_, i) => a2.str('code').at(i))).toEqual(['PL.14.2', 'US.KS.1', 'US.CA.3']);
    expect(a2.num('lat').at(1)).toBe(38.1234);
  });

  it('finds the rows of a key by binary search', () => {
    const { tables } = readGazetteerFile(encodeGazetteer({ ...small, admin2: counties, cities }), 'test');
    expect(keyRows(tables.cities.str('key'), 'dushanbe')).toEqual([1, 3]);
    expect(keyRows(tables.cities.str('key'), 'a')).toEqual([0, 1]);
    expect(keyRows(tables.cities.str('key'), 'zz')).toEqual([3, 4]);
    expect(keyRows(tables.cities.str('key'), 'b')).toBeUndefined();
    expect(keyRows(tables.cities.str('key'), 'zzz')).toBeUndefined();
    expect(keyRows(tables.admin2.str('key'), 'orange')).toEqual([1, 3]);
  });

  it('refuses rows not sorted by key and files that are not gazetteers', () => {
    expect(() =>
      encodeGazetteer({ ...small, admin2: counties, cities: { ...cities, key: ['b', 'a', 'c', 'd'] } }),
    ).toThrow(/not sorted/);
    expect(() => readGazetteerFile(Buffer.from('{"version":3}'), 'build/gazetteer.json')).toThrow(
      /build\/gazetteer.json is not a gazetteer file/,
    );
  });
});
