// Sentences, tokens, part-of-speech tags and lemmas from wink-nlp's English lite model, with
// character offsets into the Doc text. wink reports token values, not offsets, so offsets are
// recovered by scanning forward through the text for each token in order. Sentences longer than
// the cap (limits.ts) become windows, so no later component works on an endless sentence.
//
// wink's tokenizer knows letters up to Latin-1 only: it cuts "Erdoğan" into "Erdo", "ğ", "an" and
// reads "Constanța." as "Constan", "ț", "a." (losing the sentence end). So wink reads a stand-in
// text of exactly the same length in which every other letter or mark is a Latin-1 letter
// (../../text/stand-in.ts); tokens, offsets and text are then taken from the real text.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Component } from '../component.js';
import type { Doc, Sentence } from '../doc.js';
import { CapReport, sentenceWindows } from '../limits.js';
import { latin1StandIn } from '../../text/stand-in.js';

const nlp = winkNLP(model);
const its = nlp.its;

export const tokens: Component = {
  name: 'tokens',
  requires: [],
  assigns: ['sentences', 'tokens'],
  run(doc: Doc) {
    const caps = new CapReport();
    const paragraphs = doc.article.paragraphs.length > 0 ? doc.article.paragraphs : [[0, doc.text.length] as const];
    paragraphs.forEach(([pStart, pEnd], p) => {
      // One paragraph at a time, so no sentence crosses a paragraph boundary. Each layer is read
      // once per paragraph: wink's per-sentence collections cost more than the tagging itself.
      const original = doc.text.slice(pStart, pEnd);
      const slice = latin1StandIn(original);
      const replaced = slice !== original;
      const wdoc = nlp.readDoc(slice);
      const values = wdoc.tokens().out() as string[];
      const pos = wdoc.tokens().out(its.pos) as string[];
      const lemmas = wdoc.tokens().out(its.lemma as never) as string[];
      // wink token index -> our token index (-1 when a token could not be placed).
      const placed = new Int32Array(values.length).fill(-1);
      let cursor = 0;
      for (let i = 0; i < values.length; i++) {
        const at = slice.indexOf(values[i], cursor);
        if (at < 0) continue; // wink normalised this token's text; skip rather than misplace it
        cursor = at + values[i].length;
        placed[i] = doc.tokens.length;
        const text = replaced ? original.slice(at, cursor) : values[i];
        // A word with stand-in letters is a name or a foreign word: its lemma is itself.
        const lemma = text === values[i] ? lemmas[i] : text.toLowerCase();
        doc.tokens.push({ text, span: [pStart + at, pStart + cursor], pos: pos[i], lemma, sentence: -1 });
      }
      for (const [first, last] of wdoc.sentences().out(its.span) as unknown as [number, number][]) {
        const ours = [];
        for (let i = first; i <= last; i++) if (placed[i] >= 0) ours.push(placed[i]);
        if (ours.length === 0) continue;
        caps.note(ours.length);
        for (const window of sentenceWindows(doc.tokens, ours)) {
          const index = doc.sentences.length;
          for (const t of window) doc.tokens[t].sentence = index;
          const sentence: Sentence = {
            span: [doc.tokens[window[0]].span[0], doc.tokens[window[window.length - 1]].span[1]],
            tokens: [window[0], window[window.length - 1] + 1],
            paragraph: p,
          };
          doc.sentences.push(sentence);
        }
      }
    });
    const warning = caps.warning();
    if (warning) doc.warnings.push(warning);
  },
};
