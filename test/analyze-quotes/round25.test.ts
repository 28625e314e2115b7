// Twenty-fifth round of issue 14 (audit docs/audits/quotes-zyte-100-round25.md, and what round 24
// left): invented sentences, each failing before the rule it names (the guards pass before and after).
import { describe, expect, it } from 'vitest';
import { quoteLines as quotes } from '../helpers/quote-lines.js';

describe('quotes, round 25', () => {
  it('takes a passive\'s agent as its speaker ("Reporters were told by a senior official that ...")', () => {
    const q = quotes('Reporters were told by a senior official that the talks had collapsed.');
    expect(q).toHaveLength(1);
    expect(q[0].speaker).toBe('a senior official');
    expect(q[0].content).toEqual(['that the talks had collapsed']);
  });

  it('(guard) keeps an agentless passive\'s subject in its content ("The budget is expected to pass")', () => {
    const q = quotes('The budget is expected to pass next week.');
    expect(q).toHaveLength(1);
    expect(q[0].speaker).toBe('');
    expect(q[0].content.join(' … ')).toContain('The budget');
  });

  it('runs a reported clause on over a paired dash aside after its subject ("said the budget — a record — was sound")', () => {
    for (const text of [
      'The minister said the budget — a record — was sound.',
      'The minister said that the budget—a record—was sound.',
    ]) {
      const q = quotes(text);
      expect(q).toHaveLength(1);
      expect(q[0].content.join(' … ')).toMatch(/the budget ?— ?a record ?— ?was sound$/);
    }
  });

  it('(guard) leaves an object before a dash aside and the writer\'s next verb ("criticised the plan — a costly one — and left")', () => {
    const q = quotes('He criticised the plan — a costly one — and left.');
    expect(q.map((x) => x.content.join(' … '))).toEqual(['the plan']);
  });

  it('takes in the noun a relative clause content hangs on ("balked on terms that would leave it exposed")', () => {
    const q = quotes(
      'While China wants to buy soybeans, it has balked on terms that would leave it exposed to accusations.',
    );
    expect(q.find((x) => x.cue === 'balked')?.content).toEqual(['terms that would leave it exposed to accusations']);
  });

  it('(guard) keeps a "that" subject after "said" ("He said that was a mistake")', () => {
    expect(quotes('He said that was a mistake.').map((x) => x.content)).toEqual([['that was a mistake']]);
  });

  it('leaves the writer\'s participle after a comma out of a content ("reported earnings ..., sending shares lower")', () => {
    const q = quotes(
      'Home Depot reported third-quarter earnings that topped estimates as revenue fell short, sending shares lower ahead of the opening bell.',
    );
    expect(q.map((x) => x.content)).toEqual([['third-quarter earnings that topped estimates as revenue fell short']]);
  });

  it('(guard) keeps a list\'s participle ("announced new tariffs, including duties on steel")', () => {
    expect(quotes('She announced new tariffs, including duties on steel.').map((x) => x.content)).toEqual([
      ['new tariffs, including duties on steel'],
    ]);
  });

  it("(guard) keeps a participle after an auxiliary's aside and a list's member", () => {
    expect(
      quotes('Noem cited the backlash as proof that the campaign was, in fact, working.').map((x) => x.content),
    ).toEqual([['the backlash as proof that the campaign was, in fact, working']]);
    const q = quotes(
      'The agency reports that the man displayed no symptoms like fever, body aches, vomiting and nausea.',
    );
    expect(q[0].content.join(' … ')).toMatch(/vomiting and nausea$/);
  });
});
