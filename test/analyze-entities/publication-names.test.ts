// A newspaper named after its town ("the Lisbon Herald", "The Denver Chronicle") is one
// organisation: the town in its name is where it is printed, not a place the story mentions.
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from './helpers.js';

describe("a publication's name", () => {
  it('keeps the town of a newspaper named after it out of the places', () => {
    const doc = analyzeText(
      'Records leaked to the Denver Chronicle show the deal. The Boston Herald and the Seattle Times said so, ' +
        'and USA Today ran the story on Friday.',
    );
    for (const name of ['Denver Chronicle', 'Boston Herald', 'Seattle Times', 'USA Today'])
      expect(byName(doc, name)?.type, name).toBe('ORG');
    for (const name of ['Denver', 'Boston', 'Seattle', 'USA']) expect(byName(doc, name), name).toBeUndefined();
  });

  it('still places the town where the story names it alone', () => {
    const doc = analyzeText('The Denver Chronicle reported that the fire in Denver spread overnight.');
    expect(byName(doc, 'Denver Chronicle')?.type).toBe('ORG');
    expect(byName(doc, 'Denver')?.geo).toMatchObject({ country: 'US', admin1: 'Colorado' });
  });

  it('keeps the place of a local institution that is no publication', () => {
    const doc = analyzeText('Officers of the Denver Police Department arrested two men on Tuesday.');
    expect(byName(doc, 'Denver')?.geo?.country).toBe('US');
  });
});

describe("a person of a publication's network", () => {
  it('keeps the person and the network apart', () => {
    const doc = analyzeText('The panel included Dana Pruitt of Metro News and Omar Haddad of the Lakeside Herald.');
    expect(byName(doc, 'Dana Pruitt')?.type).toBe('PERSON');
    expect(byName(doc, 'Metro News')?.type).toBe('ORG');
    expect(doc.entities.some((e) => e.name.includes(' of '))).toBe(false);
  });
});
