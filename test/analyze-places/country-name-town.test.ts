// A country's name in a local story: when every other place of the article lies in one state or
// province of another country, none of them a country, and a town of that name lies in that
// region near them, the name is the town ("Lebanon" beside Nashville and Murfreesboro is Lebanon,
// Tennessee). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from '../analyze-entities/helpers.js';

describe('a country name that a town of the story’s region bears', () => {
  it('takes the town near the story’s other places', () => {
    const tn = analyzeText(
      'The school board in Lebanon voted on Monday. Parents from Murfreesboro and Nashville drove in for the meeting.',
    );
    expect(byName(tn, 'Lebanon')?.geo).toMatchObject({ country: 'US', admin1: 'Tennessee' });
    const tx = analyzeText('A fire in Palestine destroyed a warehouse. Crews came from Tyler and Longview to help.');
    expect(byName(tx, 'Palestine')?.geo).toMatchObject({ country: 'US', admin1: 'Texas' });
  });

  it('keeps the country when the story names another country, a nationality, or places elsewhere', () => {
    const beirut = analyzeText(
      'Aid from Lebanon and Syria reached the camp. Parents from Murfreesboro and Nashville sent blankets.',
    );
    expect(byName(beirut, 'Lebanon')?.geo).toMatchObject({ country: 'LB' });
    const refugees = analyzeText('Lebanese families who fled Lebanon settled in Murfreesboro and Nashville this year.');
    expect(byName(refugees, 'Lebanon')?.geo).toMatchObject({ country: 'LB' });
    // Places in two states: the story is not local to one of them.
    const spread = analyzeText('Troops left Lebanon for Norfolk, Virginia, and for Nashville, Tennessee.');
    expect(byName(spread, 'Lebanon')?.geo).toMatchObject({ country: 'LB' });
    // One other place is not a local story.
    const one = analyzeText('The senator from Nashville spoke about Lebanon on Monday.');
    expect(byName(one, 'Lebanon')?.geo).toMatchObject({ country: 'LB' });
  });
});
