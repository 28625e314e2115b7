// Twenty-third round of issue 14 (audit docs/audits/quotes-zyte-100-round23.md): invented
// sentences, each failing before the rule it names (the guards pass before and after).
import { describe, expect, it } from 'vitest';
import { analyzeBody, quoteLines as quotes } from '../helpers/quote-lines.js';

/** Each quote's speaker words and the name of the speaker's entity (null without one). */
function speakers(text: string) {
  const r = analyzeBody(text);
  const byId = new Map(r.entities.map((e) => [e.id, e]));
  return r.quotes.map((q) => ({
    speaker: q.speaker.text,
    entity: q.speaker.entity ? (byId.get(q.speaker.entity)?.name ?? null) : null,
  }));
}

describe('quotes, round 23', () => {
  it('takes no organisation named before a person noun as the speaker ("The Wikileaks founder")', () => {
    const s = speakers(
      'Julian Assange spent years in the embassy. The Wikileaks founder always argued that his fear of being extradited was why he had taken refuge there.',
    );
    expect(s).toHaveLength(1);
    expect(s[0].speaker).toBe('The Wikileaks founder');
    expect(s[0].entity).not.toBe('Wikileaks');
  });

  it('takes no employer before a role and a name as the speaker ("the University of Liverpool biochemist ...")', () => {
    const s = speakers(
      'In 2005, the University of Liverpool biochemist Soraya Shirazi-Beechey showed that taste receptors could be found in the small intestine.',
    );
    expect(s).toHaveLength(1);
    expect(s[0].entity).not.toBe('University of Liverpool');
  });

  it('(guard) keeps the organisation of its spokesperson as the speaker ("An Acme Corp. spokesperson")', () => {
    const s = speakers('Shares of Acme Corp. rose. An Acme Corp. spokesperson said the company would comply.');
    expect(s).toEqual([{ speaker: 'An Acme Corp. spokesperson', entity: 'Acme Corp.' }]);
  });

  it('reads no mention of a thing as a quote ("testified, referring to the gas company ...")', () => {
    const q = quotes(
      '“Ambassador Sondland referred to investigations into the Bidens and Burisma in 2016,” Vindman testified, referring to the gas company on whose board Hunter Biden had a seat.',
    );
    expect(q.map((x) => x.cue)).toEqual(['testified']);
  });

  it('(guard) keeps a quotation someone referred to ("referred to “the deep state” as the enemy")', () => {
    const q = quotes('He then referred to “the deep state” as the enemy.');
    expect(q.map((x) => x.cue)).toEqual(['referred']);
  });

  it('reads no stance in how a thing feels ("It feels something like a blend of ...")', () => {
    expect(
      quotes(
        'It feels something like a blend of the XBox One controller and Nintendo Switch pro controller, with smooth analog triggers.',
      ),
    ).toEqual([]);
    expect(quotes('While her own story feels something like a fairy tale come true, she drew a distinction.')).toEqual(
      [],
    );
  });

  it('(guard) keeps what a person or people feel ("She feels something is wrong", "Many voters feel")', () => {
    expect(quotes('She feels something is wrong with the plan.')[0]?.content).toEqual([
      'something is wrong with the plan',
    ]);
    expect(quotes('Many voters feel the plan is unfair.')[0]?.content).toEqual(['the plan is unfair']);
  });
});
