// Nineteenth round of issue 14 (audits docs/audits/quotes-zyte-100-round18.md and round19.md):
// invented sentences, each failing before the rule it names.
import { describe, expect, it } from 'vitest';
import { analyzeBody as record, quoteLines as quotes } from '../helpers/quote-lines.js';

describe('quotes, round 19', () => {
  it('attaches no quoted phrase of the next sentence to a report that quoted no sentence', () => {
    expect(
      quotes(
        'The chairman told investors on Monday that the merger would let the company pay down its debt. It is not always easy to square such payouts with “investing for growth over the long run.”',
      ),
    ).toEqual([
      {
        speaker: 'The chairman',
        cue: 'told',
        content: ['that the merger would let the company pay down its debt'],
      },
    ]);
  });

  it('(guard) still attaches a quoted phrase after a quoted sentence of the same speaker', () => {
    const q = quotes(
      'The mayor spoke on Monday. “The budget is balanced,” she said. The council and the city are “on the brink of a new start” now.',
    );
    expect(q.find((x) => x.content.join(' ').includes('on the brink'))?.speaker).toBe('she');
  });

  it('runs the content on over a list after a comma ("said X was a risk because of A, B and C")', () => {
    const c = (text: string, cue: string) => quotes(text).find((q) => q.cue === cue)?.content;
    expect(
      c(
        'The psychologist said the inmate was still a high risk because of the nature of his crimes, the shame he felt after his arrest and his earlier attempts.',
        'said',
      ),
    ).toEqual([
      'the inmate was still a high risk because of the nature of his crimes, the shame he felt after his arrest and his earlier attempts',
    ]);
    expect(
      c(
        'Researchers believe the loans are cutting into young people’s ability to buy homes, have kids, and save for retirement.',
        'believe',
      ),
    ).toEqual(['the loans are cutting into young people’s ability to buy homes, have kids, and save for retirement']);
  });

  it('(guard) stops at a comma before a clause ("…, and the mayor left")', () => {
    const c = (text: string, cue: string) => quotes(text).find((q) => q.cue === cue)?.content;
    expect(c('The governor said the budget was balanced, and the mayor left the room in anger.', 'said')).toEqual([
      'the budget was balanced',
    ]);
  });

  it('reads a label whose line is in title case as a heading, not a speaker ("New Release: Last Chance to Buy …")', () => {
    const text = [
      'Here are the best deals of the week.',
      'New Release: Last Chance to Buy the Racing Game and Get a Free Steering Wheel',
      'The game is fun and it looks great on the big screen.',
      'New Price Drop: Smart Watch Series 3 38mm for $169.99 (Originally $200)',
      'They are light and they last all day.',
      'New Price Drop: Get the Wireless Earphones for $139 Today',
      'Both deals end on Friday.',
    ].join('\n\n');
    expect(quotes(text).filter((q) => q.cue === ':')).toEqual([]);
  });

  it('(guard) keeps a transcript label with sentences ("MAYOR: Well, we will see.")', () => {
    const text = [
      'HOST: Welcome back to the show, everyone.',
      'MAYOR: Well, we will see what the council does next week.',
      'HOST: And what about the schools?',
      'MAYOR: I think they will open on time this year.',
    ].join('\n\n');
    expect(quotes(text).find((q) => q.speaker === 'MAYOR')?.content).toEqual([
      'Well, we will see what the council does next week',
    ]);
  });

  it('reads "offering oxygen to anyone who ..." as an act by the object, not a quote of its recipient', () => {
    expect(
      quotes(
        'The bar sits in a busy mall in the city. According to reports, this bar is offering oxygen to anyone who is ready to pay $5 for fresh air for 15 minutes.',
      ).filter((q) => q.cue === 'offering'),
    ).toEqual([]);
  });

  it('(guard) keeps a presenting verb with a message ("offered details to reporters who asked")', () => {
    expect(
      quotes('The minister offered details to reporters who asked about the budget on Monday.').map((q) => q.cue),
    ).toContain('offered');
  });

  it('reads "nothing" as a negative subject: nothing indicated, no one speaks', () => {
    expect(
      quotes(
        'His main hobby was playing the guitar, and nothing indicated that he was sticking it up his nose.',
      ).filter((q) => q.cue === 'indicated'),
    ).toEqual([]);
  });

  it('reads "nor do they understand" as negated', () => {
    expect(
      quotes(
        'Real people do not explain the rules of their world, nor do they always understand what is going on.',
      ).filter((q) => q.cue === 'understand'),
    ).toEqual([]);
  });

  it('takes the possessor after "in light of" / "in the wake of" as the speaker of a noun cue', () => {
    const sp = (text: string, cue: string) => quotes(text).find((q) => q.cue === cue)?.speaker;
    expect(
      sp(
        'The difficult elimination came in light of Van Der Beek’s announcement that his wife had suffered a miscarriage.',
        'announcement',
      ),
    ).toBe('Van Der Beek');
    expect(sp('The vote came in the wake of the senator’s claim that the bill was dead.', 'claim')).toBe('the senator');
    // (guard) a subject phrase with "of" keeps it
    expect(sp('The head of the agency’s claim that the bill was dead surprised no one.', 'claim')).toBe(
      'The head of the agency',
    );
  });

  it('leaves "he" unresolved when a quotation continued after "he said." names the person', () => {
    const r = record(
      'Michael McDonald joined the band on stage in Nashville on Monday. “You might remember him from, well, he has his own band these days,” he said. “But you might remember him from his band, the Doobie Brothers — Mr. Michael McDonald.”',
    );
    expect(r.quotes.length).toBeGreaterThan(0);
    expect(r.quotes.map((q) => q.speaker.entity)).toEqual(r.quotes.map(() => null));
  });
});
