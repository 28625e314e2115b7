// npm run eval:events [-- --misses] [--split dev|test]
// Runs extract (body) + analyze over the hand-written passages of data/events/passages.jsonl and
// prints per-type and per-modality P/R/F1, macro F1 over types and modality accuracy on matched
// events, for the dev and test splits separately. The test split (every 4th passage) is never
// used for tuning. --misses lists unmatched and mis-modalised events of the dev split only.
import { readPassages, scoreSplit, type Prf, type Score } from './events-score.js';

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const row = (name: string, s: Prf) => `  ${name.padEnd(13)} P ${pct(s.p)}  R ${pct(s.r)}  F1 ${pct(s.f1)}  (gold ${s.n})`;

function report(split: string, s: Score): void {
  console.log(`\n== ${split}: ${s.gold} gold events, ${s.predicted} predicted, ${s.matched} matched`);
  console.log('per type:');
  for (const [t, v] of Object.entries(s.types)) if (v.n > 0 || v.p > 0) console.log(row(t, v));
  console.log('per modality (type-matched events; a wrong modality counts against both):');
  for (const [m, v] of Object.entries(s.modalities)) console.log(row(m, v));
  console.log(`macro F1 over types:          ${pct(s.macroF1)}`);
  console.log(`modality accuracy on matched: ${pct(s.modalityAccuracy)}`);
  console.log(`actor accuracy on matched:    ${pct(s.actorAccuracy)}   place accuracy on matched: ${pct(s.placeAccuracy)}`);
}

const argv = process.argv.slice(2);
const only = argv.includes('--split') ? argv[argv.indexOf('--split') + 1] : undefined;
const passages = readPassages();
const started = performance.now();
for (const split of ['dev', 'test'] as const) {
  if (only && only !== split) continue;
  const s = scoreSplit(split, passages);
  report(split, s);
  if (split === 'dev' && argv.includes('--misses')) for (const m of s.misses) console.log('  ' + m);
}
console.log(`\n${passages.length} passages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
