// Twenty-fourth round of issue 14 (audit docs/audits/quotes-zyte-100-round24.md, and what round 23
// left): invented sentences, each failing before the rule it names (the guards pass before and after).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';
import { quoteLines as quotes } from '../helpers/quote-lines.js';

const withAuthors = (text: string, authors: string[]) =>
  analyze({ ...extract({ content: text, format: 'body', published: '2023-04-03' }), authors }).quotes.map((q) => ({
    speaker: q.speaker.text,
    cue: q.cue?.text,
    content: q.content.spans.map((s) => s.text),
  }));

describe('quotes, round 24', () => {
  it('takes no agentless passive subject as the speaker in a subordinate clause ("explained that the evidence had been deemed")', () => {
    const q = quotes(
      "Persson explained that the complainant's evidence had initially been deemed credible and reliable, but later doubts arose.",
    );
    const deemed = q.find((x) => x.cue === 'deemed');
    expect(deemed).toBeDefined();
    expect(deemed?.speaker).toBe('');
  });

  it('(guard) keeps a named possessor\'s subject in a subordinate passive ("Although Mrs. Clinton\'s plan is intended to")', () => {
    const q = quotes(
      "Although Mrs. Clinton's plan is intended to make sure that the wealthiest Americans pay more than they now do, it leaves loopholes.",
    );
    expect(q.find((x) => x.cue === 'intended')?.speaker).toContain("Mrs. Clinton's");
  });

  it('takes no writer\'s "I" as the speaker of an agentless passive ("I am considered an authority")', () => {
    const q = withAuthors('Now I am considered an authority on building an online presence.', ['Pamela Wilson']);
    expect(q).toHaveLength(1);
    expect(q[0].speaker).toBe('');
    expect(q[0].content.join(' … ')).toContain('an authority on building an online presence');
  });

  it('(guard) keeps the writer\'s "I think" as the writer\'s', () => {
    const q = withAuthors('I think the vote will be closer than she expects.', ['Pamela Wilson']);
    expect(q.map((x) => x.speaker)).toEqual(['I']);
  });

  it('runs an object on over the closing dash of its aside ("questioned NASA\'s use — or unwillingness to use — the SLS")', () => {
    for (const text of [
      "Republican members of Congress questioned NASA's use — or unwillingness to use — the SLS.",
      "Republican members of Congress questioned NASA's use—or unwillingness to use—the SLS.",
    ]) {
      const q = quotes(text);
      expect(q).toHaveLength(1);
      expect(q[0].content.join(' … ')).toMatch(/the SLS$/);
    }
  });

  it('(guard) stops at a closing dash before a clause of the writer\'s ("criticised the plan — a costly one — and left")', () => {
    const q = quotes('He criticised the plan — a costly one — and left.');
    expect(q.map((x) => x.content.join(' … '))).toEqual(['the plan']);
  });

  it('goes on with the reported clause after an inverted middle cue ("The key ..., says Buser, is Google\'s network")', () => {
    const q = quotes("The key to Stadia's success, says Buser, is Google's built-in infrastructure.");
    expect(q).toHaveLength(1);
    expect(q[0].content).toEqual(["The key to Stadia's success", "is Google's built-in infrastructure"]);
  });

  it('(guard) leaves the speaker\'s description after an inverted cue out ("..., said John Roth, who leads ...")', () => {
    const q = quotes('The company could take larger payloads, said John Roth, who leads business development.');
    expect(q.map((x) => x.content)).toEqual([['The company could take larger payloads']]);
  });
});
