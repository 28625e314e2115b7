// A company named after its founder, the tagger's person and organisation joined (founder-names.ts,
// namedAfterPerson in index.ts).
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from './helpers.js';

const people = (doc: ReturnType<typeof analyzeText>) =>
  doc.entities.filter((e) => e.type === 'PERSON').map((e) => e.name);

describe('a founder’s name opening an organisation’s', () => {
  it('joins a person to the organisation after its hyphen', () => {
    const doc = analyzeText(
      'NASA picked two smaller firms, Ceres Robotics and Tyvak Nano-Satellite Systems Inc, for the work.',
    );
    expect(byName(doc, 'Tyvak Nano-Satellite Systems Inc')?.type).toBe('ORG');
    expect(people(doc)).toEqual([]);
  });

  it('reads a person and the head word after it as one organisation', () => {
    const doc = analyzeText('The lander was built by Tyvak Nano-Satellite Systems, a smallsat maker.');
    expect(byName(doc, 'Tyvak Nano-Satellite Systems')?.type).toBe('ORG');
  });

  it('keeps two names joined by "and" apart', () => {
    const doc = analyzeText('The grant went to Bill Gates and the Ford Foundation last year.');
    expect(byName(doc, 'Bill Gates')?.type).toBe('PERSON');
  });
});
