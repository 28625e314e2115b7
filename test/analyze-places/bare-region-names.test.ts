// Regions are found by their name without the designator of the gazetteer's source ("Province of
// Pangasinan", "Valle del Cauca Department", "Republic of Tyva"), as news writes them; a generic
// name several countries give a region ("Western Province"), a plain word ("Rivers State") or a
// given name ("Isabel Province") is not made a region's name by it.
import { describe, expect, it } from 'vitest';
import { lookupPlaces } from '../../src/analyze/resources/gazetteer.js';
import { analyzeText, byName, ensureGazetteer } from '../analyze-entities/helpers.js';

const kinds = (name: string) => lookupPlaces(name).map((p) => `${p.kind}:${p.cc}`);

describe('region names without their designator', () => {
  it('finds a region by its bare name', () => {
    ensureGazetteer();
    expect(kinds('Pangasinan')).toContain('admin2:PH');
    expect(kinds('Valle del Cauca')).toContain('admin1:CO');
    expect(kinds('Tyva')).toContain('admin1:RU');
    expect(kinds('Osijek-Baranja')).toContain('admin1:HR');
  });

  it('places a bare region name in running text', () => {
    const doc = analyzeText('Rice farmers in Pangasinan lost most of their crop to the typhoon, officials said.');
    expect(byName(doc, 'Pangasinan')?.geo?.country).toBe('PH');
  });

  it('makes no region of a generic or given name', () => {
    ensureGazetteer();
    expect(kinds('Western').filter((k) => k.startsWith('admin1'))).toEqual([]);
    expect(kinds('Central').filter((k) => k.startsWith('admin1'))).toEqual([]);
    expect(kinds('Federal').filter((k) => k.startsWith('admin1'))).toEqual([]);
    // Plain words: "Rivers" State, "Gulf" Province.
    expect(kinds('Rivers').filter((k) => k.startsWith('admin1'))).toEqual([]);
    expect(kinds('Gulf').filter((k) => k.startsWith('admin1'))).toEqual([]);
    expect(kinds('Isabel').filter((k) => k.startsWith('admin1'))).toEqual([]);
  });
});
