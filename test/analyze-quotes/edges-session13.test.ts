// Content edges measured on polnear-dev (session 13): invented sentences, each failing before
// the rule it names.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';

const contents = (text: string) =>
  analyze(extract({ content: text, format: 'body', published: '2023-04-03' })).quotes.map((q) =>
    q.content.spans.map((s) => s.text),
  );

describe('content edges (session 13)', () => {
  it('keeps a prepositional opening before a parenthetical cue as the first piece of the content', () => {
    expect(contents('In meetings early in her career, she said, managers would often ignore her ideas.')).toEqual([
      ['In meetings early in her career', 'managers would often ignore her ideas'],
    ]);
  });

  it('still refuses a content that is only a prepositional phrase', () => {
    expect(contents('He responded by cutting the budget.')).toEqual([]);
    expect(contents('After that, the author wrote, and wrote, and wrote.')).toEqual([]);
  });

  it('starts a quotation after "that," at its "that"', () => {
    expect(contents('The mayor tweeted that, “At least you know I will be awake to answer the call!”')).toEqual([
      ['that, “At least you know I will be awake to answer the call!”'],
    ]);
  });

  it("joins the lower-case rest of a quotation its cue splits, across the cue's adjuncts", () => {
    expect(
      contents(
        '"I think the referee will be very fair," the coach said during a rally in Dover, Del., "but a lot of people will be watching."',
      ),
    ).toEqual([['"I think the referee will be very fair,"', '"but a lot of people will be watching."']]);
    expect(contents('"You know, I love Larry," she said, but "when it comes to money, Larry is a spender."')).toEqual([
      ['"You know, I love Larry,"', 'but "when it comes to money, Larry is a spender."'],
    ]);
  });

  it('keeps a new sentence after a split quotation apart', () => {
    expect(
      contents('"We had problems in the past," the minister said after the talks. "our goal is peace."'),
    ).not.toContainEqual(['"We had problems in the past,"', '"our goal is peace."']);
  });

  it("keeps a gerund subject after a parenthetical cue as content, and leaves the writer's participle out", () => {
    expect(
      contents('Though that transition was seamless, he said, replacing the chairman would be much harder.'),
    ).toEqual([['Though that transition was seamless', 'replacing the chairman would be much harder']]);
    expect(contents('The plan is sound, she said, angering the mayor.')).toEqual([['The plan is sound']]);
  });

  it('reads "then" after a parenthetical cue as its time, with the content on both sides', () => {
    expect(contents('The truth, the senator said then, was that the governor had lied to voters.')).toEqual([
      ['The truth', 'was that the governor had lied to voters'],
    ]);
  });
});
