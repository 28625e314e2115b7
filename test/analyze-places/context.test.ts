// The words around a place's name settle which namesake is meant (places/context.ts), and a
// qualified name is looked up whole before its compass word is taken off. Sentences written for
// these tests; each failed on the geocoder before the change that made it pass.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/record/types.js';
import { narrowByContext } from '../../src/analyze/components/geocode/context.js';
import { candidatesOf } from '../../src/analyze/components/geocode/resolve.js';
import { analyzeText, byName } from '../analyze-entities/helpers.js';

describe('addresses, region words and lists', () => {
  it('reads the place after an address comma as the town’s region', () => {
    const doc = analyzeText(
      'The girl was taken to a hospital in Buffalo, New York, on Monday. A driver was stopped in London, Ontario, the next day.',
    );
    expect(byName(doc, 'New York')?.geo).toMatchObject({ country: 'US', admin1: 'New York' });
    expect(byName(doc, 'New York')?.geo?.lat).toBeGreaterThan(41.5);
    expect(byName(doc, 'London')?.geo).toMatchObject({ country: 'CA', admin1: 'Ontario' });
    expect(byName(doc, 'Ontario')?.geo).toMatchObject({ country: 'CA' });
  });

  it('reads a county or province after an address comma: the town of the name nearest it in its region', () => {
    // Philippine provinces are second-level regions: without them the bare names are Costa Rica's
    // San José and Guatemala's Santa Rosa, and Mabini the largest Mabini of another region.
    const near = (text: string, name: string, lat: number, lon: number) => {
      const geo = byName(analyzeText(text), name)?.geo;
      expect(geo?.country, name).toBe('PH');
      expect(Math.hypot((geo?.lat ?? 0) - lat, (geo?.lon ?? 0) - lon), name).toBeLessThan(0.3);
    };
    near('Police in Santa Rosa, Nueva Ecija, arrested two men.', 'Santa Rosa', 15.42, 120.94);
    near('The clinic in Mabini, Batangas, reported cases.', 'Mabini', 13.75, 120.94);
  });

  it('places a town listed beside a town known in one region only in that region', () => {
    // Nelsonville is known only in Ohio: its neighbour Athens is Ohio's, not Greece's capital.
    const doc = analyzeText('Floods closed schools in Nelsonville and Athens on Tuesday.');
    expect(byName(doc, 'Athens')?.geo).toMatchObject({ country: 'US', admin1: 'Ohio' });
    // A first-level region of the town's country listed beside it stays the region.
    const state = analyzeText('Letters were mailed from Nelsonville and Florida last week.');
    expect(byName(state, 'Florida')?.geo).toMatchObject({ country: 'US', admin1: 'Florida' });
  });

  it('reads "Washington state" and "the state of Washington" as the state', () => {
    for (const text of [
      'The cow came from a Washington state farm, officials said on Tuesday.',
      'The cow was found on a farm in the state of Washington last December.',
    ]) {
      const geo = byName(analyzeText(text), 'Washington')?.geo;
      expect(geo, text).toMatchObject({ country: 'US', admin1: 'Washington' });
      expect(geo?.lon, text).toBeLessThan(-115);
    }
  });

  it('gives a name listed among states the kind of its neighbours', () => {
    const doc = analyzeText('Cases were reported in Oregon, Tennessee, Utah, Washington and Wisconsin this week.');
    expect(byName(doc, 'Washington')?.geo).toMatchObject({ country: 'US', admin1: 'Washington' });
  });
});

describe('qualified names', () => {
  it('reads "New York" before a capitalised "State" as the state; no place in the last word of a two-word name', () => {
    const text = 'The New York State Attorney General spoke. Farmers in Nueva Ecija lost their rice.';
    const doc = analyzeText(text);
    const at = (name: string): Entity => {
      const s = text.indexOf(name);
      return { id: name, type: 'GPE', name, aliases: [], mentions: [[s, s + name.length]] };
    };
    const ny = at('New York');
    const narrowed = narrowByContext(doc, new Map([[ny, candidatesOf(doc, ny)]]));
    expect(narrowed.get(ny)?.map((p) => p.kind)).toEqual(['admin1']);
    expect(candidatesOf(doc, at('Nueva Ecija')).filter((p) => p.cc === 'ES')).toEqual([]);
  });

  it('looks up "Northern Ireland" whole, and reads "south Sudan" as a part of Sudan', () => {
    const doc = analyzeText(
      'The minister in Northern Ireland spoke on Friday. Aid reached camps in south Sudan and Darfur a week later.',
    );
    expect(byName(doc, 'Northern Ireland')?.geo).toMatchObject({ country: 'GB' });
    expect(byName(doc, 'Sudan')?.geo).toMatchObject({ country: 'SD' });
  });

  it('completes "Republic of China" with the "People’s" before it', () => {
    const doc = analyzeText("Officials of the People's Republic of China confirmed the case on Monday.");
    const china = doc.entities.find((e) => e.geo?.country === 'CN' || e.geo?.country === 'TW');
    expect(china?.geo?.country).toBe('CN');
  });
});

describe('names the tagger took for people or organisations', () => {
  it('makes the first name of an address a place when the second contains a town of that name', () => {
    const doc = analyzeText(
      'A nurse was treated at the clinic in Frederick, Maryland, where she later recovered. Mary Lopez of Marion, Ohio said her son was fine.',
    );
    expect(byName(doc, 'Frederick')).toMatchObject({ type: 'GPE', geo: { country: 'US', admin1: 'Maryland' } });
    expect(byName(doc, 'Marion')).toMatchObject({ type: 'GPE', geo: { country: 'US', admin1: 'Ohio' } });
    expect(byName(doc, 'Mary Lopez')?.type).toBe('PERSON');
  });

  it('makes a name listed beside places of its country a place', () => {
    const doc = analyzeText(
      'Kisumu, Migori, Siaya, Wajir and Naivasha are among the worst affected towns in Kenya, officials said.',
    );
    for (const name of ['Migori', 'Siaya', 'Wajir', 'Naivasha'])
      expect(byName(doc, name), name).toMatchObject({ type: 'GPE', geo: { country: 'KE' } });
  });

  it('leaves a company named with its town a company', () => {
    const doc = analyzeText('The onions were grown by Boskovich Farms Inc. of Oxnard, California, the company said.');
    expect(doc.entities.find((e) => e.name.startsWith('Boskovich'))?.type).not.toBe('GPE');
  });
});

describe('small towns named by ordinary words', () => {
  it('gives "Earth" no point in Texas unless the article names Texas', () => {
    const space = analyzeText('The capsule returned to Earth on Friday after six months, NASA said in Houston.');
    expect(space.entities.find((e) => e.name === 'Earth')?.geo).toBeUndefined();
    const town = analyzeText('Farmers near Earth, Texas lost most of their cotton to the hail.');
    expect(byName(town, 'Earth')?.geo).toMatchObject({ country: 'US', admin1: 'Texas' });
  });

  it('gives a name of ordinary words only ("Central Park") no point at a hamlet unless its region is named', () => {
    const park = analyzeText(
      'Thousands rallied in Central Park on Sunday before marching to Times Square in New York.',
    );
    expect(park.entities.find((e) => e.name === 'Central Park')?.geo).toBeUndefined();
    const hamlet = analyzeText('Deputies in Central Park, Washington, closed the road after the storm.');
    expect(byName(hamlet, 'Central Park')?.geo).toMatchObject({ country: 'US', admin1: 'Washington' });
  });
});

describe('a university named of a place', () => {
  it('reads the first-level region in "University of Washington"', () => {
    const doc = analyzeText(
      'Julian Marshall, a professor at the University of Washington, said the pollution began in 2010.',
    );
    expect(byName(doc, 'Washington')?.geo).toMatchObject({ country: 'US', admin1: 'Washington' });
  });

  it('keeps the capital where the name is also written alone', () => {
    const doc = analyzeText(
      'Officials in Washington said on Monday that the University of Washington would get the grant.',
    );
    expect(byName(doc, 'Washington')?.geo?.admin1).toBe('District of Columbia');
  });

  it("reads the region when the name is written elsewhere only inside other organisations' names", () => {
    // "Washington University in St. Louis" is named after a person; "University of Pennsylvania"
    // names a state with a town called Washington.
    const doc = analyzeText(
      'Jakob von Moltke, who now runs his own lab at the University of Washington, worked with Noam Cohen at ' +
        'the University of Pennsylvania. A molecular microbiologist at Washington University in St. Louis ' +
        'studied the same cells.',
    );
    expect(byName(doc, 'Washington')?.geo).toMatchObject({ country: 'US', admin1: 'Washington' });
  });
});

describe('a county and a larger town of the same name', () => {
  it('takes the town for the bare name, even beside the region of a namesake county', () => {
    // Minnesota has a St. Louis County, New York a Washington County: teams by their towns.
    const doc = analyzeText(
      'BUFFALO, N.Y. — Minnesota beat Buffalo on Tuesday. Oskar Sundqvist scored to lead St. Louis past ' +
        'Tampa Bay. "I said the same thing when I took over Washington," the coach said.',
    );
    expect(byName(doc, 'St. Louis')?.geo).toMatchObject({ country: 'US', admin1: 'Missouri' });
    expect(byName(doc, 'Washington')?.geo?.admin1).toBe('District of Columbia');
  });
});

describe("a town named like its own country's capital", () => {
  it("takes the capital for the bare name when the town's state is named", () => {
    const doc = analyzeText(
      'Trump campaigned in Pennsylvania and Ohio on Monday before flying back to Washington for the vote.',
    );
    expect(byName(doc, 'Washington')?.geo?.admin1).toBe('District of Columbia');
  });

  it('keeps the town its address names', () => {
    const doc = analyzeText('The plant in Washington, Pennsylvania will close in March, the company said.');
    expect(byName(doc, 'Washington')?.geo).toMatchObject({ country: 'US', admin1: 'Pennsylvania' });
  });
});

describe('a county named with its generic word after it', () => {
  it('keeps the county when a town of the name is larger', () => {
    const doc = analyzeText(
      'In Michigan, the virus has been reported in Barry, Berrien, Calhoun, Cass, Kalamazoo and Van Buren counties.',
    );
    expect(byName(doc, 'Van Buren')?.geo).toMatchObject({ country: 'US', admin1: 'Michigan' });
  });

  it("keeps a state before the word: its counties are the state's", () => {
    const doc = analyzeText(
      'PG&E is shutting off power to 375,000 people in 18 Northern and central California counties.',
    );
    expect(byName(doc, 'California')?.geo).toMatchObject({ country: 'US', admin1: 'California' });
  });
});

describe('a name the gazetteer lacks, in an address', () => {
  it('gives no point to a place inside it that the address puts elsewhere', () => {
    // Chesapeake City, Maryland is too small for the gazetteer; Chesapeake is a city in Virginia.
    const doc = analyzeText(
      'Scott Hassler teaches Oct. 28–29, at Riveredge in Chesapeake City, Maryland. Tickets are sold out.',
    );
    expect(byName(doc, 'Chesapeake City')?.geo).toBeUndefined();
  });

  it('reads a postal code after the comma that recognition missed', () => {
    const doc = analyzeText(
      'Scott Hassler teaches Oct. 28–29, at Riveredge in Chesapeake City, MD. Tickets are sold out.',
    );
    expect(byName(doc, 'Chesapeake City')?.geo).toBeUndefined();
  });

  it('gives no point to a town the gazetteer knows only far from the region its address names', () => {
    // San Ysidro, a district of San Diego, is not in the gazetteer; San Ysidro, New Mexico is.
    const doc = analyzeText(
      'Doctors offered flu shots at the San Ysidro, California, processing center. Officials declined.',
    );
    expect(byName(doc, 'San Ysidro')?.geo).toBeUndefined();
    // A region made of others holds their towns under their codes: Al-Fashir stays in Darfur.
    const darfur = analyzeText('Relief work restarted in the Abu Shok camp in Al-Fashir, Darfur, on Monday.');
    expect(byName(darfur, 'Al-Fashir')?.geo?.country).toBe('SD');
  });

  it('keeps a place inside a name that the address agrees with', () => {
    const doc = analyzeText('Growers in the Salinas Valley, California lost half their lettuce to the frost.');
    expect(byName(doc, 'Salinas Valley')?.geo).toMatchObject({ country: 'US', admin1: 'California' });
  });
});

describe('the kind of a capital listed beside a name', () => {
  it('reads a capital sharing its region’s name as the city, so its neighbour keeps its city reading', () => {
    // Cairo's governorate outnumbers the city, yet "Cairo" alone is the capital: the list
    // beside it is of cities, and Giza stays the city, not the governorate's desert centre.
    const doc = analyzeText('Dead ducks were found on farms in Cairo, Giza and Luxor last week, the ministry said.');
    const geo = byName(doc, 'Giza')?.geo;
    expect(geo?.country).toBe('EG');
    expect(Math.hypot((geo?.lat ?? 0) - 30.01, (geo?.lon ?? 0) - 31.21)).toBeLessThan(0.3);
  });
});

describe('a governor after a place’s name', () => {
  it('reads the name before "Governor" as the region a governor heads, not its namesake city', () => {
    // WordNet 3.1: a governor is "the head of a state government".
    const doc = analyzeText('The New York Governor declared a state of emergency on Friday as the storm moved north.');
    expect(byName(doc, 'New York')?.geo).toMatchObject({ country: 'US', admin1: 'New York' });
    expect(byName(doc, 'New York')?.geo?.lat).toBeGreaterThan(41.5);
    const capital = analyzeText('Washington Governor Jay Inslee spoke to reporters in Olympia on Monday.');
    expect(byName(capital, 'Washington')?.geo).toMatchObject({ country: 'US', admin1: 'Washington' });
    const ap = analyzeText('New York Gov. Kathy Hochul signed the bill in Albany on Tuesday.');
    expect(byName(ap, 'New York')?.geo?.lat).toBeGreaterThan(41.5);
  });
});
