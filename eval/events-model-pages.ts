// npx tsx eval/events-model-pages.ts [folder]
// The events the trigger model adds on real pages (default ../shared/data/extraction/zyte): every
// page analysed with the rules alone and with the rules and the model (trigger-model.ts), the
// counts of both, and each event that differs, with its page, type, modality and sentence, to be
// judged by hand. Development figures.
import { analysedPages, sampleOptions } from './audit-sample.js';
import { analyze } from '../src/analyze/pipeline.js';
import { triggerModelSettings } from '../src/analyze/components/events/trigger-model.js';

const options = sampleOptions(1);
const mode = triggerModelSettings.mode;
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
