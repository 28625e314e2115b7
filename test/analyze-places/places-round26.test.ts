// Places round 26 (issue 13, h386; docs/audits/places-zyte-100-round26.md): a state's postal code
// in a member of Congress's party label, and capitals the article spells out as a body's name.
// Sentences written for these tests; each failed before the change that made it pass.
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from '../analyze-entities/helpers.js';

describe('a state’s code in a party label', () => {
  it('reads "(R-AL)" as Alabama', () => {
    const doc = analyzeText(
      'Rep. Martha Greene (R-AL), who chairs the panel, asked for more money for the rocket program.',
    );
    expect(byName(doc, 'AL')?.geo).toMatchObject({ country: 'US', admin1: 'Alabama' });
  });

  it('leaves a code with no party label alone', () => {
    // No label: "AL" is not read as the state from its capitals alone.
    const doc = analyzeText('Gunnar Berg, a farmer from AL in the mountains, sold his sheep.');
    expect(byName(doc, 'AL')?.geo?.admin1).not.toBe('Alabama');
  });
});

describe('capitals spelled out as a body’s name', () => {
  it('types them as the body, not a place', () => {
    const doc = analyzeText(
      'The Serviço de Atendimento Domiciliar (SAD) reported a break-in at its office in Amizade.',
    );
    expect(byName(doc, 'SAD')?.type).toBe('ORG');
  });

  it('keeps capitals spelled out as a place', () => {
    const doc = analyzeText('Two people in New South Wales (NSW) died. NSW officials said the toll may rise.');
    expect(byName(doc, 'NSW')?.type).toBe('GPE');
    expect(byName(doc, 'NSW')?.geo?.country).toBe('AU');
  });
});
