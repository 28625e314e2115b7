// Issue 14 (h390): an inverted speaker followed by a time phrase ("said Smith a day later") is the
// speaker; the time is when it was said. Invented sentences: the first two tests failed before the
// rule, the guards pass before and after.
import { describe, expect, it } from 'vitest';
import { quoteLines as quotes } from '../helpers/quote-lines.js';

describe('quotes: a time phrase after an inverted speaker', () => {
  it('credits "said Smith a day later" to Smith', () => {
    expect(quotes('“We will win,” said Smith a day later.')).toEqual([
      { speaker: 'Smith', cue: 'said', content: ['“We will win,”'] },
    ]);
  });

  it('credits "said the coach Monday" and "wrote Lopez two weeks later" to the speaker', () => {
    expect(quotes('“The team is ready,” said the coach Monday.').map((q) => q.speaker)).toEqual(['the coach']);
    expect(quotes('“Nothing has changed,” wrote Lopez two weeks later.').map((q) => q.speaker)).toEqual(['Lopez']);
  });

  it('keeps the speakers it read before: no time, a time after "on", a time before the cue', () => {
    expect(quotes('“We will win,” said Smith.').map((q) => q.speaker)).toEqual(['Smith']);
    expect(quotes('“We will win,” said Smith on Monday.').map((q) => q.speaker)).toEqual(['Smith']);
    expect(quotes('“We will win,” Smith said a day later.').map((q) => q.speaker)).toEqual(['Smith']);
  });

  it('gives no speaker that does not end at its noun before the time', () => {
    expect(
      quotes('In a new report out Monday, they describe how the river flooded the valley.').map((q) => q.speaker),
    ).not.toContain('a new report out');
  });

  it('gives no speaker when the phrase after the cue is only a time', () => {
    expect(quotes('“We will win,” said a day later.').map((q) => q.speaker)).not.toContain('a day');
  });
});
