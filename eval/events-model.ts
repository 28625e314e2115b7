// npx tsx eval/events-model.ts [--sweep [--thresholds a,b,...]] [--threshold N] [--gate none|agree|word] [--model FILE]
// The event-trigger model (src/analyze/components/events/trigger-model.ts) against the rules:
// found, precision and macro F1 of the rules alone, the rules with the model at the words they have
// no entry for, and the model alone, on each split of data/events/passages.jsonl (all development
// figures; dev6 is the model's tuning split, dev to dev5 its training data, so its figures there
// are fitted; dev7, dev8 and dev9 are neither, written blind for untouched readings). --sweep scores dev6 alone at a range of thresholds, rules+model: the
// threshold in trigger-model.ts was chosen from it. The sealed held-out split is never read.
import { readPassages, scoreSplit, SPLITS } from './events-score.js';
import { triggerModelSettings } from '../src/analyze/components/events/trigger-model.js';

if (process.argv.includes('--gate'))
  triggerModelSettings.gate = process.argv[process.argv.indexOf('--gate') + 1] as typeof triggerModelSettings.gate;
if (process.argv.includes('--model')) triggerModelSettings.file = process.argv[process.argv.indexOf('--model') + 1];
if (process.argv.includes('--common'))
  triggerModelSettings.commonWords = Number(process.argv[process.argv.indexOf('--common') + 1]);

const argv = process.argv.slice(2);
const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const passages = readPassages();
const fixed = argv.includes('--threshold')
  ? Number(argv[argv.indexOf('--threshold') + 1])
  : triggerModelSettings.threshold;

function line(split: string, mode: typeof triggerModelSettings.mode, threshold: number): string {
  triggerModelSettings.mode = mode;
  triggerModelSettings.threshold = threshold;
  const s = scoreSplit(split as (typeof SPLITS)[number], passages);
  return `${split.padEnd(5)} ${mode.padEnd(11)} t=${String(threshold).padStart(4)}  found ${pct(s.matched / s.gold)}  precision ${pct(s.matched / Math.max(1, s.predicted))}  macro ${pct(s.macroF1)}  modality ${pct(s.modalityAccuracy)}  (gold ${s.gold}, predicted ${s.predicted}, matched ${s.matched})`;
}

const thresholds = argv.includes('--thresholds')
  ? argv[argv.indexOf('--thresholds') + 1].split(',').map(Number)
  : [-150, -100, -50, -25, 0, 25, 50, 75, 100, 150];

if (argv.includes('--sweep')) {
  console.log(line('dev6', 'rules', 0));
  for (const known of [false]) {
    triggerModelSettings.knownWords = known;
    console.log(`known words to the model: ${known}`);
    for (const t of thresholds) console.log(line('dev6', 'rules+model', t));
  }
  triggerModelSettings.knownWords = false;
  for (const t of [-100, -50, -25, 0, 50]) console.log(line('dev6', 'model', t));
} else {
  for (const split of SPLITS) {
    for (const mode of ['rules', 'rules+model', 'model'] as const) console.log(line(split, mode, fixed));
  }
}
