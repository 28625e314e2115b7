// Events: kinds of miss and of wrong actor taken up in session 29 (issue 15), on sentences written
// for the test, none from data/events or the audited pages.
import { describe, expect, it } from 'vitest';
import { recordFrom, eventOfType } from '../helpers/records.js';

const analysed = (text: string) => recordFrom(text, { published: '2023-05-10' });
const types = (text: string) => analysed(text).events.map((e) => e.type);

describe('session 29 recall kinds', () => {
  it('reads "the <verb>ing of <object>" as the verb made a noun ("the signing of the treaty")', () => {
    const r = analysed('The signing of the border treaty took place in Astana on Monday.');
    expect(eventOfType(r, 'AGREE').modality).toBe('asserted');
    expect(eventOfType(analysed('The signing of the fisheries accord was postponed.'), 'AGREE').modality).toBe(
      'negated',
    );
    // The verb's own constraints still hold: a signing of no accord is no agreement.
    expect(types('The signing of the new striker was announced on Monday.')).not.toContain('AGREE');
  });

  it('takes a noun followed by a participle of detention as the captives a release frees', () => {
    const r = analysed('The junta has yet to release the three bloggers detained in June.');
    expect(eventOfType(r, 'CONCEDE').modality).toBe('negated');
    expect(types('Gunmen freed the engineers abducted near Kaduna last week.')).toContain('CONCEDE');
    // Without such a participle a noun that names no captive is not one.
    expect(types('The ministry will release the figures revised last week.')).not.toContain('CONCEDE');
  });
});

describe('session 29 actors', () => {
  it('does not make the maker of a poll the doer of what the poll finds', () => {
    const r = analysed('A new NBC News poll shows wide support for the peace plan.');
    const names = eventOfType(r, 'SUPPORT').actors.map((id) => r.entities.find((e) => e.id === id)?.name ?? id);
    expect(names.filter((n) => /NBC/.test(n))).toEqual([]);
    // A name before another noun still does what the noun does ("the NBC News board backs").
    const board = analysed('The Kenyan opposition coalition voiced support for the peace plan.');
    expect(eventOfType(board, 'SUPPORT').actors.length).toBeGreaterThan(0);
  });

  it('does not make the one who tells of it, or the subject, the doer of what a victim suffers', () => {
    const r = analysed(
      'Maria Okafor saw it happen. She says guards searched the bus and found a driver bleeding, who was probably the victim of a stabbing.',
    );
    expect(eventOfType(r, 'ASSAULT').actors).toEqual([]);
    // The doer of an attack the subject carries out is still read.
    const doer = analysed('Maria Okafor saw it. She says Boko Haram carried out a stabbing in Maiduguri.');
    expect(eventOfType(doer, 'ASSAULT').actors.length).toBeGreaterThan(0);
  });
});
