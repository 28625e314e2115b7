// Runs the real tokens + entities + geocode components over a passage (building the gazetteer
// index first if this checkout has not been built).
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import type { Article, Entity } from '../../src/record/types.js';
import { newDoc, type Doc } from '../../src/analyze/doc.js';
import { tokens } from '../../src/analyze/components/tokens.js';
import { entities } from '../../src/analyze/components/entities/index.js';
import { geocode } from '../../src/analyze/components/geocode/index.js';
import { GAZETTEER_PATH } from '../../src/analyze/resources/gazetteer.js';

export function ensureGazetteer(): void {
  if (!existsSync(GAZETTEER_PATH)) execFileSync(process.execPath, ['scripts/build-gazetteer.mjs'], { stdio: 'ignore' });
}

/** `site`: the page's site name (the article's `siteName`), when a test reads it. */
export function analyzeText(text: string, dateline?: string, language = 'en', site?: string): Doc {
  ensureGazetteer();
  const article: Article = {
    source: { format: 'body' },
    title: null,
    authors: [],
    published: null,
    dateline: dateline ? { raw: dateline, place: dateline, date: null } : null,
    language,
    ...(site ? { siteName: site } : {}),
    text,
    paragraphs: [[0, text.length]],
    comments: [],
    warnings: [],
  };
  const doc = newDoc(article);
  for (const c of [tokens, entities, geocode]) c.run(doc);
  return doc;
}

export const byName = (doc: Doc, name: string): Entity | undefined =>
  doc.entities.find((e) => e.name === name || e.aliases.includes(name));
export const surfaces = (doc: Doc, e: Entity) => e.mentions.map(([s, t]) => doc.text.slice(s, t));
