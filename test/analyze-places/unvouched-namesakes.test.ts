// A place the gazetteer knows only in a country the article gives no other evidence for, on
// sentences written for these tests: a namesake or a small town there is left unplaced, or gives
// way to a namesake in a country the article names.
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from '../analyze-entities/helpers.js';

describe('namesakes in countries the article never names', () => {
  it('leaves a namesake unplaced when its country has no other evidence', () => {
    // The gazetteer's Westminsters lie in the US and Australia; the story is about England.
    const doc = analyzeText('A council spokeswoman in Westminster said the shop in London, England, would close.');
    expect(byName(doc, 'Westminster')?.type).toBe('GPE');
    expect(byName(doc, 'Westminster')?.geo).toBeUndefined();
    expect(byName(doc, 'London')?.geo).toMatchObject({ country: 'GB' });
    // An address into a region where no namesake lies does not vouch for another country's.
    const ontario = analyzeText('The team flew from Bradford, Ontario, to Toronto in Canada.');
    expect(byName(ontario, 'Bradford')?.geo).toBeUndefined();
  });

  it('leaves a small town unplaced when its country has no other evidence', () => {
    const doc = analyzeText('Police searched a sushi bar in Piccadilly and a hotel in London, England, on Monday.');
    expect(byName(doc, 'Piccadilly')?.geo).toBeUndefined();
    // Nor does it vouch for its country: "Nyanza" is known only in Rwanda, the story is Kenyan.
    const kenya = analyzeText('Families in Nyanza, a province of Kenya, and in Nairobi lost homes.');
    expect(byName(kenya, 'Nyanza')?.geo).toBeUndefined();
  });

  it('takes the namesake in a country the article names', () => {
    const doc = analyzeText('Storms hit Islington on Tuesday, Australian officials said.');
    expect(byName(doc, 'Islington')?.geo).toMatchObject({ country: 'AU' });
  });

  it('keeps a capital, a large town, or a town of some size known in one country', () => {
    const leone = analyzeText('The company is based in London, and Sierra Leone officials met there.');
    expect(byName(leone, 'London')?.geo).toMatchObject({ country: 'GB' });
    // A regional capital of 300,000 beside a smaller namesake abroad (a German town's alternate name).
    const port = analyzeText('Turkish and Polish ships were loaded in Constanța on Monday.');
    expect(byName(port, 'Constanța')?.geo).toMatchObject({ country: 'RO' });
    const vermont = analyzeText('Students from Brattleboro protested while Canadian officials watched.');
    expect(byName(vermont, 'Brattleboro')?.geo).toMatchObject({ country: 'US', admin1: 'Vermont' });
  });

  it('keeps a county seat of 100,000 whose namesakes abroad are all under a tenth of its size', () => {
    // Las Vegas, Nevada (624,000), a county seat, beside villages of the name in Latin America; Glasgow
    // (591,000) beside Glasgow, Kentucky and Montana.
    const bar = analyzeText('Indian customers in New Delhi tried an oxygen bar first seen in Las Vegas.');
    expect(byName(bar, 'Las Vegas')?.geo).toMatchObject({ country: 'US', admin1: 'Nevada' });
    const labs = analyzeText('Scientists in Germany and Glasgow shared the samples with French hospitals.');
    expect(byName(labs, 'Glasgow')?.geo).toMatchObject({ country: 'GB' });
  });
});
