// Events: kinds of error from events audit round 16 on real pages (docs/audits/events-zyte-round16.md),
// on sentences written for the test, none from data/events or the audited pages.
import { describe, expect, it } from 'vitest';
import { recordFrom, eventOfType } from '../helpers/records.js';

const analysed = (text: string) => recordFrom(text, { published: '2023-05-10' });
const types = (text: string) => analysed(text).events.map((e) => e.type);

describe('events audit round 16', () => {
  it('types a raid by armed men as an assault and a raid by the police as coercion', () => {
    expect(
      eventOfType(analysed('Two gunships were lost while trying to raid a rebel position near Kidal.'), 'ASSAULT')
        .trigger.text,
    ).toBe('raid');
    expect(types('Police raided the offices of the newspaper in Baku on Monday.')).toContain('COERCE');
    expect(types('Police raided the offices of the newspaper in Baku on Monday.')).not.toContain('ASSAULT');
    expect(types('Authorities raided the headquarters of the opposition party in Minsk.')).toContain('COERCE');
  });

  it('takes no deployment of forces from a sentence about technology that names none', () => {
    expect(
      types('Wind and solar power are in use, but the region needs deployment on a far larger scale.'),
    ).not.toContain('MOBILIZE');
    expect(types('The city plans to expand the deployment of solar panels on public roofs.')).not.toContain('MOBILIZE');
    // Forces named, or nothing else named: still a deployment.
    expect(types('The deployment of 3,000 troops to the border began on Monday.')).toContain('MOBILIZE');
    expect(types("Russia's deployment near the border alarmed Kyiv.")).toContain('MOBILIZE');
  });

  it('does not let a possibility cue of one clause bear on the verb of an appositive relative after it', () => {
    const r = analysed(
      'Aides raised concerns about the envoy potentially leaking documents, a prospect the envoy denied on Monday.',
    );
    expect(eventOfType(r, 'REJECT').modality).toBe('asserted');
    // The cue in the verb's own clause still counts.
    expect(eventOfType(analysed('The envoy may deny the report, officials said.'), 'REJECT').modality).toBe('possible');
  });

  it('reads relief from a restriction as easing it, not as aid', () => {
    const r = analysed('Beijing wants Washington to provide some relief from the 25% tariffs on its steel.');
    expect(r.events.map((e) => e.type)).not.toContain('AID');
    expect(eventOfType(r, 'CONCEDE').trigger.text).toBe('provide');
    // Relief for people in need is still aid.
    expect(types('The agency will provide relief to families displaced by the floods.')).toContain('AID');
  });
});
