// Issue 14, recurring in audit rounds 34 (#62, #88) and 35 (#37): a noun of saying given the wrong
// party as its holder. A noun after a preposition that hangs on the predicate's adjective or
// participle ("leave it open to accusations that ...", "sympathetic to the argument that ...") is
// not held by the sentence's subject: the one open to accusations is the accused
// (predicate-preposition.ts, after the models). Invented sentences; the first test failed before the
// rule, the guard passes before and after.
import { describe, expect, it } from 'vitest';
import { quoteLines as quotes } from '../helpers/quote-lines.js';

const heldBy = (text: string, cue: string) => quotes(text).filter((q) => q.cue === cue);

describe('quotes: a noun cue after the predicate’s preposition is not held by the subject', () => {
  it('takes no subject as holder', () => {
    expect(
      heldBy(
        'While Norway wants to sell more fish, it has resisted terms that would leave it open to accusations that it dumps cheap salmon.',
        'accusations',
      ),
    ).toEqual([]);
    expect(heldBy('Regulators were sympathetic to the argument that the dam was unsafe.', 'argument')).toEqual([]);
  });

  it('(guard) keeps the subject of a verb whose object or particle’s object is the noun', () => {
    expect(heldBy('The panel came to the conclusion that the dam was unsafe.', 'conclusion')).toEqual([
      { speaker: 'The panel', cue: 'conclusion', content: ['that the dam was unsafe'] },
    ]);
    expect(heldBy('The panel has come to the conclusion that the dam was unsafe.', 'conclusion')).toEqual([
      { speaker: 'The panel', cue: 'conclusion', content: ['that the dam was unsafe'] },
    ]);
    expect(heldBy('The union repeated the claim that managers ignored the warnings.', 'claim')).toEqual([
      { speaker: 'The union', cue: 'claim', content: ['that managers ignored the warnings'] },
    ]);
    expect(heldBy('The ministry repeated its claim that inspectors ignored the warnings.', 'claim')).toEqual([
      { speaker: 'its', cue: 'claim', content: ['that inspectors ignored the warnings'] },
    ]);
  });
});
