// A job title written in capitals is no person's name: "Senate Leader", "Senior Vice President",
// "General Manager" name a post, whoever holds it.
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from './helpers.js';

describe('job titles are not people', () => {
  it('does not take a capitalised title for a person', () => {
    const doc = analyzeText(
      'Senate Leader, Tomas Okafor raised a motion on the floor on Tuesday. Grace Lindqvist, Senior Vice ' +
        'President of Marketing for Halvern Foods, says the new line sold out. The plant is run by its ' +
        'General Manager, who declined to comment.',
    );
    for (const name of ['Senate Leader', 'Senior Vice President', 'Vice President', 'General Manager'])
      expect(byName(doc, name)?.type).not.toBe('PERSON');
    expect(byName(doc, 'Tomas Okafor')?.type).toBe('PERSON');
    expect(byName(doc, 'Grace Lindqvist')?.type).toBe('PERSON');
  });

  it('does not take the first word of a title for a person', () => {
    const doc = analyzeText(
      'The talks were led by Vice President Harlan Moss. Critics said Vice President Moss had agreed to ' +
        'too much, and a Trump official declined to comment.',
    );
    expect(byName(doc, 'Vice')).toBeUndefined();
    expect(byName(doc, 'Harlan Moss')?.type).toBe('PERSON');
  });

  it('keeps people whose surname is a word of rank', () => {
    const doc = analyzeText(
      'The anchor John Chancellor opened the broadcast, and the singer Carole King closed it. Later the ' +
        'writer Anna Mayor said the show ran long.',
    );
    expect(byName(doc, 'John Chancellor')?.type).toBe('PERSON');
    expect(byName(doc, 'Carole King')?.type).toBe('PERSON');
    expect(byName(doc, 'Anna Mayor')?.type).toBe('PERSON');
  });

  it("does not take an office's title for a person", () => {
    const doc = analyzeText('A Marlow County Sheriff’s Department deputy found the car near the river on Sunday.');
    expect(byName(doc, 'Marlow County Sheriff')?.type).not.toBe('PERSON');
  });
});

describe('posts are not organisations', () => {
  it('keeps the place of a post the tagger read as an organisation, not the post', () => {
    const doc = analyzeText(
      'In June, the then UK Home Secretary, Sajid Javid, formally approved an extradition request from the US.',
    );
    expect(byName(doc, 'UK Home Secretary')).toBeUndefined();
    expect(byName(doc, 'UK')?.type).toBe('GPE');
    expect(byName(doc, 'Sajid Javid')?.type).toBe('PERSON');
  });
});
