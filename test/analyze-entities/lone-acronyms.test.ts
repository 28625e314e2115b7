// In a language the tagger does not read, the rules keep words of three to six capitals as
// organisations; one written once (a list of standards, a common noun's initials) is none, one the
// text comes back to stays. Invented German sentences.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers.js';

const names = (text: string) => analyzeText(text, undefined, 'de').entities.map((e) => `${e.name} (${e.type})`);

describe('an acronym on a page the tagger does not read', () => {
  it('is no organisation written once, and stays written twice', () => {
    const found = names(
      'Die neue Plattform nutzt offene Formate (etwa YAML, CSV und SOAP) für den Datenaustausch zwischen den Kliniken. ' +
        'Entwickelt wurde sie mit der Firma MEDIVO aus Hamburg. MEDIVO liefert auch die Server für die Speicherung.',
    );
    for (const lone of ['YAML', 'CSV', 'SOAP']) expect(found).not.toContain(`${lone} (ORG)`);
    expect(found).toContain('MEDIVO (ORG)');
  });
});
