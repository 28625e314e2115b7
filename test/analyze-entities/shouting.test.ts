// English words written in capitals for emphasis are not acronyms of organisations.
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from './helpers.js';

describe('words in capitals for emphasis', () => {
  it('types no shouted English word as an organisation', () => {
    const doc = analyzeText(
      'Writing the first post was KIND OF SCARY for her. GET OUT and VOTE on Tuesday for a BETTER town, he wrote.',
    );
    for (const word of ['KIND', 'SCARY', 'VOTE']) expect(byName(doc, word), word).toBeUndefined();
  });

  it('keeps acronyms, and a shouted word the document names elsewhere', () => {
    const doc = analyzeText('The NATO summit opened in Brussels. FBI agents met the CIA chief. UNICEF and WHO spoke.');
    for (const org of ['NATO', 'FBI', 'CIA', 'UNICEF']) expect(byName(doc, org)?.type, org).toBe('ORG');
    const named = analyzeText('SAFE, a charity, helps families. The appeal was SAFE AND SOUND OF HEART, said SAFE.');
    expect(byName(named, 'SAFE')?.type).toBe('ORG');
  });
});
