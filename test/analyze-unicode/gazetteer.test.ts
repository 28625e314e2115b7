// The gazetteer finds towns by their native and their ASCII spellings alike (GeoNames has both).
import { describe, expect, it } from 'vitest';
import { lookupPlaces, type Place } from '../../src/analyze/resources/gazetteer.js';
import { ensureGazetteer } from '../analyze-entities/helpers.js';

/** The most populous town a spelling names, as [country, lat, lon] rounded to 0.1°. */
function town(spelling: string): [string, number, number] | undefined {
  ensureGazetteer();
  const best = lookupPlaces(spelling)
    .filter((p) => p.kind === 'city')
    .reduce<Place | undefined>((a, p) => (!a || p.pop > a.pop ? p : a), undefined);
  return best && [best.cc, Math.round(best.lat * 10) / 10, Math.round(best.lon * 10) / 10];
}

describe('gazetteer spellings', () => {
  it.each([
    ['Łódź', 'Lodz', ['PL', 51.8, 19.5]],
    ['Plzeň', 'Plzen', ['CZ', 49.7, 13.4]],
    ['Constanța', 'Constanta', ['RO', 44.2, 28.6]],
    ['Constanţa', 'Constanta', ['RO', 44.2, 28.6]],
    ['Şanlıurfa', 'Sanliurfa', ['TR', 37.2, 38.8]],
    ['Bakı', 'Baku', ['AZ', 40.4, 49.9]],
    ['Hà Nội', 'Hanoi', ['VN', 21, 105.8]],
    ['Душанбе', 'Dushanbe', ['TJ', 38.5, 68.8]],
    ['Reykjavík', 'Reykjavik', ['IS', 64.1, -21.9]],
  ] as const)('%s and %s name the same town', (native, ascii, expected) => {
    expect(town(native)).toEqual(expected);
    expect(town(ascii)).toEqual(expected);
    expect(town(native.normalize('NFD'))).toEqual(expected);
  });
});
