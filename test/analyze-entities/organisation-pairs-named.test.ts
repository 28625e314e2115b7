// Issue 13: two organisations joined by "and" that the tagger read as one (organisation-pairs.ts):
// a part after the "and" that names an organisation by itself, or two "<head> of" offices.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers.js';

const orgs = (text: string) =>
  analyzeText(text)
    .entities.filter((e) => e.type === 'ORG')
    .map((e) => e.name);

describe('two organisations joined by "and"', () => {
  it('splits a name from an organisation named by a name and its head word', () => {
    const names = orgs("Letters went to the British Library and Columbia University's librarians last week.");
    expect(names).toContain('British Library');
    expect(names).toContain('Columbia University');
  });

  it('splits two offices that each open with a head word and "of"', () => {
    const names = orgs(
      'In three letters submitted to the Office of University Relations and Division of Student Affairs, I defend it.',
    );
    expect(names).toContain('Office of University Relations');
    expect(names).toContain('Division of Student Affairs');
  });

  it('keeps one name where the part after "and" is a dictionary word or the office goes on', () => {
    expect(orgs('He banked at the First National Bank and Trust Company for years.')).toContain(
      'First National Bank and Trust Company',
    );
    expect(orgs('The Department of Health and Human Services said so on Monday.')).toContain(
      'Department of Health and Human Services',
    );
  });
});
