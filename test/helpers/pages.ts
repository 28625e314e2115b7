// Pages for the components' own tests: a page analysed as far as one component, as that component
// sees it (runComponentsBefore, the components' own), and seeded random pages for the equivalence
// tests of output-identical speed cuts (the same draws for the same seed, so a failure is
// reproduced by its seed).
export { runComponentsBefore } from '../../src/analyze/components/index.js';

/** How many sentences a random page has, and words a sentence: each the least plus a draw below the spread. */
export interface RandomPageShape {
  sentences: { least: number; spread: number };
  words: { least: number; spread: number };
}

/** A page of sentences made of the words `drawWord` returns, each ending in a full stop. */
export function randomPage(rnd: () => number, drawWord: () => string, shape: RandomPageShape): string {
  const sentences: string[] = [];
  const n = shape.sentences.least + Math.floor(rnd() * shape.sentences.spread);
  for (let s = 0; s < n; s++) {
    const words: string[] = [];
    const len = shape.words.least + Math.floor(rnd() * shape.words.spread);
    for (let k = 0; k < len; k++) words.push(drawWord());
    sentences.push(`${words.join(' ')}.`);
  }
  return sentences.join(' ');
}
