// Twentieth round of issue 14 (audit docs/audits/quotes-zyte-100-round20.md): invented sentences,
// each failing before the rule it names.
import { describe, expect, it } from 'vitest';
import { quoteLines as quotes } from '../helpers/quote-lines.js';

const cues = (text: string) => quotes(text).map((q) => q.cue);

describe('quotes, round 20', () => {
  it('reads no thing WordNet knows only as a thing as a speaker ("the pillows emphasize")', () => {
    expect(cues('The new pillows emphasize comfort over support, and the covers come off easily.')).toEqual([]);
    expect(
      cues('A photo of the meeting was denied by the prince, hinting that it was a fake, his friends say.'),
    ).not.toContain('hinting');
  });

  it('(guard) keeps a message, a group and a picture that shows as speakers', () => {
    expect(quotes('The footage shows police beating protesters in the square.')[0]?.speaker).toBe('The footage');
    expect(quotes('The newspaper reported that the mayor would resign.')[0]?.speaker).toBe('The newspaper');
    expect(quotes('Billboards in which people say they are “on meth and proud of it” went up.')[0]?.speaker).toContain(
      'people',
    );
  });

  it('reads "added three assists" as a tally, not a report', () => {
    expect(cues('Brad Marchand added three assists to lead Boston past New Jersey.')).toEqual([]);
    expect(cues('The economy added 128,000 jobs in May.')).toEqual([]);
  });

  it('(guard) keeps "added" before a clause that opens with a number', () => {
    expect(quotes('He added three people had died in the fire.')[0]?.content).toEqual([
      'three people had died in the fire',
    ]);
  });

  it('reads no content in a predicate adjective after a noun cue ("kept Spain’s hopes alive")', () => {
    expect(
      cues('Rafael Nadal kept Spain’s hopes alive, then Marcel Granollers completed the comeback in the doubles.'),
    ).toEqual([]);
  });

  it('takes the noun before a participle and its infinitive as the speaker ("The doctors offering to run the clinic noted")', () => {
    expect(
      quotes('The doctors offering to run the clinic noted findings of overcrowded conditions at the facilities.')[0]
        ?.speaker,
    ).toBe('The doctors');
  });

  it('reads no speaker for a noun of stance right after "be" ("the reason is fear of retribution")', () => {
    expect(cues('The most likely reason the families refuse to leave the camp is fear of retribution.')).not.toContain(
      'fear of',
    );
  });

  it('reads no speaker in a noun before "first to" ("aim first to understand")', () => {
    expect(
      cues('If you earn a profit, great — but aim first to understand your customers and refine your offers.'),
    ).toEqual([]);
  });

  it('takes the subject of the nearer clause for a participle led by a word ("where he forced her to hide while threatening")', () => {
    const q = quotes(
      'But suddenly, they found her buried in a clothes basket where he forced her to hide while threatening to kill her parents.',
    );
    expect(q.find((x) => x.cue === 'threatening')?.speaker).toBe('he');
  });

  it('(guard) keeps the main clause\'s speaker for a participle after a comma (", adding that")', () => {
    const q = quotes('They said the talks failed when he walked out, adding that a deal was still possible.');
    expect(q.find((x) => x.cue === 'adding')?.speaker).toBe('They');
  });
});
