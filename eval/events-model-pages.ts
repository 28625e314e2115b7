// npx tsx eval/events-model-pages.ts [folder] [--mode rules+model|model] [--threshold N]
// The events the trigger model adds on real pages (default ../shared/data/extraction/zyte): every
// page analysed with the rules alone and with the rules and the model (trigger-model.ts), the
// counts of both, and each event that differs, with its page, type, modality and sentence, to be
// judged by hand. Development figures. --mode and --threshold set the model's use for the run
// (default rules+model at trigger-model.ts's threshold, whatever the product's switch says).
import { analysedPages, sampleOptions } from './audit-sample.js';
import { analyze } from '../src/analyze/pipeline.js';
import { triggerModelSettings } from '../src/analyze/components/events/trigger-model.js';

if (process.argv.includes('--gate'))
  triggerModelSettings.gate = process.argv[process.argv.indexOf('--gate') + 1] as typeof triggerModelSettings.gate;
if (process.argv.includes('--model')) triggerModelSettings.file = process.argv[process.argv.indexOf('--model') + 1];
if (process.argv.includes('--common'))
  triggerModelSettings.commonWords = Number(process.argv[process.argv.indexOf('--common') + 1]);

const options = sampleOptions(1);
const argv = process.argv.slice(2);
const mode = (
  argv.includes('--mode') ? argv[argv.indexOf('--mode') + 1] : 'rules+model'
) as typeof triggerModelSettings.mode;
if (argv.includes('--threshold')) triggerModelSettings.threshold = Number(argv[argv.indexOf('--threshold') + 1]);
triggerModelSettings.mode = mode;
let before = 0;
let after = 0;
let pages = 0;
const lines: string[] = [];
for (const { article, record } of analysedPages(options.dir)) {
  pages++;
  const withModel = record.events;
  triggerModelSettings.mode = 'rules';
  const rulesOnly = analyze(article).events;
  triggerModelSettings.mode = mode;
  before += rulesOnly.length;
  after += withModel.length;
  const key = (e: (typeof withModel)[number]) => `${e.type} ${e.trigger.span[0]}`;
  const old = new Set(rulesOnly.map(key));
  const now = new Set(withModel.map(key));
  for (const e of withModel)
    if (!old.has(key(e)))
      lines.push(
        `+ ${(article.title ?? '').slice(0, 50)} | ${e.type}/${e.modality} «${e.trigger.text}» ${e.sentence.text.slice(0, 200)}`,
      );
  for (const e of rulesOnly)
    if (!now.has(key(e)))
      lines.push(
        `- ${(article.title ?? '').slice(0, 50)} | ${e.type}/${e.modality} «${e.trigger.text}» ${e.sentence.text.slice(0, 200)}`,
      );
}
console.log(`${pages} pages: ${before} events with the rules alone, ${after} with the rules and the model`);
for (const l of lines) console.log(l);
