// The learned event-trigger model (src/analyze/components/events/trigger-model.ts, issue 15): it
// loads, scores candidates, and with the model switched on reaches trigger words the rules have no
// entry for, on sentences written for the test (none from data/events or the audited pages);
// words the rules know stay theirs; everyday uses of the same words stay non-events. The product
// ships it switched on ('rules+model') since h322, with the common-word gate (a word among the
// 10,000 most frequent is never a model trigger).
import { afterEach, describe, expect, it } from 'vitest';
import { recordFrom } from '../helpers/records.js';
import {
  CLASSES,
  candidateAt,
  scoreCandidate,
  triggerModel,
  triggerModelSettings,
} from '../../src/analyze/components/events/trigger-model.js';
import { newDoc } from '../../src/analyze/doc.js';
import { extract } from '../../src/extract/index.js';
import { runComponentsBefore } from '../helpers/pages.js';

const typed = (text: string) =>
  recordFrom(text, { published: '2023-05-10' }).events.map((e) => `${e.type}:${e.modality}:${e.trigger.text}`);
const withModel = (text: string) => {
  triggerModelSettings.mode = 'rules+model';
  return typed(text);
};
const rulesAlone = (text: string) => {
  triggerModelSettings.mode = 'rules';
  const events = typed(text);
  triggerModelSettings.mode = 'rules+model';
  return events;
};

afterEach(() => {
  triggerModelSettings.mode = 'rules+model';
  triggerModelSettings.commonWords = 10_000;
});

describe('event trigger model: the table', () => {
  it('loads its lemmas and context features, with one score per class', () => {
    const { lemmas, features } = triggerModel();
    expect(lemmas.size).toBeGreaterThan(20_000);
    expect(features.size).toBeGreaterThan(1_000);
    expect(lemmas.get('v:garrison')?.length).toBe(CLASSES.length);
  });

  it('scores a candidate verb with its particle, and leaves names and function words out', () => {
    const doc = docTokens('The rebels pulled out of Kidal on Sunday.');
    const has = (k: string) => triggerModel().lemmas.has(k);
    const at = doc.findIndex((t) => t.text === 'pulled');
    const c = candidateAt(doc, at, has);
    expect(c).toMatchObject({ key: 'v:pull_out', end: at + 2, verbal: true });
    expect(CLASSES).toContain(scoreCandidate(doc, at, c!).type);
    expect(
      candidateAt(
        doc,
        doc.findIndex((t) => t.text === 'Kidal'),
        has,
      ),
    ).toBeNull();
    expect(
      candidateAt(
        doc,
        doc.findIndex((t) => t.text === 'of'),
        has,
      ),
    ).toBeNull();
  });
});

describe('event trigger model: words the rules have no entry for', () => {
  it('is on in the product: a deployment the rules alone miss', () => {
    // "garrisoned", the word here until session 44, is now a rule word (WordNet's station.v.1, a seed of
    // scripts/build-event-triggers.mjs).
    expect(rulesAlone('The army emplaced two battalions in the border town.')).toEqual([]);
    expect(typed('The army emplaced two battalions in the border town.')).toContain('MOBILIZE:asserted:emplaced');
  });

  it('never makes a trigger of a common word, where the context and not the word decides', () => {
    const idiom = '"If the unrest spreads, Beijing will not sit on our hands," the ambassador warned.';
    const storm = 'Hurricane Otis battered the coast of Guerrero overnight, forcing the evacuation of thousands.';
    expect(typed(idiom)).toEqual([]);
    expect(typed(storm)).toEqual(['RETREAT:asserted:evacuation']);
    // Without the gate the model reads the idiom as a protest. (The table retrained on session 41's
    // corrected dev gold, 7990670d, no longer reads the storm's "battered" as one even without it.)
    triggerModelSettings.commonWords = 0;
    expect(typed(idiom)).toEqual(['PROTEST:hypothetical:sit']);
  });

  it('switched on, reads a deployment worded by a verb the lexicon lacks', () => {
    expect(withModel('The army emplaced two battalions in the border town.')).toContain('MOBILIZE:asserted:emplaced');
  });

  it('switched on, leaves everyday uses of such words alone', () => {
    expect(withModel('The bakery padlocked its doors for the holiday.')).toEqual([]);
    expect(withModel('She relinquished her seat on the bus to an old man.')).toEqual([]);
    expect(withModel('The geese encircled the pond.')).toEqual([]);
    expect(withModel('The chef minced the garlic.')).toEqual([]);
  });

  it('switched on, leaves the words the rules know to the rules', () => {
    expect(withModel('The junta exiled the former president.')).toEqual(
      typed('The junta exiled the former president.'),
    );
    expect(withModel('Rebels torched the granary.')).toEqual(typed('Rebels torched the granary.'));
  });
});

/** The tokens of a one-sentence text, as the events component sees them. */
function docTokens(text: string) {
  const doc = newDoc(extract({ content: text, format: 'body' }));
  runComponentsBefore(doc, 'entities');
  return doc.tokens;
}
