// Events as the thing a measure is taken of (round 28, issue 15): "the agency measures seizures by
// weight" counts seizures as a unit of a statistic; no one act is told. The verbs are WordNet 3.1's
// verbs of measuring and counting (src/analyze/components/events/filters.ts). The sentences are
// written for the test.
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/record/types.js';
import { recordFrom } from '../helpers/records.js';

const analysed = (text: string) => recordFrom(text, { published: '2023-05-10' });
const summary = (r: ArticleRecord) => r.events.map((e) => `${e.type} ${e.modality} «${e.trigger.text}»`);
const typed = (r: ArticleRecord, type: string) => r.events.filter((e) => e.type === type);

describe('events that are the object of a verb of measuring or counting', () => {
  it('are no event told', () => {
    expect(typed(analysed('The coast guard measures seizures by weight, not by price.'), 'COERCE')).toEqual([]);
    expect(typed(analysed('Each province counts the arrests in its own way.'), 'COERCE')).toEqual([]);
    expect(typed(analysed('The ministry tallied drug seizures at every port.'), 'COERCE')).toEqual([]);
  });

  it('leave events near a measure that are not its object (paired negative)', () => {
    expect(summary(analysed('Inspectors measured the cargo before the seizure at the port on Monday.'))).toContain(
      'COERCE asserted «seizure»',
    );
    expect(summary(analysed('The coast guard seized 40 kilograms of cocaine by weight on Monday.'))).toContain(
      'COERCE asserted «seized»',
    );
  });
});
