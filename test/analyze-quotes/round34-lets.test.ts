// Issue 14, audit round 34 (h358): after "let", the speaker finder took the object for a speaker.
// "let's say" is a first person plural imperative, the writer's own supposition or hedge, whose
// speaker is the writer (as PolNeAR marks it), and "let us know" asks the reader to speak: no one
// is quoted (imperative.ts). Invented sentences; the "let" tests failed before the rule, the guard
// (a possessive of a name that starts with "Let") passes before and after.
import { describe, expect, it } from 'vitest';
import { analyzeBody, quoteLines as quotes } from '../helpers/quote-lines.js';

describe("quotes: let's say is the writer's, let us know no quote (round 34)", () => {
  it("gives let's say to the writer", () => {
    for (const text of [
      'You will face moments that cause you to … well, let’s say they cause you to grow.',
      "Let's say the price doubles next year.",
    ]) {
      const q = analyzeBody(text).quotes;
      expect(q.map((x) => [x.speaker.authors !== undefined, x.cue?.text])).toEqual([[true, 'say']]);
    }
  });

  it('drops let us know', () => {
    expect(quotes('Let us know what your favorite gadget of 2019 is.')).toEqual([]);
  });

  it('(guard) keeps a speaker whose name starts with Let', () => {
    const q = analyzeBody("Lett's lawyer said the case was weak.").quotes;
    expect(q.map((x) => [x.speaker.text, x.speaker.authors, x.content.text])).toEqual([
      ["Lett's lawyer", undefined, 'the case was weak'],
    ]);
  });
});
