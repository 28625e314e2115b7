// Sentences of GUM (../shared/data/train/gum/train) that GUM's own annotation says attribute
// nothing: negatives for the attribution cue model (scripts/train-quotes.ts). GUM's discourse
// layer (eRST) marks every attribution, of speech or of thought, as an `attribution-positive` or
// `attribution-negative` relation between the source's unit ("she said") and the content's; a
// sentence counts as a non-attribution when
//   - none of its discourse units is either end of such a relation, nor is a unit of the
//     sentence just before or after it (a relation's content may be a span of several units,
//     named by its first), and
//   - it holds no quotation (GUM's <q>, <quote> or <sp> markup, or a quotation mark): GUM does
//     not always relate a quotation to its source.
// Text and token offsets are readGumDoc's (eval/gum.ts), so the product's tokens can be matched.
import { readFileSync } from 'node:fs';
import { readGumDoc } from '../eval/gum.js';
import type { Span } from '../src/record/types.js';

export interface GumNegatives {
  id: string;
  text: string;
  /** Character spans of the sentences that attribute nothing. */
  sentences: Span[];
}

const RELATION_RE = /^attribution-(?:positive|negative):(\d+)->(\d+):/;
const UNIT_RE = /^[^:]+:(\d+)->/;
const QUOTE_TAG_RE = /<(?:q|quote|sp)[\s>]/;
const QUOTE_MARK_RE = /["“”«»„]/;

export function gumNegatives(path: string): GumNegatives {
  const doc = readGumDoc(path);
  // The same token lines readGumDoc reads (no multiword ranges, no empty nodes), in order.
  const sentenceOf: number[] = [];
  const unitOf: number[] = [];
  const quotedSentences = new Set<number>();
  const attributionUnits = new Set<number>();
  let sentence = -1;
  let unit = 0;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('# sent_id')) sentence++;
    if (line.startsWith('#') || line.trim() === '') continue;
    const cols = line.split('\t');
    if (cols.length < 10 || cols[0].includes('.')) continue;
    const misc = cols[9].split('|');
    if (QUOTE_TAG_RE.test(cols[9]) || QUOTE_MARK_RE.test(cols[1])) quotedSentences.add(sentence);
    if (cols[0].includes('-')) continue;
    const discourse = misc.find((f) => f.startsWith('Discourse='));
    if (discourse) {
      const relations = discourse.slice('Discourse='.length).split(';');
      const first = UNIT_RE.exec(relations[0]);
      if (first) unit = Number(first[1]);
      for (const r of relations) {
        const m = RELATION_RE.exec(r);
        if (m) attributionUnits.add(Number(m[1])).add(Number(m[2]));
      }
    }
    sentenceOf.push(sentence);
    unitOf.push(unit);
  }
  if (sentenceOf.length !== doc.tokens.length) throw new Error(`${path}: token count differs from readGumDoc's`);
  const attributing = new Set<number>();
  for (let t = 0; t < unitOf.length; t++) if (attributionUnits.has(unitOf[t])) attributing.add(sentenceOf[t]);
  const excluded = (s: number) =>
    quotedSentences.has(s) || attributing.has(s - 1) || attributing.has(s) || attributing.has(s + 1);
  const sentences: Span[] = [];
  for (let t = 0; t < doc.tokens.length;) {
    const s = sentenceOf[t];
    let e = t;
    while (e + 1 < doc.tokens.length && sentenceOf[e + 1] === s) e++;
    if (!excluded(s)) sentences.push([doc.tokens[t].start, doc.tokens[e].end]);
    t = e + 1;
  }
  return { id: doc.id, text: doc.text, sentences };
}
