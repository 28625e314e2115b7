import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
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
    for (const part of ['sbd', 'pos', 'ner', 'negation', 'sa', 'featureFn', 'addons'] as const)
      expect(winkModel[part]).toBe(model[part]);
  });

  it("gives every instance the custom-entity machines the package's first metaCER() gives", () => {
    const meta = (m: unknown) => (m as { metaCER: () => { machines: string; transformers: unknown } }).metaCER();
    const ours = meta(winkModel);
    // The package's own: its first call stringifies the machines; each later call stringifies the
    // string it returned before (resources/wink-model.ts).
    const machines = JSON.stringify(
      createRequire(import.meta.url)('wink-eng-lite-web-model/dist/languages/cur/models/eng-cer-meta-model.json'),
    );
    expect(ours.machines).toBe(machines);
    expect(ours.transformers).toBe(meta(model).transformers);
    for (let k = 0; k < 25; k++) expect(meta(winkModel).machines).toBe(machines);
    // and instances are made as before
    for (let k = 0; k < 3; k++) winkNLP(winkModel, ['sbd', 'pos']);
  }, 60_000);
});
