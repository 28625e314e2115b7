// Kinds of wrong quote from the round-10 audit of the Zyte pages (docs/audits/), on hand-written
// passages through the whole analysis: each case failed before the rule it names.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';
import type { ArticleRecord } from '../../src/record/types.js';
import { newDoc } from '../../src/analyze/doc.js';
import { QuoteContext } from '../../src/analyze/components/quotes/context.js';
import { findQuoteMarks } from '../../src/analyze/components/quotes/marks.js';
import { quoteContent } from '../../src/analyze/components/quotes/index.js';
import { runComponentsBefore } from '../helpers/pages.js';

const run = (text: string): ArticleRecord =>
  analyze(extract({ content: text, format: 'body', published: '2023-04-03' }));
const cues = (r: ArticleRecord) => r.quotes.map((q) => q.cue?.text);

describe('verbs of seeing with no view reported (round 10)', () => {
  it('reads "saw" with no object of its own as seeing, whatever "as" comes later', () => {
    const r = run("In Taylor's case, the doctors he first saw had no clue as to the cause.");
    expect(cues(r)).not.toContain('saw');
    expect(run('Lynn believes the Chargers saw winning the game as the most important step.').quotes).toContainEqual(
      expect.objectContaining({
        cue: expect.objectContaining({ text: 'saw' }),
        content: expect.objectContaining({ text: 'winning the game as the most important step' }),
      }),
    );
  });

  it('reads "observed" with a plain object as watching, and keeps it with a clause or a quotation', () => {
    expect(run('The researchers observed Europa for 17 nights, from February 2016 through May 2017.').quotes).toEqual(
      [],
    );
    expect(cues(run('Critics observed that the plan would fail.'))).toEqual(['observed']);
    expect(cues(run('“It is a mess,” she observed.'))).toEqual(['observed']);
  });
});

describe('verbs of presenting with a thing and its relative clause (round 10)', () => {
  it('reads releasing or offering a product described by a relative clause as an act', () => {
    expect(
      run('Twitter also released a beta version of its app earlier this year that puts less prominence on likes.')
        .quotes,
    ).toEqual([]);
    expect(
      run('Dashlane offers a free version of its software that allows you to manage up to 50 passwords.').quotes,
    ).toEqual([]);
    expect(cues(run('The ministry released a statement that blamed the rebels for the attack.'))).toContain('released');
  });
});

describe('a participle cue in the sentence subject (round 10)', () => {
  it("drops a quote whose content runs from the subject's participle into the sentence's own verb", () => {
    expect(
      run('A video showing the dramatic moment a kidnapped girl was rescued by police was released on Monday.').quotes,
    ).toEqual([]);
    expect(
      run('Research focusing on the interactions of the tuft cell could offer a glimpse of how organs work.').quotes,
    ).toEqual([]);
  });

  it('keeps a participle cue after an object', () => {
    expect(cues(run('The superintendent cited a study showing that teacher pay had fallen for a decade.'))).toContain(
      'showing',
    );
  });
});

describe('content ends inside a word (round 10)', () => {
  it('ends a content that stopped at a hyphen or a dot inside a word after the whole word', () => {
    const contents = (text: string) => run(text).quotes.map((q) => q.content.text);
    // Where a content ends is the content tagger's call (the first tagger ended this one at "Wi");
    // whichever reading ends it inside a word, its end moves past the rest of the word.
    const text = 'Apple has felt the need to hold back with 801.11ac Wi-Fi rather than jump to Wi-Fi 6 ax as we saw.';
    const doc = newDoc(extract({ content: text, format: 'body' }));
    runComponentsBefore(doc, 'quotes');
    const ctx = new QuoteContext(doc, findQuoteMarks(doc.text));
    const from = text.indexOf('the need'),
      cut = text.indexOf('Wi-Fi 6') + 'Wi'.length;
    expect(quoteContent(ctx, [[from, cut]]).text).toBe(
      'the need to hold back with 801.11ac Wi-Fi rather than jump to Wi-Fi',
    );
    for (const c of contents(text)) expect(c).not.toMatch(/\bWi$/);
    expect(
      contents(
        'The World Health Organization reported last year that the most polluted cities from PM2.5 are in India.',
      )[0],
    ).toBe('that the most polluted cities from PM2.5 are in India'); // one sentence since round 13 (tokens.ts)
  });
});

describe("the record's dateline is no speaker (round 10)", () => {
  it('reads the sentence the dateline opens from the word after it', () => {
    // A page, whose text keeps the dateline the extractor finds (a bare body has none, a text
    // dump's text leaves it out).
    const r = analyze(
      extract({
        content:
          '<html><body><article><h1>Two officers charged</h1><p>WASHINGTON – Two federal prison officers were charged Tuesday with falsifying records, stating they had checked on the inmate.</p></article></body></html>',
        format: 'html',
        url: 'https://example.com/officers',
      }),
    );
    expect(r.dateline?.raw).toBe('WASHINGTON –');
    const q = r.quotes.find((x) => x.cue?.text === 'stating');
    expect(q?.speaker.text).toBe('Two federal prison officers');
  });
});

describe('"In my opinion, ..." names its holder (round 10)', () => {
  it('takes the possessor of an opening "In ... opinion/view," as the speaker, the writer for "my"', () => {
    const mine = run('In my opinion, the Crystal is the best looking of all the controllers.').quotes[0];
    expect(mine?.speaker.text).toBe('my');
    expect(mine?.speaker.authors).toEqual([]);
    expect(mine?.content.text).toBe('the Crystal is the best looking of all the controllers');
    expect(run("In the company's view, the merger will lower prices.").quotes[0]?.speaker.text).toBe('the company');
  });

  it('leaves a view within a sentence, which may hold only a clause', () => {
    expect(
      run('They questioned the approach that, in their view, minimizes the use of the rocket.').quotes.map(
        (q) => q.cue?.text,
      ),
    ).not.toContain('in their view');
  });
});
