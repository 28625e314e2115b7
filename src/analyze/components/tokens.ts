// Sentences, tokens, part-of-speech tags and lemmas from wink-nlp's English lite model, with
// character offsets into the Doc text. wink reports token values, not offsets, so offsets are
// recovered by scanning forward through the text for each token in order.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Component } from '../component.js';
import type { Doc, Sentence } from '../doc.js';

const nlp = winkNLP(model);
const its = nlp.its;

export const tokens: Component = {
  name: 'tokens',
  requires: [],
  assigns: ['sentences', 'tokens'],
  run(doc: Doc) {
    const paragraphs = doc.article.paragraphs.length > 0 ? doc.article.paragraphs : [[0, doc.text.length] as const];
    paragraphs.forEach(([pStart, pEnd], p) => {
      // One paragraph at a time, so no sentence crosses a paragraph boundary. Each layer is read
      // once per paragraph: wink's per-sentence collections cost more than the tagging itself.
      const slice = doc.text.slice(pStart, pEnd);
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
        doc.tokens.push({ text: values[i], span: [pStart + at, pStart + cursor], pos: pos[i], lemma: lemmas[i], sentence: -1 });
      }
      for (const [first, last] of wdoc.sentences().out(its.span) as unknown as [number, number][]) {
        const ours = [];
        for (let i = first; i <= last; i++) if (placed[i] >= 0) ours.push(placed[i]);
        if (ours.length === 0) continue;
        const index = doc.sentences.length;
        for (const t of ours) doc.tokens[t].sentence = index;
        const sentence: Sentence = {
          span: [doc.tokens[ours[0]].span[0], doc.tokens[ours[ours.length - 1]].span[1]],
          tokens: [ours[0], ours[ours.length - 1] + 1],
          paragraph: p,
        };
        doc.sentences.push(sentence);
      }
    });
  },
};
