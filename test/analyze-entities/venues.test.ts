// A venue's name ends in its kind of building; its first words name a sponsor, a person or a
// town, which the tagger reads instead: the head word makes it a facility with no town's point.
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from './helpers.js';

describe('venues named by their head word', () => {
  it('types a theatre, an auditorium and an amphitheatre FAC', () => {
    const doc = analyzeText(
      'The band plays the Harlow Beach Theater in July. In August it moves to the Tamsin Auditorium in Nashville, then to the Brightwater Credit Union Amphitheatre near Tampa. The tour ends at the Marla Quinn Ostrow Pavilion.',
    );
    const venues = [
      'Harlow Beach Theater',
      'Tamsin Auditorium',
      'Brightwater Credit Union Amphitheatre',
      'Marla Quinn Ostrow Pavilion',
    ];
    for (const name of venues) {
      const e = byName(doc, name);
      expect(e?.type, name).toBe('FAC');
      expect(e?.geo ?? null, name).toBeNull();
    }
  });
});
