// Issue 14, thirty-sixth session (h291): content edges after the tagger (aside-edges.ts). A
// bracketed aside with a verb of its own at a reported content's end is the writer's; a "while"
// and a participle after an object content is the occasion of the saying; a name's short bracket
// the content ends inside is taken whole. Invented sentences; each failed before its rule, the
// guards pass before and after.
import { describe, expect, it } from 'vitest';
import { quoteLines as quotes } from '../helpers/quote-lines.js';

describe('quotes: asides and occasions at a content end', () => {
  it('ends a reported clause before a bracketed aside with its own verb', () => {
    const q = quotes(
      'Aides on Capitol Hill have argued that it helps when Trump is painted as a greedy Republican and not as an outsider (which lets the rest of the GOP off the hook).',
    );
    expect(q.find((x) => x.cue === 'argued')?.content).toEqual([
      'that it helps when Trump is painted as a greedy Republican and not as an outsider',
    ]);
  });

  it('leaves out an occasion "while closing out ..." after an object content', () => {
    const q = quotes(
      'The Doobie Brothers announced the 30-date jaunt while closing out their November 18th concert at the Ryman Auditorium.',
    );
    expect(q.find((x) => x.cue === 'announced')?.content).toEqual(['the 30-date jaunt']);
    // wink tags "closing" a noun here (round 30 #57's sentence).
    const n = quotes(
      'The Doobie Brothers announced the 30-date jaunt while closing out their November 18th concert at the Ryman Auditorium in Nashville, which featured full-LP performances.',
    );
    expect(n.find((x) => x.cue === 'announced')?.content).toEqual(['the 30-date jaunt']);
    const m = quotes('My mother mentioned the devil to me while driving on the highway.');
    expect(m.find((x) => x.cue === 'mentioned')?.content).toEqual(['the devil to me']);
  });

  it('takes a name\'s bracket whole when the content ends inside it ("Rep. Don Beyer (D-Va.)")', () => {
    const q = quotes(
      'Those close to him say that he would have to consider Rep. Don Beyer (D-Va.), a former lieutenant governor.',
    );
    expect(q.find((x) => x.cue === 'say')?.content).toEqual(['that he would have to consider Rep. Don Beyer (D-Va.)']);
  });

  it('(guard) keeps a bracket the content goes on after, and a clause\'s own "while"', () => {
    expect(quotes('Officials said the drug (sold as Xanax) was fake.')[0]?.content).toEqual([
      'the drug (sold as Xanax) was fake',
    ]);
    expect(quotes('She said she would keep working while running for office.')[0]?.content).toEqual([
      'she would keep working while running for office',
    ]);
  });
});
