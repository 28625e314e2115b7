// npx tsx eval/events-model-diff.ts [--split dev6] [--model FILE] [--threshold N] [--gate G]
// Each event the trigger model adds to or takes from the rules' on one split of our passages
// (default dev6, the model's tuning split; development figures), marked right (+ok: it matches a
// gold event) or wrong, with its margin: what a threshold or a gate would keep.
import { analysePassage, matchEvents, readPassages } from './events-score.js';
import { triggerModelSettings } from '../src/analyze/components/events/trigger-model.js';

const argv = process.argv.slice(2);
const opt = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const split = opt('--split') ?? 'dev6';
if (split === 'heldout') throw new Error('the sealed split is not read here');
if (opt('--model')) triggerModelSettings.file = opt('--model')!;
if (opt('--threshold')) triggerModelSettings.threshold = Number(opt('--threshold'));
if (opt('--common')) triggerModelSettings.commonWords = Number(opt('--common'));
if (opt('--gate')) triggerModelSettings.gate = opt('--gate') as typeof triggerModelSettings.gate;
for (const p of readPassages().filter((x) => x.split === split)) {
  triggerModelSettings.mode = 'rules';
  const rules = analysePassage(p).events;
  triggerModelSettings.mode = 'rules+model';
  const both = analysePassage(p).events;
  const key = (e: (typeof both)[number]) => `${e.type} ${e.trigger.span[0]}`;
  const right = new Set(matchEvents(p.events, both).map(([, e]) => key(e)));
  const old = new Set(rules.map(key));
  for (const e of both)
    if (!old.has(key(e)))
      console.log(
        `${right.has(key(e)) ? '+ok ' : '+bad'} ${p.id} ${e.type}/${e.modality} «${e.trigger.text}» ${e.sentence.text.slice(0, 160)}`,
      );
}
