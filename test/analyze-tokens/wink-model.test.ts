import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import model from 'wink-eng-lite-web-model';
import { winkModel } from '../../src/analyze/resources/wink-model.js';

/** A model's unpacked core (the package's types leave its parts unknown). */
const core = (m: unknown) => (m as { core: () => unknown }).core();

// The cheaper unpacking of wink's English model must give the very model the package's own
// `core()` gives: an upgrade of wink-eng-lite-web-model that changes its format fails here.
describe('wink model', () => {
  it('unpacks the core model exactly as the package does', () => {
    const ours = core(winkModel);
    const theirs = core(model);
    expect(isDeepStrictEqual(ours, theirs)).toBe(true);
  });

  it('leaves the shared model JSON as it was, so a second unpacking gives the same', () => {
    const first = core(winkModel) as { features: { lexeme: { list: string[] } } };
    first.features.lexeme.list.push('a word wink met');
    expect(isDeepStrictEqual(core(winkModel), core(model))).toBe(true);
  });

  it('keeps every other part of the package model', () => {
    for (const part of ['sbd', 'pos', 'ner', 'negation', 'sa', 'metaCER', 'featureFn', 'addons'] as const)
      expect(winkModel[part]).toBe(model[part]);
  });
});
