// eval:quotes: attributed quotes against brat standoff annotations (PolNeAR / PARC style).
// Usage: npm run eval:quotes -- DIR [--verbose]   (the metrics are described in quotes-score.ts)
import { scoreQuotes, type PRF } from './quotes-score.js';

const dir = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!dir) {
  console.error('usage: npm run eval:quotes -- DIR [--verbose]');
  process.exit(2);
}
const s = scoreQuotes(dir, process.argv.includes('--verbose') ? (line) => console.log(line) : undefined);
const f3 = (x: number) => x.toFixed(3);
console.log(
  `articles ${s.articles}, gold attributions ${s.gold.toFixed(1)}, predicted ${s.predicted.toFixed(1)} (annotator files weighted 1/n per article)`,
);
const line = (name: string, x: PRF, target = '') =>
  console.log(`${name.padEnd(16)} P ${f3(x.p)}  R ${f3(x.r)}  F1 ${f3(x.f)}${target}`);
console.log('first scorer (one shared character):');
line('content overlap', s.overlap);
line('content exact', s.exact);
console.log(
  `source accuracy  ${f3(s.sourceAccuracy)} on ${s.sourceMatched.toFixed(1)} matched quotes with a gold source`,
);
console.log("strict scorer (half the shorter content's words; exact = same words):");
line('content overlap', s.strict.overlap, '   (target F1 >= 0.86)');
line('content exact', s.strict.exact, '   (target F1 >= 0.60)');
console.log(
  `source accuracy  ${f3(s.strict.sourceAccuracy)} on ${s.strict.sourceMatched.toFixed(1)} matched quotes with a gold source   (target >= 0.90)`,
);
line('cue', s.cue);
console.log(
  `strict hits: overlap ${(s.strict.overlap.p * s.predicted).toFixed(1)}, exact ${(s.strict.exact.p * s.predicted).toFixed(1)} of ${s.predicted.toFixed(1)} predicted`,
);
console.log(`time ${s.seconds.toFixed(1)} s`);
