// A one-word company name with no cue beside it reads as a person's surname to the tagger; the
// rest of the article tells: the same name with a company's head word, or what it owns.
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from './helpers.js';

describe('one-word company names', () => {
  it('takes the name of a company written elsewhere with its head word as that company', () => {
    const doc = analyzeText(
      'Brenwick reported a loss of $30 million for the quarter. Analysts said the chain of newspapers could not cut costs fast enough. Last year Brenwick Co. sold two printing plants.',
    );
    expect(byName(doc, 'Brenwick')?.type).toBe('ORG');
  });

  it('takes a name whose employees are spoken of as a company’s', () => {
    const doc = analyzeText(
      'Talvex said on Monday it would close two offices. More than a third of Talvex’s employees will leave.',
    );
    expect(byName(doc, 'Talvex')?.type).toBe('ORG');
  });

  it('leaves a person named in full a person, whatever their shares', () => {
    const doc = analyzeText('Dana Kellerby said she sold part of her stake. Kellerby’s shares were worth $2 million.');
    expect(byName(doc, 'Dana Kellerby')?.type).toBe('PERSON');
  });
});
