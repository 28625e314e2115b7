// Fifteenth round of issue 14 (audit docs/audits/quotes-zyte-random-100-round15.md): invented
// sentences, each failing before the rule it names.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';

const quotes = (text: string) =>
  analyze(extract({ content: text, format: 'body', published: '2023-04-03' })).quotes.map((q) => ({
    speaker: q.speaker.text,
    cue: q.cue?.text,
    content: q.content.spans.map((s) => s.text),
  }));
const speakerOf = (text: string, cue: string) => quotes(text).find((q) => q.cue === cue)?.speaker;

describe('quotes, round 15', () => {
  it('takes a third person\'s possessive determiner into the speaker ("his team", "her staff")', () => {
    expect(speakerOf('Her lawyers said the charges would be dropped.', 'said')).toBe('Her lawyers');
    expect(speakerOf('Officials at the port said that its managers believe the ship was lost.', 'believe')).toBe(
      'its managers',
    );
  });

  it('reads a coordinated subject that opens its clause as the speaker ("Smith and his team reported")', () => {
    expect(quotes('Smith and his team reported that they found a new species of frog in the valley.')).toEqual([
      {
        speaker: 'Smith and his team',
        cue: 'reported',
        content: ['that they found a new species of frog in the valley'],
      },
    ]);
    expect(speakerOf('Farmers and traders said the new road would cut their costs.', 'said')).toBe(
      'Farmers and traders',
    );
  });

  it('(guard) joins no phrase after a verb to the subject ("Prices rose and analysts said")', () => {
    expect(speakerOf('Prices rose sharply in March and analysts said the trend would last.', 'said')).toBe('analysts');
  });

  it('takes a possessor ending in an apostrophe alone into the speaker ("the Adams’ lawyer")', () => {
    expect(speakerOf('The Adams’ lawyer said the charges would be dropped.', 'said')).toBe('The Adams’ lawyer');
  });

  it('reads the phrase a "who" clause hangs on as the speaker, not a phrase inside the clause', () => {
    expect(
      speakerOf(
        'A spokesperson who did not wish to be named because of company policy said that the plant would close.',
        'said',
      ),
    ).toBe('A spokesperson');
    expect(speakerOf('Officials who spoke with the families said the search would resume on Monday.', 'said')).toBe(
      'Officials',
    );
  });

  it('leaves the occasion of the saying out of an inverted speaker ("wrote Fadem in a research note")', () => {
    expect(speakerOf('“The market is weak,” wrote Fadem in a Tuesday research note.', 'wrote')).toBe('Fadem');
    expect(speakerOf('“We will appeal,” said Joan Smith in the statement.', 'said')).toBe('Joan Smith');
    // Before a definite article after a common noun, "in" stays in the phrase ("a narrator in the ad").
    expect(speakerOf('“Vote for change,” says a narrator in the ad.', 'says')).toBe('a narrator in the ad');
  });
});
