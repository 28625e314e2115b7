// npm run eval:times [-- --misses] [--source gum|own]
// Runs extract (body) + analyze over the times dev set of data/times and prints TempEval-3 style
// figures: extent F1 (strict and relaxed), type F1 and value F1, overall and per source.
import { predictTimes, readTimesSet, scoreTimes, type Prf, type TimesScore } from './times-score.js';

const f = (x: number) => x.toFixed(3);
const line = (name: string, s: Prf) => `  ${name.padEnd(16)} P ${f(s.p)}  R ${f(s.r)}  F1 ${f(s.f1)}`;

function report(title: string, s: TimesScore): void {
  console.log(`\n== ${title}: ${s.gold} gold expressions, ${s.predicted} predicted`);
  console.log(line('extent strict', s.strict));
  console.log(line('extent relaxed', s.relaxed));
  console.log(line('type', s.type));
  console.log(line('value', s.value));
  for (const [k, v] of Object.entries(s.byKind))
    console.log(
      `  ${k.padEnd(9)} gold ${String(v.gold).padStart(3)}  found ${String(v.found).padStart(3)}  value right ${String(v.valueRight).padStart(3)}`,
    );
}

const argv = process.argv.slice(2);
const only = argv.includes('--source') ? argv[argv.indexOf('--source') + 1] : undefined;
const started = performance.now();
const items = readTimesSet()
  .filter((d) => !only || d.source === only)
  .map((doc) => ({ doc, predicted: predictTimes(doc) }));
for (const source of ['gum', 'own'] as const) {
  const part = items.filter((i) => i.doc.source === source);
  if (part.length) report(source === 'gum' ? 'GUM Wikinews (22 documents)' : 'own passages', scoreTimes(part));
}
const all = scoreTimes(items);
report('all', all);
if (argv.includes('--misses')) for (const m of all.misses) console.log('  ' + m);
console.log(`\n${items.length} documents in ${((performance.now() - started) / 1000).toFixed(1)} s`);
