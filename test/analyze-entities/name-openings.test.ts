// A people's word that opens a longer name (name-openings.ts): no NORP of its own.
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from './helpers.js';

const peoples = (doc: ReturnType<typeof analyzeText>) =>
  doc.entities.filter((e) => e.type === 'NORP').map((e) => e.name);

describe('the first word of a longer name read as a people', () => {
  it('drops a newspaper’s first word', () => {
    const doc = analyzeText('The governor told the Argus Leader Monday afternoon that the ads work.');
    expect(peoples(doc)).not.toContain('Argus');
  });

  it('drops a product’s first word', () => {
    const doc = analyzeText(
      'Quick access to the assistant is standard. The Wireless Charging Case delivers more than 24 hours of battery life.',
    );
    expect(peoples(doc)).not.toContain('Wireless');
  });

  it('joins the word to the organisation that follows it', () => {
    const doc = analyzeText(
      'Protesters marched to the headquarters of the Independent National Electoral Commission in Abuja on Monday.',
    );
    expect(byName(doc, 'Independent National Electoral Commission')?.type).toBe('ORG');
  });

  it('keeps demonyms, parties and groups before names and titles', () => {
    const doc = analyzeText(
      'Chinese President Xi Jinping met Democratic Senator Chris Coons. The Kurdish leader and African American voters were there.',
    );
    expect(peoples(doc)).toEqual(expect.arrayContaining(['Chinese', 'Democratic', 'Kurdish']));
  });
});
