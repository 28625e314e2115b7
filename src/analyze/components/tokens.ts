// Sentences, tokens, part-of-speech tags and lemmas from wink-nlp's English lite model, with
// character offsets into the Doc text. wink reports token values, not offsets, so offsets are
// recovered by scanning forward through the text for each token in order.
import winkNLP, { type ItemSentence } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Component } from '../component.js';
import type { Doc, Sentence, Token } from '../doc.js';

const nlp = winkNLP(model);
const its = nlp.its;

export const tokens: Component = {
  name: 'tokens',
  requires: [],
  assigns: ['sentences', 'tokens'],
  run(doc: Doc) {
    const paragraphs = doc.article.paragraphs.length > 0 ? doc.article.paragraphs : [[0, doc.text.length] as const];
    paragraphs.forEach(([pStart, pEnd], p) => {
      // One paragraph at a time, so no sentence crosses a paragraph boundary.
      const slice = doc.text.slice(pStart, pEnd);
      const wdoc = nlp.readDoc(slice);
      let cursor = 0;
      wdoc.sentences().each((s: ItemSentence) => {
        const values = s.tokens().out() as string[];
        const pos = s.tokens().out(its.pos) as string[];
        const lemmas = s.tokens().out(its.lemma as never) as string[];
        const first = doc.tokens.length;
        for (let i = 0; i < values.length; i++) {
          const value = values[i];
          const at = slice.indexOf(value, cursor);
          if (at < 0) continue; // wink normalised this token's text; skip rather than misplace it
          cursor = at + value.length;
          const token: Token = {
            text: value,
            span: [pStart + at, pStart + cursor],
            pos: pos[i],
            lemma: lemmas[i],
            sentence: doc.sentences.length,
          };
          doc.tokens.push(token);
        }
        const last = doc.tokens.length;
        if (last === first) return;
        const sentence: Sentence = {
          span: [doc.tokens[first].span[0], doc.tokens[last - 1].span[1]],
          tokens: [first, last],
          paragraph: p,
        };
        doc.sentences.push(sentence);
      });
    });
  },
};
