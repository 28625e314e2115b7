// A name that holds a possessive of a noun for a kind of person or a group of people (WordNet's
// noun.person and noun.group words): one name across the possessive ("Queen's University"), not
// the part after it alone ("University"), nor that part read as a person. Invented sentences.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers.js';

const names = (text: string) => analyzeText(text).entities.map((e) => `${e.name} (${e.type})`);

describe('a name across a possessive noun', () => {
  it('joins a court, a hospital and a university', () => {
    expect(names("The hearing will take place at Eastbridge Magistrate's Court in Leeds in March.")).toEqual(
      expect.arrayContaining(["Eastbridge Magistrate's Court (ORG)"]),
    );
    const found = names(
      "She studied at Queen's University in Belfast before joining the Children's Hospital of Leeds.",
    );
    expect(found).toEqual(expect.arrayContaining(["Queen's University (ORG)", "Children's Hospital of Leeds (ORG)"]));
    expect(found).not.toContain('University (ORG)');
  });

  it('joins an army and a newspaper the tagger cut or read as a person', () => {
    expect(names("Officials said the People's Liberation Army could be deployed in the city within days.")).toContain(
      "People's Liberation Army (ORG)",
    );
    const found = names('On Monday, the People’s Daily, the mouthpiece of the party, warned against compromise.');
    expect(found).toContain('People’s Daily (ORG)');
    expect(found).not.toContain('Daily (PERSON)');
  });

  it("leaves an institution's part apart", () => {
    const found = names("She directs Northfield University's Hartley Center for Policy in Boston.");
    expect(found.some((n) => n.startsWith("Northfield University's"))).toBe(false);
  });

  it("leaves a person's and a company's possessive apart", () => {
    const found = names(
      "Apple's Tim Cook met Will Smith's lawyers in Chicago. They said Amazon sells speakers. Amazon's Alexa answered.",
    );
    expect(found).toEqual(expect.arrayContaining(['Tim Cook (PERSON)', 'Will Smith (PERSON)']));
    expect(found.some((n) => n.includes("'s"))).toBe(false);
  });
});
