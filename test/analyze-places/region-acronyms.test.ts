// A first-level region known to the gazetteer only by an acronym among its alternate names
// ("CBP" Cao Bằng Province, "SAD" Santa Ana Department, "NSW" New South Wales) is read as that
// region only in a country the rest of the article vouches for: elsewhere the capitals are
// another thing's initials (an agency, a service), as with compass-qualified names.
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from '../analyze-entities/helpers.js';

describe('region acronyms', () => {
  it('does not place an agency of a US story in Vietnam', () => {
    const doc = analyzeText(
      'Doctors in California said three children had died in CBP custody in Texas during the flu season.',
    );
    expect(byName(doc, 'CBP')?.geo?.country).not.toBe('VN');
  });

  it('does not place a Brazilian service in El Salvador', () => {
    const doc = analyzeText(
      'Officials in São Paulo, Brazil, said the Serviço de Atendimento Domiciliar (SAD) had been robbed.',
    );
    expect(byName(doc, 'SAD')?.geo?.country).not.toBe('SV');
  });

  it('reads the region when the article is about its country', () => {
    const doc = analyzeText('Floods hit Australia this week, and NSW declared a state of emergency.');
    expect(byName(doc, 'NSW')?.geo?.country).toBe('AU');
  });

  it('reads the region next to a town of its country', () => {
    const doc = analyzeText('The fires reached Sydney, NSW, on Monday, the police said.');
    expect(byName(doc, 'NSW')?.geo?.country).toBe('AU');
  });
});

describe('region acronyms the article spells out', () => {
  it('does not place an acronym spelled out as something else, on a page naming no country', () => {
    const doc = analyzeText(
      'Officials said the Serviço de Atendimento Domiciliar (SAD), in the Amizade district, had been robbed.',
    );
    expect(byName(doc, 'SAD')?.geo?.country).not.toBe('SV');
  });

  it('reads the region when the article spells the acronym out as the region', () => {
    const doc = analyzeText('Floods hit New South Wales (NSW) this week, and NSW declared a state of emergency.');
    expect(byName(doc, 'NSW')?.geo?.country).toBe('AU');
  });
});
