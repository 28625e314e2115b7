// eval:quotes: attributed quotes against brat standoff annotations (PolNeAR / PARC style).
// Usage: npm run eval:quotes -- DIR [--verbose]   (the metrics are described in quotes-score.ts)
import { scoreQuotes } from './quotes-score.js';

const dir = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!dir) {
  console.error('usage: npm run eval:quotes -- DIR [--verbose]');
  process.exit(2);
}
const s = scoreQuotes(dir, process.argv.includes('--verbose') ? (line) => console.log(line) : undefined);
const f3 = (x: number) => x.toFixed(3);
console.log(`articles ${s.articles}, gold attributions ${s.gold.toFixed(1)}, predicted ${s.predicted.toFixed(1)} (annotator files weighted 1/n per article)`);
console.log(`content overlap  P ${f3(s.overlap.p)}  R ${f3(s.overlap.r)}  F1 ${f3(s.overlap.f)}   (target F1 >= 0.85)`);
console.log(`content exact    P ${f3(s.exact.p)}  R ${f3(s.exact.r)}  F1 ${f3(s.exact.f)}   (target F1 >= 0.60)`);
console.log(`source accuracy  ${f3(s.sourceAccuracy)} on ${s.sourceMatched.toFixed(1)} matched quotes with a gold source   (target >= 0.85)`);
console.log(`time ${s.seconds.toFixed(1)} s`);
