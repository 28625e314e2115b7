// Teams named after their home ("Los Angeles Lakers", "Texas Rangers") are organisations, not
// the place; "the Lakers" takes the type the tagger gives the name elsewhere in the article.
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from './helpers.js';

const typeOf = (text: string, name: string) => byName(analyzeText(text), name)?.type;

describe('teams named after a place', () => {
  it('types a place followed by a capitalised plural as an organisation', () => {
    const doc = analyzeText(
      'The Los Angeles Lakers beat the visitors in Los Angeles on Friday. Earlier, the Texas Rangers ' +
        'signed a pitcher, and the Pittsburgh Penguins lost at home.',
    );
    for (const team of ['Los Angeles Lakers', 'Texas Rangers', 'Pittsburgh Penguins'])
      expect(byName(doc, team)?.type, team).toBe('ORG');
    expect(byName(doc, 'Los Angeles')?.type).toBe('GPE');
  });

  it('leaves people, peoples, places and institutions with a place inside alone', () => {
    expect(typeOf('The fund was set up by George Soros in 1970.', 'George Soros')).toBe('PERSON');
    expect(typeOf('Police in the West Midlands made arrests.', 'West Midlands')).not.toBe('ORG');
    expect(typeOf('Floods hit New South Wales on Monday.', 'New South Wales')).toBe('GPE');
    const cdc = analyzeText('The U.S. Centers for Disease Control and Prevention issued a warning.');
    expect(byName(cdc, 'U.S.')?.type).toBe('GPE');
    expect(typeOf('The Taliban fought the Pushtuns in the south.', 'Pushtuns')).toBe('NORP');
  });

  it('gives "the Lakers" the tagger\'s type of "Lakers" elsewhere: one entity', () => {
    const doc = analyzeText(
      'LeBron James scored 34 points during the Lakers’ fifth straight victory. It was a tough opponent ' +
        'for the NBA-leading Lakers, who have won 12 of 13. Magic Johnson and Lakers assistant coach Jason ' +
        'Kidd watched. The Lakers plan to re-evaluate him. His 3-pointer put the Lakers up 109-98.',
    );
    const lakers = doc.entities.filter((e) => e.name === 'Lakers');
    expect(lakers.map((e) => e.type)).toEqual(['ORG']);
    expect(lakers[0].mentions).toHaveLength(5);
  });

  it('types a plural with a win-loss record or a title after it as a team, and its rivals with it', () => {
    const doc = analyzeText(
      'The Otters (7-2, 4-1) host the Bobcats on Saturday in Duluth. The Otters coach was upbeat.',
    );
    for (const team of ['Otters', 'Bobcats']) expect(byName(doc, team)?.type, team).toBe('ORG');
    expect(typeOf('Fans cheered the Marmots coach after the game.', 'Marmots')).toBe('ORG');
    expect(typeOf('The Taliban fought the Pushtuns in the south. The Kurds leader spoke.', 'Pushtuns')).toBe('NORP');
  });
});
