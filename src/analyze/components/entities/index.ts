// The `entities` component: people, organisations, places, nationalities and facilities, one
// entity per real thing with all its mentions. wink-nlp's model has no named-entity layer, so
// this is rule-based over its tokens and part-of-speech tags plus the place gazetteer:
//   1. find name runs (capitalised token sequences)       -> runs.ts
//   2. type each run, peeling titles and affiliations     -> classify.ts
//   3. type lone words against the whole document          -> decide.ts
//   4. find nominal mentions ("the Kremlin leader")        -> decide.ts
//   5. group mentions into entities, appositions, coref    -> group.ts
import type { Component } from '../../component.js';
import type { Doc } from '../../doc.js';
import { classifyRun, type Mention } from './classify.js';
import { decide, findNominals } from './decide.js';
import { group } from './group.js';
import { regionMentions } from './regions.js';
import { findRuns } from './runs.js';

export function findMentions(doc: Doc): Mention[] {
  const mentions: Mention[] = [];
  for (const run of findRuns(doc)) mentions.push(...classifyRun(doc, run));
  return regionMentions(doc, decide(mentions));
}

export const entities: Component = {
  name: 'entities',
  requires: ['sentences', 'tokens'],
  assigns: ['entities'],
  run(doc: Doc) {
    doc.entities = group(doc, findMentions(doc), findNominals(doc));
  },
};
