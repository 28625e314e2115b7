// The analysis pipeline: one ordered list of components run over one Doc. The order is checked
// once, when the module loads: a component may only require layers that earlier ones assign.
import type { Article, ArticleRecord, Warning } from '../record/types.js';
import type { Component, Layer } from './component.js';
import { newDoc } from './doc.js';
import { COMPONENTS } from './components/index.js';
import { toRecord } from './record.js';
import { languageName, readsAsEnglish, recordLanguage } from './language.js';

export function checkOrder(components: readonly Component[]): void {
  const assigned = new Set<Layer>();
  for (const c of components) {
    for (const need of c.requires) {
      if (!assigned.has(need))
        throw new Error(`analysis component "${c.name}" requires "${need}", which no earlier component assigns`);
    }
    c.assigns.forEach((l) => assigned.add(l));
  }
}

checkOrder(COMPONENTS);

/** The names of the analyses that run, for the record's `analyses` field and the README. */
export const ANALYSES: readonly string[] = COMPONENTS.map((c) => c.name);

/** A warning for a page in another (known) language, whose analysis layers come out (nearly) empty. */
function languageWarning(language: string): Warning | null {
  if (readsAsEnglish(language)) return null;
  const name = languageName(language);
  return {
    code: 'not-english',
    message: `the page is in ${name} (${language}); the analyses read English only, so its people, places, quotes, times and events are mostly not found`,
  };
}

/** Runs every analysis over an extracted article and returns the full record. */
export function analyze(article: Article, components: readonly Component[] = COMPONENTS): ArticleRecord {
  const doc = newDoc(article);
  const notEnglish = languageWarning(doc.language);
  if (notEnglish) doc.warnings.push(notEnglish);
  for (const c of components) {
    try {
      c.run(doc);
    } catch (err) {
      // One failing component must not lose the record: report it under its name and go on.
      doc.warnings.push({ code: 'analysis-failed', message: `${c.name}: ${(err as Error).message}` });
    }
  }
  const { language, provenance, warning } = recordLanguage(article, doc.language);
  if (warning) doc.warnings.unshift(warning);
  return {
    ...toRecord(article),
    language,
    ...(provenance ? { provenance } : {}),
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
