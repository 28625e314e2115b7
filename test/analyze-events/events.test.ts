// The events component through the real pipeline: one PLOVER category and one modality per
// sentence, roles from the entities, spans that point into the text.
import { describe, expect, it } from 'vitest';
import type { ArticleRecord, Event } from '../../src/record/types.js';
import { recordFrom } from '../helpers/records.js';

const analysed = (text: string, published = '2023-05-10') => recordFrom(text, { published });
const names = (r: ArticleRecord, ids: readonly string[]) =>
  ids.map((id) => r.entities.find((e) => e.id === id)?.name ?? id);
const placeName = (r: ArticleRecord, e: Event) => r.entities.find((x) => x.id === e.place)?.name ?? null;

describe('PLOVER categories', () => {
  const cases: [string, string][] = [
    ['AGREE', 'Chile and Argentina signed a water-sharing treaty in Santiago on Monday.'],
    ['CONSULT', 'The Indian prime minister held talks with Japanese officials in Tokyo on Tuesday.'],
    ['SUPPORT', 'Brazil endorsed the Colombian peace plan at the regional summit.'],
    ['CONCEDE', 'The rebels freed twelve hostages near Bunia on Sunday.'],
    ['COOPERATE', 'Ghana and Togo launched joint patrols along their shared border.'],
    ['AID', 'Norway delivered medicine and tents to refugees in Chad last week.'],
    ['RETREAT', 'Ethiopian troops withdrew from the town of Shire on Friday.'],
    ['REQUEST', 'The United Nations urged Myanmar to free political prisoners.'],
    ['ACCUSE', 'Ukraine accused Belarus of hosting Russian missile units.'],
    ['REJECT', 'Venezuela rejected the proposal put forward by the mediators.'],
    ['THREATEN', 'Iran threatened to close the Strait of Hormuz to tankers.'],
    ['PROTEST', 'Thousands of farmers protested in Brussels against new trade rules.'],
    ['SANCTION', 'Australia imposed sanctions on three Iranian officials on Wednesday.'],
    ['MOBILIZE', 'Serbia deployed troops to its border with Kosovo on Thursday.'],
    ['COERCE', 'Police in Dakar arrested thirty opposition supporters.'],
    ['ASSAULT', 'Gunmen attacked a police post near Gao, killing four officers.'],
  ];
  it.each(cases)('%s', (type, text) => {
    const r = analysed(text);
    expect(r.events.map((e) => e.type)).toContain(type);
  });
});

describe('modality', () => {
  const cases: [string, string, string][] = [
    ['asserted', 'Turkish jets bombed Kurdish positions in northern Iraq on Sunday.', 'ASSAULT'],
    ['negated', 'Police did not arrest any of the protesters in Nairobi.', 'COERCE'],
    ['negated', 'There have been no clashes along the border since the truce.', 'ASSAULT'],
    ['future', 'Germany will deploy a brigade to Lithuania next year.', 'MOBILIZE'],
    ['future', 'The two leaders plan to meet in Geneva in June.', 'CONSULT'],
    ['possible', 'Officials fear the militias could attack the airport in Tripoli.', 'ASSAULT'],
    ['possible', 'No one can exclude the possibility that the army will withdraw from the city.', 'RETREAT'],
    ['hypothetical', 'If the talks collapse, the union will strike across the country.', 'PROTEST'],
    ['hypothetical', 'Should the rebels advance, Chad would send troops to the border.', 'MOBILIZE'],
  ];
  it.each(cases)('%s: %s', (modality, text, type) => {
    const r = analysed(text);
    const e = r.events.find((x) => x.type === type);
    expect(e, JSON.stringify(r.events.map((x) => [x.type, x.modality]))).toBeDefined();
    expect(e!.modality).toBe(modality);
  });

  it('a threat with a condition is itself asserted', () => {
    const r = analysed('The junta threatened to expel the ambassador if Paris did not recall him.');
    expect(r.events.find((e) => e.type === 'THREATEN')?.modality).toBe('asserted');
  });
});

describe('roles, time, background and spans', () => {
  it('finds actor, target and place', () => {
    const r = analysed('Vietnam accused China of harassing fishing boats near the Paracel Islands.');
    const e = r.events.find((x) => x.type === 'ACCUSE')!;
    expect(names(r, e.actors)).toEqual(['Vietnam']);
    expect(names(r, e.targets)).toContain('China');
  });

  it('takes the agent of a passive as actor and its subject as target', () => {
    const r = analysed('Kharkiv was shelled by Russian troops on Saturday.', '2024-03-11');
    const e = r.events.find((x) => x.type === 'ASSAULT')!;
    expect(names(r, e.actors).join()).toMatch(/Russia/);
    expect(placeName(r, e)).toBe('Kharkiv');
    expect(e.mode).toBe('artillery');
    expect(e.time).toBe('2024-03-09');
  });

  it('marks events mentioned as past context as background', () => {
    const r = analysed(
      'Since the invasion of Ukraine in 2022, Finland has deployed more troops to its eastern border.',
      '2024-05-01',
    );
    expect(r.events.find((x) => x.type === 'ASSAULT')?.background).toBe(true);
    expect(r.events.find((x) => x.type === 'MOBILIZE')?.background).toBeUndefined();
  });

  it('links an event reported in a quote to that quote', () => {
    const r = analysed('“We will deploy two battalions to the north,” the defence minister of Niger said.');
    const e = r.events.find((x) => x.type === 'MOBILIZE')!;
    expect(e.quote).toBeDefined();
    expect(r.quotes.map((q) => q.id)).toContain(e.quote);
  });

  it('spans point into the text, also after characters outside the BMP', () => {
    const text =
      '🚨 Breaking 🇺🇦: Russian forces shelled Kharkiv overnight. Ukraine will ask NATO for more air defences.';
    const r = analysed(text);
    expect(r.events.length).toBeGreaterThanOrEqual(2);
    for (const e of r.events) {
      expect(text.slice(e.trigger.span[0], e.trigger.span[1])).toBe(e.trigger.text);
      expect(text.slice(e.sentence.span[0], e.sentence.span[1])).toBe(e.sentence.text);
    }
  });

  it('codes nothing in text without events, and survives empty analysis layers', () => {
    expect(analysed('The weather in Lisbon was sunny and mild all week.').events).toEqual([]);
  });
});
