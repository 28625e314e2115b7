// bench:analyze --profile's summary (bench/cpu-profile.ts): self time per function, summed over
// the profile's nodes of the same function (a function called from two places has two nodes); and
// bench:extract --profile's stages: a function's share with what it calls.
import { describe, expect, it } from 'vitest';
import { inclusiveTimes, selfTimes } from '../../bench/cpu-profile.js';

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

/** extract -> parse -> tokenize, extract -> metadata -> metadata (a recursive call), and the root's own samples. */
const nested = {
  nodes: [
    { id: 1, callFrame: frame('(root)', '', -1), children: [2, 7] },
    { id: 2, callFrame: frame('extract', 'file:///x/dist/extract/index.js', 40), children: [3, 5] },
    { id: 3, callFrame: frame('parseHtml', 'file:///x/dist/extract/html/parse.js', 40), children: [4] },
    { id: 4, callFrame: frame('tokenize', 'file:///x/node_modules/htmlparser2/dist/Tokenizer.js', 820) },
    { id: 5, callFrame: frame('extractMetadata', 'file:///x/dist/extract/html/metadata/index.js', 47), children: [6] },
    { id: 6, callFrame: frame('extractMetadata', 'file:///x/dist/extract/html/metadata/index.js', 47) },
    { id: 7, callFrame: frame('(garbage collector)', '', -1) },
  ],
  samples: [4, 3, 6, 5, 2, 7, 1],
  timeDeltas: [300, 100, 200, 100, 100, 100, 100],
};

describe('inclusiveTimes', () => {
  it('gives each named function its own samples and those of what it calls, a recursive call once', () => {
    expect(inclusiveTimes(nested, ['parseHtml', 'extractMetadata', 'extract', '(garbage collector)'])).toEqual([
      ' 40.00%  parseHtml',
      ' 30.00%  extractMetadata',
      ' 80.00%  extract',
      ' 10.00%  (garbage collector)',
    ]);
  });

  it('gives a function that no sample passes through nothing, not the share of a caller', () => {
    expect(inclusiveTimes(nested, ['collectLinks', 'tokenize'])).toEqual([
      '  0.00%  collectLinks',
      ' 30.00%  tokenize',
    ]);
  });
});
