// The registered analysis components, in the order they run.
import type { Component } from '../component.js';
import type { Doc } from '../doc.js';
import { tokens } from './tokens.js';
import { entities } from './entities/index.js';
import { geocode } from './geocode/index.js';
import { times } from './times/index.js';
import { quantities } from './quantities/index.js';
import { quotes } from './quotes/index.js';
import { events } from './events/index.js';

export const COMPONENTS: readonly Component[] = [tokens, entities, geocode, times, quantities, quotes, events];

/**
 * Runs on the page every component that comes before `component`, and returns the page: the page as
 * that component sees it, for its training, evaluation and tests.
 */
export function runComponentsBefore(doc: Doc, component: string): Doc {
  for (const c of COMPONENTS) {
    if (c.name === component) break;
    c.run(doc);
  }
  return doc;
}
