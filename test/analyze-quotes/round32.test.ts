// Issue 14, audit round 32 (h302): content edges after the tagger (aside-edges.ts). A temporal
// clause with a subject and a verb of its own ("as the House concluded its hearing", "after two
// other cases were revealed") after an object content with no verb is the occasion of the saying,
// the writer's, not the speaker's words. Invented sentences; each failed before its rule, the
// guards pass before and after.
import { describe, expect, it } from 'vitest';
import { quoteLines as quotes } from '../helpers/quote-lines.js';

describe('quotes: a temporal clause after an object content (round 32)', () => {
  it('ends an object content before "as" and a clause with its own subject and verb', () => {
    const q = quotes(
      'The governor has claimed victory as the state legislature concluded its third public hearing on the budget.',
    );
    expect(q.find((x) => x.cue === 'claimed')?.content).toEqual(['victory']);
  });

  it('ends an object content before "after" and a clause', () => {
    const q = quotes(
      'The regional health authority reported its third case of measles on Sunday after two other cases were confirmed last week.',
    );
    expect(q.find((x) => x.cue === 'reported')?.content).toEqual(['its third case of measles on Sunday']);
  });

  it('(guard) keeps "as" before a noun phrase, a clause content\'s own "after", and a condition', () => {
    const q = quotes('Police identified the suspect as a 28-year-old man from Ohio.');
    expect(q.find((x) => x.cue === 'identified')?.content).toEqual(['the suspect as a 28-year-old man from Ohio']);
    const r = quotes('The mayor said the road would reopen after the crews finished their repairs.');
    expect(r.find((x) => x.cue === 'said')?.content).toEqual([
      'the road would reopen after the crews finished their repairs',
    ]);
    const s = quotes('The union threatened a strike if the company cut wages again.');
    expect(s.find((x) => x.cue === 'threatened')?.content).toEqual(['a strike if the company cut wages again']);
  });
});

// PolNeAR marks a pro-form object of a cue as its content ("Robby Mook said as much in an
// interview": content "as much"); the rules and the tagger read past it, to a later clause or none.
describe('quotes: a pro-form content "as much" / "so" (round 32)', () => {
  it('takes "as much" and "so" after a cue as its content', () => {
    const q = quotes('The campaign manager Robby Mook said as much in an interview on Thursday morning.');
    expect(q.find((x) => x.cue === 'said')?.content).toEqual(['as much']);
    expect(q.find((x) => x.cue === 'said')?.speaker).toMatch(/Robby Mook/);
    const p = quotes('The manager Robby Mook said as much in an interview, arguing that the plan had failed.');
    expect(p.find((x) => x.cue === 'said')?.content).toEqual(['as much']);
    expect(p.find((x) => x.cue === 'arguing')?.content).toEqual(['that the plan had failed']);
    const r = quotes('The senator said so in a statement on Tuesday.');
    expect(r.find((x) => x.cue === 'said')?.content).toEqual(['so']);
  });

  it('(guard) leaves "as much as" an amount and "so" before a word it modifies', () => {
    const q = quotes('The fund said as much as $5 million had been lost.');
    expect(q.find((x) => x.cue === 'said')?.content).not.toEqual(['as much']);
    const r = quotes('She said so many things that night.');
    expect(r.find((x) => x.cue === 'said')?.content ?? []).not.toEqual(['so']);
  });
});

describe('quotes: a clause content keeps its clause of time (round 32, guard)', () => {
  it('does not cut a "that" clause at its own "when"', () => {
    const q = quotes(
      'The prince has claimed that when he flew helicopters during the war in 1982, he came under intense enemy fire.',
    );
    // Where the tagger ends the clause is its own reading; the rule must not cut it at "when".
    expect(q.find((x) => x.cue === 'claimed')?.content[0]).toMatch(/^that when he flew helicopters/);
  });
});
