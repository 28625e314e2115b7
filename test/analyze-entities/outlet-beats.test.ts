// "VOA Pentagon correspondent Carla Babb", "NPR Moscow correspondent": a news outlet's acronym, then
// the beat its reporter covers, is two names, not one. Round 28 (issue 13). Sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from './helpers.js';

describe("an outlet's acronym before a correspondent's beat", () => {
  it('is the outlet alone, and the beat a name of its own', () => {
    const vo = analyzeText('He told VOA Pentagon correspondent Carla Babb on Monday that the operation was over.');
    expect(byName(vo, 'VOA Pentagon')).toBeUndefined();
    expect(byName(vo, 'VOA')?.type).toBe('ORG');
    expect(byName(vo, 'Carla Babb')?.type).toBe('PERSON');
    const npr = analyzeText('NPR Moscow correspondent Lucian Kim said the talks failed.');
    expect(byName(npr, 'NPR')?.type).toBe('ORG');
    expect(byName(npr, 'Moscow')?.type).toBe('GPE');
    const bbc = analyzeText('BBC Africa correspondent Andrew Harding reported from Lagos.');
    expect(byName(bbc, 'BBC')?.type).toBe('ORG');
    expect(byName(bbc, 'Africa')?.type).toBe('LOC');
  });

  it('keeps names before other titles and outlets without an acronym whole', () => {
    const fbi = analyzeText('FBI Director Christopher Wray testified. The Fox News correspondent said so.');
    expect(byName(fbi, 'FBI')?.type).toBe('ORG');
    expect(byName(fbi, 'Fox News')?.type).toBe('ORG');
    const nhs = analyzeText('NHS England chief executive Simon Stevens spoke in Leeds.');
    expect(byName(nhs, 'NHS England')?.type).toBe('ORG');
  });
});
