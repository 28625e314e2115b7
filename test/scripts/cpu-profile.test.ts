// bench:analyze --profile's summary (bench/cpu-profile.ts): self time per function, summed over
// the profile's nodes of the same function (a function called from two places has two nodes).
import { describe, expect, it } from 'vitest';
import { selfTimes } from '../../bench/cpu-profile.js';

const frame = (functionName: string, url: string, lineNumber: number) => ({ functionName, url, lineNumber });

/** Nodes 1-4; node 2 and node 4 are the same function reached by two paths. */
const profile = {
  nodes: [
    { id: 1, callFrame: frame('(root)', '', -1) },
    { id: 2, callFrame: frame('viterbi', 'file:///work/wt/x/dist/analyze/tagger.js', 332) },
    { id: 3, callFrame: frame('', 'file:///work/wt/x/node_modules/wink-nlp/src/automaton.js', 313) },
    { id: 4, callFrame: frame('viterbi', 'file:///work/wt/x/dist/analyze/tagger.js', 332) },
  ],
  samples: [2, 3, 4, 2, 1],
  timeDeltas: [100, 300, 200, 100, 300],
};

describe('selfTimes', () => {
  it("sums a function's nodes and ranks by self time, with the path from dist/ or node_modules/ on", () => {
    expect(selfTimes(profile, 3)).toEqual([
      ' 40.00%  viterbi dist/analyze/tagger.js:333',
      ' 30.00%  (anonymous) node_modules/wink-nlp/src/automaton.js:314',
      ' 30.00%  (root) ',
    ]);
  });

  it('keeps only the first `top`', () => {
    expect(selfTimes(profile, 1)).toEqual([' 40.00%  viterbi dist/analyze/tagger.js:333']);
  });
});
