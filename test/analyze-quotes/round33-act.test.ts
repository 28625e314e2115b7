// Issue 14, audit round 33 (h312): a verb of making or handling with a thing for its object reports
// an act, not words (act-object.ts; the verbs and nouns from WordNet 3.1,
// scripts/build-act-objects.mjs). Invented sentences; each act test failed before the rule, the
// guards (a message for the object, a clause, a quotation) pass before and after.
import { describe, expect, it } from 'vitest';
import { quoteLines as quotes } from '../helpers/quote-lines.js';

describe('quotes: a thing made or handled is no content (round 33)', () => {
  it('drops "had written a caption"', () => {
    expect(quotes('I had written a long and gushing caption celebrating her birthday.')).toEqual([]);
  });

  it('drops "unveiled a map" and "sought refuge"', () => {
    expect(
      quotes(
        "Scientists on Monday unveiled the first global geological map of Saturn's moon Titan, including vast plains and dunes of frozen material.",
      ),
    ).toEqual([]);
    expect(quotes('Assange sought refuge at the embassy to avoid extradition to Sweden.')).toEqual([]);
  });

  it('drops "issued an injunction against ..."', () => {
    expect(quotes("India's Supreme Court on Monday also issued an injunction against crop burning.")).toEqual([]);
  });

  it('(guard) keeps a message for the object: a statement, a warning, a plan, a letter', () => {
    const q = quotes('The ministry issued a statement saying the talks had failed.');
    expect(q.find((x) => x.cue === 'saying')?.content).toEqual(['the talks had failed']);
    expect(quotes('The agency issued a warning about the storm.').map((x) => x.cue)).toEqual([
      'issued a warning about',
    ]);
    expect(quotes('The researchers unveiled a plan to map the seabed.')[0]?.content).toEqual([
      'a plan to map the seabed',
    ]);
    expect(quotes('The company released a letter from his physician.')[0]?.content).toEqual([
      'a letter from his physician',
    ]);
  });

  it('(guard) keeps a natural object, which is no thing made (PolNeAR marks it)', () => {
    expect(
      quotes(
        'While he invoked the rising seas and heating planet to thrill his young supporters, he did not have a long record.',
      )[0]?.content,
    ).toEqual(['the rising seas and heating planet to thrill his young supporters']);
  });

  it('(guard) keeps a clause and a quotation after a verb of making', () => {
    expect(quotes('He wrote that the plan had failed.')[0]?.content).toEqual(['that the plan had failed']);
    expect(quotes('He wrote the report was wrong.')[0]?.content).toEqual(['the report was wrong']);
    expect(quotes('She wrote in the caption, “This is the best day of my life.”')[0]?.content).toEqual([
      '“This is the best day of my life.”',
    ]);
  });
});
