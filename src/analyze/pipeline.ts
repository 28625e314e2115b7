// The analysis pipeline: one ordered list of components run over one Doc. The order is checked
// once, when the module loads: a component may only require layers that earlier ones assign.
import type { Article, ArticleRecord } from '../record/types.js';
import type { Component, Layer } from './component.js';
import { newDoc } from './doc.js';
import { COMPONENTS } from './components/index.js';
import { toRecord } from './record.js';

export function checkOrder(components: readonly Component[]): void {
  const assigned = new Set<Layer>();
  for (const c of components) {
    for (const need of c.requires) {
      if (!assigned.has(need)) throw new Error(`analysis component "${c.name}" requires "${need}", which no earlier component assigns`);
    }
    c.assigns.forEach((l) => assigned.add(l));
  }
}

checkOrder(COMPONENTS);

/** The names of the analyses that run, for the record's `analyses` field and the README. */
export const ANALYSES: readonly string[] = COMPONENTS.map((c) => c.name);

/** Runs every analysis over an extracted article and returns the full record. */
export function analyze(article: Article, components: readonly Component[] = COMPONENTS): ArticleRecord {
  const doc = newDoc(article);
  for (const c of components) {
    try {
      c.run(doc);
    } catch (err) {
      // One failing component must not lose the record: report it under its name and go on.
      doc.warnings.push({ code: 'analysis-failed', message: `${c.name}: ${(err as Error).message}` });
    }
  }
  return {
    ...toRecord(article),
    dateline: article.dateline && doc.datelineGeo ? { ...article.dateline, geo: doc.datelineGeo } : article.dateline,
    entities: doc.entities,
    quotes: doc.quotes,
    times: doc.times,
    quantities: doc.quantities,
    events: doc.events,
    warnings: [...article.warnings, ...doc.warnings],
    analyses: components.map((c) => c.name),
  };
}
