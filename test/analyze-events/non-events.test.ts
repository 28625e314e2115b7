// Events: words that look like PLOVER triggers but report no event between political actors
// (questions, refusals to comment, instructions to the reader, product and lifestyle language),
// and the modality of obligations, wishes and forced choices. The kinds come from the audit of
// real pages (docs/audits/events-zyte-100.md); the sentences are written for the test.
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/record/types.js';
import { recordFrom } from '../helpers/records.js';

const analysed = (text: string, published = '2023-05-10') => recordFrom(text, { published });
const summary = (r: ArticleRecord) => r.events.map((e) => `${e.type} ${e.modality} «${e.trigger.text}»`);
const typed = (r: ArticleRecord, type: string) => r.events.filter((e) => e.type === type);

describe('no event invented from', () => {
  it('asking a question', () => {
    expect(typed(analysed('The senator asked the minister about the budget during the hearing.'), 'REQUEST')).toEqual(
      [],
    );
    expect(typed(analysed('"Who signed the order?" the senator asked.'), 'REQUEST')).toEqual([]);
    expect(typed(analysed('The minister asked whether the army had enough fuel.'), 'REQUEST')).toEqual([]);
    expect(
      typed(analysed('A resident, who asked not to be identified, said soldiers entered the village.'), 'REQUEST'),
    ).toEqual([]);
  });

  it('still finds a request to do something', () => {
    expect(summary(analysed('The minister asked Turkey to reopen the border crossing.'))).toContain(
      'REQUEST asserted «asked»',
    );
  });

  it('declining to comment', () => {
    expect(typed(analysed('A spokesman for the ministry declined to comment on the report.'), 'REJECT')).toEqual([]);
    expect(typed(analysed('The general declined to say when the troops would leave.'), 'REJECT')).toEqual([]);
    // A refusal of something else is still a rejection.
    expect(summary(analysed('The president declined to sign the bill passed by parliament.'))).toContain(
      'REJECT asserted «declined to»',
    );
  });

  it('a medical attack, an impression, a call for proposals, charging a device', () => {
    expect(typed(analysed('The senator died of a heart attack in Washington on Monday.'), 'ASSAULT')).toEqual([]);
    expect(typed(analysed('His remarks struck me as political, the ambassador said.'), 'ASSAULT')).toEqual([]);
    expect(typed(analysed('The ministry issued a call for proposals for new rail lines.'), 'REQUEST')).toEqual([]);
    expect(
      typed(analysed('The new port allows charging laptops with portable batteries, the ministry said.'), 'ACCUSE'),
    ).toEqual([]);
  });

  it('a rally of prices', () => {
    expect(
      typed(analysed('The rally in bank stocks followed the ruling of the Supreme Court in Delhi.'), 'PROTEST'),
    ).toEqual([]);
  });

  it('instructions to the reader', () => {
    expect(analysed('For more information, please visit the ministry website.').events).toEqual([]);
    expect(analysed('Visit your account page to upgrade the plan.').events).toEqual([]);
  });

  it('product, science and lifestyle pages, whatever the type', () => {
    const gadget = analysed(
      'The new laptop has a brighter screen and a faster keyboard. Every device in the range offers support for Alexa, ' +
        'and the wireless charger works with older gadgets. The battery lasts a day, and users praised the display.',
    );
    expect(summary(gadget)).toEqual([]);
    const recipe = analysed(
      'This recipe for pear jam is easy. The original recipe called for three cups of sugar, but one cup of honey ' +
        'works. Keep the oven low and add each ingredient slowly; the flavor of the jam improves in the kitchen overnight.',
    );
    expect(summary(recipe)).toEqual([]);
  });
});

describe('modality of', () => {
  it('an obligation', () => {
    expect(summary(analysed('"We should be supporting Ukraine\'s reforms," the senator said.'))).toContain(
      'SUPPORT possible «supporting»',
    );
  });

  it('a wish', () => {
    expect(
      summary(analysed('President Trump has been eager to withdraw troops from Afghanistan, officials said.')),
    ).toContain('RETREAT future «withdraw»');
  });

  it('a forced choice', () => {
    expect(
      summary(analysed('Police said the protesters in the university had no option but to come out and surrender.')),
    ).toContain('RETREAT possible «surrender»');
  });
});
