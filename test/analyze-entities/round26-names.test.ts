// Entities round 26 (issue 13): names the tagger cut or typed as the wrong kind. Sentences written
// for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers.js';

const entitiesOf = (text: string) => analyzeText(text).entities.map((e) => `${e.type} ${e.name}`);

describe('a hyphenated given name before a surname', () => {
  it('reads "Sui-Lee Wee" as one person, not a place', () => {
    const found = entitiesOf('The city was sealed off, according to Sui-Lee Wee of the New York Times.');
    expect(found).toContain('PERSON Sui-Lee Wee');
    expect(found.some((e) => e.startsWith('GPE Sui'))).toBe(false);
  });

  it('keeps a hyphenated place the gazetteer knows', () => {
    expect(entitiesOf('The band played in Winston-Salem Tuesday night.')).toContain('GPE Winston-Salem');
  });
});

describe('a US state\'s name and "State"', () => {
  it('is the university or its team, not the state', () => {
    const found = entitiesOf('Michigan State beat Ohio State 24-10 on Saturday in East Lansing.');
    expect(found).toContain('ORG Michigan State');
    expect(found).toContain('ORG Ohio State');
    expect(found).not.toContain('LOC Ohio State');
  });

  it("keeps the state where its name is also a big city's", () => {
    const found = entitiesOf('The law was passed in New York State last year.');
    expect(found.some((e) => e.startsWith('ORG New York'))).toBe(false);
  });
});

describe('a company named with a possessive', () => {
  it('reads "Lowe\'s" whole as the company', () => {
    const found = entitiesOf("Home Depot missed estimates on Tuesday. Rival Lowe's was also lower after the results.");
    expect(found).toContain("ORG Lowe's");
    expect(found).not.toContain('PERSON Lowe');
  });

  it('keeps a person named in full', () => {
    const found = entitiesOf("Rob Lowe starred in the film. Lowe's new series opens in May.");
    expect(found).toContain('PERSON Rob Lowe');
    expect(found.some((e) => e.startsWith('ORG Lowe'))).toBe(false);
  });
});

describe('a team named by its home and a singular word', () => {
  it('reads the whole name as the team', () => {
    const thunder = entitiesOf('He scored 30 points for the Oklahoma City Thunder on Friday night.');
    expect(thunder).toContain('ORG Oklahoma City Thunder');
    expect(thunder).toContain('GPE Oklahoma City');
    const jazz = entitiesOf('Mitchell scored 40 points for the Utah Jazz before the break.');
    expect(jazz).toContain('ORG Utah Jazz');
    // The home inside the name stays a place mention.
    expect(jazz).toContain('GPE Utah');
  });

  it("keeps a place's own kind of name", () => {
    const found = entitiesOf('The swan was found in a pond at the Dresden Zoo in Germany.');
    expect(found.some((e) => e.startsWith('ORG Dresden'))).toBe(false);
  });

  it("keeps a place before a person's title", () => {
    const found = entitiesOf('The California Governor signed the bill on Monday.');
    expect(found.some((e) => e.startsWith('ORG California'))).toBe(false);
    const court = entitiesOf("He will appear at Westminster Magistrate's Court in London in February.");
    expect(court.some((e) => e === 'GPE Westminster')).toBe(false);
  });

  it('keeps a person whose given name a small town bears', () => {
    expect(entitiesOf('Voters chose Donald Trump in 2016.')).toContain('PERSON Donald Trump');
  });
});

describe("a tournament's group", () => {
  it('is no organisation when its letter ends the sentence', () => {
    const found = entitiesOf('Switzerland beat Gibraltar 6-0 to win Group D. The day before, Portugal made it.');
    expect(found.some((e) => e.includes('Group'))).toBe(false);
  });
});

describe('a verb in capitals opening a sentence', () => {
  it('is no organisation before an article', () => {
    const found = entitiesOf(
      'The fair runs all week. VISIT the Pennsylvania National Horse Show, Oct. 11-21, in Harrisburg.',
    );
    expect(found.some((e) => e.includes('VISIT'))).toBe(false);
  });

  it("keeps a body's acronym opening a sentence", () => {
    expect(entitiesOf('NATO said the drills would go ahead.')).toContain('ORG NATO');
  });
});
