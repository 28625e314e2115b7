// Quotes on hand-written passages, through the whole analysis (real tokens and entities).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';
import type { ArticleRecord, Quote } from '../../src/record/types.js';

const run = (text: string): ArticleRecord =>
  analyze(extract({ content: text, format: 'body', published: '2022-02-17' }));
const find = (r: ArticleRecord, includes: string): Quote => {
  const q = r.quotes.find((x) => x.content.text.includes(includes));
  if (!q)
    throw new Error(
      `no quote containing ${JSON.stringify(includes)}; got ${JSON.stringify(r.quotes.map((x) => x.content.text))}`,
    );
  return q;
};
const entityName = (r: ArticleRecord, id: string | null) => r.entities.find((e) => e.id === id)?.name;

/** Every span of every quote points at the text it carries. */
function expectSpansHold(r: ArticleRecord): void {
  for (const q of r.quotes) {
    for (const p of q.content.spans) expect(r.text.slice(...p.span)).toBe(p.text);
    expect(q.content.spans.map((p) => p.text).join(' … ')).toBe(q.content.text);
    expect(r.text.slice(...q.speaker.span)).toBe(q.speaker.text);
    if (q.cue) expect(r.text.slice(...q.cue.span)).toBe(q.cue.text);
  }
}

describe('quotes', () => {
  it('keeps a quotation split by its cue as one quote of two pieces', () => {
    const r = run('“We will win,” the mayor of Springfield said, “and soon.”');
    expect(r.quotes).toHaveLength(1);
    const q = r.quotes[0];
    expect(q.content.spans.map((p) => p.text)).toEqual(['“We will win,”', '“and soon.”']);
    expect(q.content.text).toBe('“We will win,” … “and soon.”');
    expect(q.kind).toBe('direct');
    expectSpansHold(r);
  });

  it('finds a direct quotation before its cue, with curly marks kept in the content', () => {
    const r = run('“We will not leave the region,” Sergey Markov said on Monday.');
    const q = find(r, 'We will not leave');
    expect(q.kind).toBe('direct');
    expect(q.content.text).toBe('“We will not leave the region,”');
    expect(q.cue?.text).toBe('said');
    expect(q.speaker.text).toBe('Sergey Markov');
    expectSpansHold(r);
  });

  it('finds an inverted cue with straight marks: "...," said Name', () => {
    const r = run('"The talks are over for now," said Maria Lopez, a spokeswoman for the ministry.');
    const q = find(r, 'talks are over');
    expect(q.kind).toBe('direct');
    expect(q.speaker.text).toContain('Maria Lopez');
  });

  it('reads an indirect attribution after a verb of saying, leaving the final period out', () => {
    const r = run(
      'Sergey Markov, director of the Moscow Institute for Political Research, says the line between Tajikistan and Afghanistan is more a frontier than a border.',
    );
    const q = find(r, 'more a frontier than a border');
    expect(q.kind).toBe('indirect');
    expect(q.content.text.endsWith('border')).toBe(true);
    expect(q.speaker.text).toBe('Sergey Markov');
    expect(entityName(r, q.speaker.entity)).toBe('Sergey Markov');
  });

  it('marks a reported clause holding a quoted phrase as mixed, and "that" as part of the content', () => {
    const r = run('The minister said that the reform was "dead on arrival" in parliament.');
    const q = find(r, 'dead on arrival');
    expect(q.kind).toBe('mixed');
    expect(q.content.text).toBe('that the reform was "dead on arrival" in parliament');
  });

  it('keeps a quotation split by its cue as two pieces of one quote', () => {
    const r = run('“My hope,” he said, “is that the talks resume next month.”');
    const parts = r.quotes.filter((q) => q.cue?.text === 'said');
    expect(parts.flatMap((q) => q.content.spans.map((p) => p.text))).toEqual([
      '“My hope,”',
      '“is that the talks resume next month.”',
    ]);
  });

  it('attributes a quoted sentence with no cue to the speaker of the sentence before', () => {
    const r = run(
      'Sergey Markov says the border is porous. “The Tajiks are the second ethnos in Afghanistan.” The latter dominate the region, and the Tajiks are “on the brink of revolt” there.',
    );
    const direct = find(r, 'second ethnos');
    expect(direct.kind).toBe('direct');
    expect(direct.speaker.text).toBe('Sergey Markov');
    const mixed = find(r, 'on the brink of revolt');
    expect(mixed.kind).toBe('mixed');
    expect(mixed.content.text).toBe('the Tajiks are “on the brink of revolt” there');
  });

  it('carries a quotation over paragraphs when its closing mark is left off', () => {
    const r = run(
      'Anna Petrova said: “The first thing we saw was smoke over the hills.\n\n“Then the shooting started and nobody could leave the village.”\n\nThe army denied it.',
    );
    const second = find(r, 'Then the shooting started');
    expect(second.speaker.text).toBe('Anna Petrova');
    expect(second.kind).toBe('direct');
    expect(r.quotes.some((q) => q.content.text.includes('army denied'))).toBe(false);
  });

  it('resolves "he" to the person in focus and "the Taliban say" to the organisation', () => {
    const r = run(
      'Vladimir Putin met officials in Moscow on Friday. The base is developing quickly, he said. The Taliban say that Kabul will send in troops.',
    );
    const he = find(r, 'The base is developing quickly');
    expect(he.speaker.text).toBe('he');
    expect(entityName(r, he.speaker.entity)).toBe('Vladimir Putin');
    const taliban = find(r, 'Kabul will send in troops');
    expect(taliban.speaker.text).toBe('The Taliban');
  });

  it('takes "according to" as a cue with the source after it', () => {
    const r = run('According to the Health Ministry, more than 200 people were injured.');
    const q = find(r, 'more than 200 people were injured');
    expect(q.cue?.text).toBe('According to');
    expect(q.speaker.text).toBe('the Health Ministry');
  });

  it("takes 'in X's words' as a cue naming its speaker", () => {
    const r = run(
      "Vladimir Putin spoke in Moscow. In his words, the base is developing quickly. The line is a frontier, in Sergey Markov's words.",
    );
    const his = find(r, 'the base is developing quickly');
    expect(his.cue?.text).toBe('In his words');
    expect(entityName(r, his.speaker.entity)).toBe('Vladimir Putin');
    const markov = find(r, 'The line is a frontier');
    expect(markov.speaker.text).toBe('Sergey Markov');
  });

  it('keeps offsets right on text with emoji and other astral characters', () => {
    const r = run('🚀🚀 Launch day 🎉. “We are ready for orbit 👩‍🚀,” Commander Jane Holt said.');
    const q = find(r, 'ready for orbit');
    expect(q.content.text).toBe('“We are ready for orbit 👩‍🚀,”');
    expect(q.content.span[0]).toBe(r.text.indexOf('“'));
    expectSpansHold(r);
  });

  it('does not take a scare-quoted title as speech', () => {
    const r = run('The film "Blue Skies" opened in three cities last week.');
    expect(r.quotes).toEqual([]);
  });

  it('credits a quotation line to the name after its dash, even with a nested quotation', () => {
    const r = run(
      'Readers wrote in.\n\n“I’d rather live in what he calls “hell” than in his world.” ―\u00a0Steve Quinlan.',
    );
    const q = find(r, 'rather live');
    expect(q.content.text).toBe('“I’d rather live in what he calls “hell” than in his world.”');
    expect(q.speaker.text).toBe('Steve Quinlan');
    expect(q.cue?.text).toBe('―');
  });

  it('survives malformed marks and stray cues without failing or misplacing a span', () => {
    const inputs = [
      '“',
      '" said',
      'said: “',
      '― Smith',
      '“A “B” C',
      'He said,\n\n“',
      "''x'' said ''",
      'according to',
      'WALLACE:',
      '“”“”""',
    ];
    for (const text of inputs) {
      const r = run(text);
      expect(r.warnings.filter((w) => w.code === 'analysis-failed')).toEqual([]);
      expectSpansHold(r);
    }
  });

  it('reads a speaker label line as a transcript quote', () => {
    const r = run(
      'WALLACE: Will she be at the debate?\n\nPENCE: Well, she will not be attending the debate tomorrow night.',
    );
    const q = find(r, 'she will not be attending');
    expect(q.speaker.text).toBe('PENCE');
    expect(q.cue?.text).toBe(':');
  });

  it('attributes a bare clause after a belief verb, but not a bare object', () => {
    const r = run('Senator Maria Lopez thinks the tax plan will fail. Her aide knows the area well.');
    const q = find(r, 'the tax plan will fail');
    expect(q.cue?.text).toBe('thinks');
    expect(q.speaker.text).toBe('Senator Maria Lopez');
    expect(r.quotes.some((x) => x.content.text.includes('the area'))).toBe(false);
  });

  it('attributes the topic of a talking verb only with its particle', () => {
    const r = run('Governor Tom Reed railed against the new tariffs. Governor Ann Hale spoke Tuesday in Ohio.');
    const q = find(r, 'the new tariffs');
    expect(q.cue?.text).toBe('railed against');
    expect(q.speaker.text).toBe('Governor Tom Reed');
    expect(r.quotes).toHaveLength(1);
  });

  it('attributes what follows a stance adjective to the subject', () => {
    const r = run(
      'Local officials were frustrated with the slow federal response. Mayor Jane Cole is concerned that the levee will break.',
    );
    expect(find(r, 'the slow federal response').cue?.text).toBe('frustrated with');
    const c = find(r, 'the levee will break');
    expect(c.content.text).toBe('that the levee will break');
    expect(c.speaker.text).toBe('Mayor Jane Cole');
  });

  it('attributes the clause of a noun of saying to its possessor or the sentence subject', () => {
    const r = run(
      'Senator Maria Lopez repeated her claim that the audit was rigged. Governor Tom Reed dismissed the notion that taxes would rise.',
    );
    const q = find(r, 'the audit was rigged');
    expect(q.content.text).toBe('that the audit was rigged');
    expect(q.cue?.text).toBe('claim');
    expect(q.speaker.text).toBe('her');
    expect(find(r, 'taxes would rise').speaker.text).toBe('Governor Tom Reed');
  });

  it('does not read a relative "that" after a noun as a reported clause', () => {
    const r = run('It was a charge that stung the campaign.');
    expect(r.quotes).toEqual([]);
  });

  it('credits a cue after coordinated names with party brackets to the senators', () => {
    const r = run(
      'Sens. Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and Robert Menendez (D-N.J.) all suggested that the claims were grounds for a case.',
    );
    const q = find(r, 'the claims were grounds');
    expect(q.speaker.text).toMatch(/Merkley|Brown|Menendez/);
  });

  it('takes "according to" after a dash, and a source it cannot parse as a noun phrase', () => {
    const r = run(
      'And half of his advice is wrong — or unproven — according to the top British medical journal. According to police, officers saw the man get out of a car.',
    );
    const a = find(r, 'half of his advice');
    expect(a.content.text).toBe('half of his advice is wrong — or unproven');
    expect(a.speaker.text).toBe('the top British medical journal');
    expect(find(r, 'officers saw the man').speaker.text).toBe('police');
  });

  it('reads a perception verb as a view only with an "as" complement', () => {
    const r = run('Veterans saw the comment as a dig at the military. Reporters saw him leave the building.');
    const q = find(r, 'the comment as a dig');
    expect(q.cue?.text).toBe('saw');
    expect(q.speaker.text).toBe('Veterans');
    expect(r.quotes).toHaveLength(1);
  });

  it('does not take a telephone call for a call for something', () => {
    const r = run(
      'Michelle Obama called into the radio program when she was sick. Senator Tom Reed called for an inquiry.',
    );
    expect(r.quotes.map((q) => q.content.text)).toEqual(['an inquiry']);
  });

  it('keeps an ", including ..." list in the content', () => {
    const r = run('Senator Tom Reed criticized the new rules, including the ban on imports.');
    expect(find(r, 'the new rules').content.text).toBe('the new rules, including the ban on imports');
  });

  it('takes a document opening the sentence as its source, unless a verb of saying follows', () => {
    const r = run(
      'In the new poll, Clinton led Trump by five points among likely voters. In a speech, Senator Tom Reed attacked the plan.',
    );
    const q = find(r, 'Clinton led Trump');
    expect(q.speaker.text).toBe('the new poll');
    expect(q.cue?.text).toBe('In');
    expect(find(r, 'the plan').speaker.text).toBe('Senator Tom Reed');
  });

  it('reads "Content, X said Friday afternoon, ..." as a final cue with a time after it', () => {
    const r = run(
      'The obsession is an insult to all voters, top lawmakers said Friday afternoon, and they asked for an apology.',
    );
    const q = find(r, 'an insult');
    expect(q.content.spans[0].text).toBe('The obsession is an insult to all voters');
    expect(q.speaker.text).toBe('top lawmakers');
  });

  it('leaves a dateline out of content that opens the story', () => {
    const r = run('WASHINGTON ― The obsession is an insult to all voters, top lawmakers said.');
    expect(find(r, 'an insult').content.text).toBe('The obsession is an insult to all voters');
  });

  it('attributes the topic of a noun of stance to the possessor or the subject', () => {
    const r = run(
      'Senator Maria Lopez repeated her criticism of the trade deal. Senator Tom Reed expressed misgivings about the new rules.',
    );
    const q = find(r, 'the trade deal');
    expect(q.cue?.text).toBe('criticism of');
    expect(q.speaker.text).toBe('her');
    expect(find(r, 'the new rules').speaker.text).toBe('Senator Tom Reed');
  });

  it('keeps a day word after the cue out of the content even when the story has no date', () => {
    const r = analyze(
      extract({ content: 'The minister said on Thursday how surprised he was by the vote.', format: 'body' }),
    );
    expect(find(r, 'surprised').content.text).toBe('how surprised he was by the vote');
  });

  it('takes "appeared to suggest" as one cue with the subject before it', () => {
    const r = run('Donald Trump appeared to suggest that veterans were weak.');
    const q = find(r, 'veterans were weak');
    expect(q.cue?.text).toBe('appeared to suggest');
    expect(q.speaker.text).toBe('Donald Trump');
  });
});
