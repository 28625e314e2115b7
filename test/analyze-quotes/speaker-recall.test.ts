// Attributions the rules refused for want of a speaker they could find (issue 14, recall; h85):
// hand-written passages through the whole analysis, each failing before its rule.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';
import type { ArticleRecord } from '../../src/record/types.js';

const run = (text: string): ArticleRecord =>
  analyze(extract({ content: text, format: 'body', published: '2023-04-03' }));
const said = (r: ArticleRecord) => r.quotes.map((q) => `${q.cue?.text} | ${q.speaker.text} | ${q.content.text}`);

describe('speakers the rules missed', () => {
  it('gives a second verb after "but" the subject of the first, past a possessive ("His aides say ... but noted")', () => {
    const r = run(
      'Her advisers say it is too soon to talk about a second term but noted that she won two close races in the north.',
    );
    expect(said(r)).toContain('noted | advisers | that she won two close races in the north');
  });

  it('reads a person named after a month ("Theresa May") as a person, not a time', () => {
    const r = run('Prime Minister Theresa May said on Sunday that the country would leave the customs union.');
    expect(r.quotes.map((q) => q.speaker.text)).toEqual(['Prime Minister Theresa May']);
  });

  it('finds the noun a reduced relative ending in a time modifies ("a poll released Friday shows")', () => {
    const r = run('A new state poll released Friday shows that the governor leads his rival by six points.');
    expect(said(r)).toEqual(['shows | A new state poll | that the governor leads his rival by six points']);
  });

  it('still takes no month for a speaker', () => {
    expect(run('May saw prices rise again across the region.').quotes).toEqual([]);
  });
});

describe('participles and times between subject and verb', () => {
  it("gives a participle after a quotation's closing mark the quotation's speaker", () => {
    const r = run(
      'In a statement, the mayor said: "The new bridge will open on time," adding that the city had saved money on it.',
    );
    expect(said(r)).toContain('adding | the mayor | that the city had saved money on it');
    // A quotation no cue attributed lends no speaker.
    expect(run('"The bridge will open on time," adding that the city had saved money.').quotes).toEqual([]);
  });

  it('finds the subject before a time adjunct ("The bank on Tuesday said", "just this month announced")', () => {
    expect(said(run('The regional bank just this month announced it would close ten branches.'))).toEqual([
      'announced | The regional bank | it would close ten branches',
    ]);
    // The object of a preposition before the time is no subject.
    expect(
      run('Court papers obtained by our reporter on Monday showed that the suit was filed by a lawyer.').quotes.map(
        (q) => q.speaker.text,
      ),
    ).not.toContain('reporter');
  });
});

describe('quantities and quantifiers as speakers', () => {
  it('reads a percentage as the speaker of a poll ("42% say")', () => {
    expect(said(run('On foreign policy, 41% say they are moderates.'))).toEqual(['say | 41% | they are moderates']);
  });

  it('reads a quantifier alone as the speaker ("many have voiced concerns")', () => {
    const r = run(
      'Though the ministry has tried to calm the public, many have voiced concerns that officials are hiding information.',
    );
    expect(r.quotes.map((q) => q.speaker.text)).toEqual(['many']);
  });
});

describe('reported clauses the rules refused after "say"', () => {
  it('reads a gerund subject as the start of the clause ("said legalizing it could put ...")', () => {
    expect(said(run('The governor said expanding the port could bring thousands of jobs to the city.'))).toEqual([
      'said | The governor | expanding the port could bring thousands of jobs to the city',
    ]);
    // Not after other verbs: "who reported using the drug was 4 percent" is an object and the main verb.
    expect(
      run('The share of adults who reported using the drug was 4 percent last year.').quotes.map((q) => q.content.text),
    ).not.toContain('using the drug was 4 percent last year');
  });

  it('keeps a condition followed by its clause in what was said ("said if ..., ...")', () => {
    expect(said(run('Warren said if she were elected, the tax would be doubled within a year.'))).toEqual([
      'said | Warren | if she were elected, the tax would be doubled within a year',
    ]);
    expect(run('The navy would respond if ships entered the strait.').quotes).toEqual([]);
  });
});
