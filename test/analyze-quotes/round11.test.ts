// Kinds of wrong speaker from the round-11 audit of the Zyte pages (docs/audits/), on hand-written
// passages through the whole analysis: each case failed before the rule it names.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';
import type { ArticleRecord, Quote } from '../../src/record/types.js';
import { englishGivenNameSex } from '../../src/text/given-names.js';

const run = (text: string): ArticleRecord =>
  analyze(extract({ content: text, format: 'body', published: '2019-11-20' }));
/** The quote whose content holds `words`, with its speaker's entity name (or null). */
function quoteWith(r: ArticleRecord, words: string): { quote: Quote; entity: string | null } {
  const quote = r.quotes.find((q) => q.content.text.includes(words));
  if (!quote) throw new Error(`no quote holds "${words}"`);
  const entity = r.entities.find((e) => e.id === quote.speaker.entity);
  return { quote, entity: entity?.name ?? null };
}

describe('a "he" or "she" agrees with the given name of the person it stands for (round 11)', () => {
  it('reads the sex of a given name only where no source gives it to the other sex or both', () => {
    expect(englishGivenNameSex('emily')).toBe('female');
    expect(englishGivenNameSex('charlie')).toBe('male');
    // Moby has "Taylor" as a man's name only; faker's English lists give it to both.
    expect(englishGivenNameSex('taylor')).toBeUndefined();
    expect(englishGivenNameSex('kim')).toBeUndefined();
  });

  it('passes over the woman quoted before for a "he"', () => {
    const r = run(
      '“Can you explain that?” Emily Maitlis asked Charlie Baker on Saturday. “We have no money left,” he said.',
    );
    expect(quoteWith(r, 'no money left').entity).toBe('Charlie Baker');
  });

  it('leaves a person whose given name is told by neither source to any pronoun', () => {
    const r = run('“Can you explain that?” Taylor Swift asked on Saturday. “We have no money left,” she said.');
    expect(quoteWith(r, 'no money left').entity).toBe('Taylor Swift');
  });
});

describe('a pronoun is not resolved to a person its quotation names (round 11)', () => {
  it('leaves "she" unresolved when the quotation names the person in focus', () => {
    const r = run(
      'Steenburgen’s son, filmmaker Charlie McDowell, still laughs at the memory. “It could have been really easy for Mary Steenburgen to just put her name on something, but she didn’t do that,” she said.',
    );
    const { quote, entity } = quoteWith(r, 'It could have been');
    expect(quote.speaker.text).toBe('she');
    expect(entity).toBeNull();
  });
});

describe('a person named before a prepositional phrase is the speaker, not a place or body in it (round 11)', () => {
  it('takes the surname before "of NASA’s Jet Propulsion Laboratory"', () => {
    const r = run(
      "“Organics are very important for the possibility of life on Titan,” said planetary geologist Rosaly Lopes of NASA's Jet Propulsion Laboratory in California. “It will be really exciting,” Lopes said.",
    );
    expect(quoteWith(r, 'Organics').entity).toBe('Lopes');
  });

  it('keeps the phrase after a quantifier as the head ("Most of Schiff’s witnesses")', () => {
    const r = run(
      'Most of Schiff’s witnesses in this inquiry feel that Trump is dangerous, given their own disagreements.',
    );
    expect(quoteWith(r, 'Trump is dangerous').entity).toBeNull();
  });

  it('does not resolve "A California police chief" to California ("chief" tagged an adjective)', () => {
    const r = run('A California police chief says a man has been stabbed to death on a commuter train during a fight.');
    const { quote, entity } = quoteWith(r, 'stabbed to death');
    expect(quote.speaker.text).toBe('A California police chief');
    expect(entity).toBeNull();
  });
});

describe('the first person of an embedded post is its author, not the writer (round 11)', () => {
  it('gives "I urge ..." before a credit line "— Name (@handle) date" to the credited name', () => {
    const r = run(
      [
        'The air was bad for a week.',
        'Delhi has become a gas chamber due to smoke from crop burning\nI urge all Delhiites to use masks whenever needed pic.twitter.com/MYwRz9euaq',
        '— Arvind Kejriwal (@ArvindKejriwal) November 1, 2019',
        'The gray haze led to canceled flights.',
      ].join('\n\n'),
    );
    const { quote } = quoteWith(r, 'all Delhiites');
    expect(quote.speaker.text).toBe('Arvind Kejriwal');
    expect(quote.speaker.authors).toBeUndefined();
  });

  it('leaves the writer\'s own "I" outside such a post', () => {
    const r = run('I think that the plan will fail.\n\nThe gray haze led to canceled flights.');
    expect(quoteWith(r, 'the plan will fail').quote.speaker.authors).toEqual([]);
  });
});

describe('a naming participle after a common noun names a thing, not a quote (round 11)', () => {
  const cueTexts = (r: ArticleRecord) => r.quotes.map((q) => q.cue?.text);

  it('drops "called" after a noun phrase that is an object', () => {
    expect(cueTexts(run('A bacterium can survive on a hydrocarbon called acetylene and water.'))).not.toContain(
      'called',
    );
    expect(
      cueTexts(run('He is the third resident to contract the medieval disease dubbed the Black Death.')),
    ).not.toContain('dubbed');
  });

  it('drops "called" when its content runs into the sentence\'s own verb', () => {
    const r = run('A better USB-C spec called PD for power delivery cranked up the peak wattage.');
    expect(cueTexts(r)).not.toContain('called');
  });

  it('keeps a subject that calls something something', () => {
    expect(cueTexts(run('Aviation analysts called it the “end of an era.”'))).toContain('called');
    expect(
      cueTexts(
        run('The Trump campaign called the charges unsubstantiated and fabricated by disgruntled former employees.'),
      ),
    ).toContain('called');
  });
});

describe('a verb of presenting with a thing stays an act when a verb follows only in a condition (round 11)', () => {
  it('drops "is offering ... a gift card if you get ..."', () => {
    const r = run('Amazon is offering Prime members a free $10 Amazon gift card if you get either version.');
    expect(r.quotes.map((q) => q.cue?.text)).not.toContain('offering');
  });

  it('keeps "offered to fly the cat"', () => {
    const r = run('American Airlines offered to fly the cat to Portland if the shelter agreed.');
    expect(r.quotes.map((q) => q.cue?.text)).toContain('offered');
  });
});

describe('an embedded post whose link stands as a paragraph of its own (round 11)', () => {
  it('still gives its first person to the credited name', () => {
    const r = run(
      [
        'The slogan drew ridicule.',
        'Hey Twitter, the whole point of this ad campaign is to raise awareness. So I think that’s working.',
        '⬇️⬇️⬇️https://t.co/hopPjqa95w',
        '— Governor Kristi Noem (@govkristinoem) November 18, 2019',
        'Still, this is not the first slogan to go awry.',
      ].join('\n\n'),
    );
    const { quote } = quoteWith(r, 'working');
    expect(quote.speaker.text).toBe('Governor Kristi Noem');
    expect(quote.speaker.authors).toBeUndefined();
  });
});
