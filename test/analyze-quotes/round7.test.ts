// Kinds of wrong quote from the round-6 audit of the Zyte pages (docs/audits/), on hand-written
// passages through the whole analysis: each case failed before the rule it names.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';
import type { ArticleRecord } from '../../src/record/types.js';

const run = (text: string): ArticleRecord =>
  analyze(extract({ content: text, format: 'body', published: '2023-04-03' }));
const speakers = (r: ArticleRecord) => r.quotes.map((q) => q.speaker.text);

describe('quote speakers and non-quotes (round 7)', () => {
  it.each([
    ['I do not see anyone else talking about how a small shop can grow its sales.'],
    ['No one has shown symptoms such as fever so far.'],
    ['Nobody knew what had become of the missing heirs.'],
    ['What it is fair to say is that the council has set a poor standard.'],
    ['It is worth noting that the figures come from the European test cycle.'],
  ])('takes no negated or interrogative word for a speaker: %s', (text) => {
    expect(speakers(run(text))).toEqual([]);
  });

  it('reads "That being said," as the writer\'s link, not a cue with the speaker "That"', () => {
    expect(speakers(run('That being said, "people should not panic," the doctor said.'))).toEqual(['the doctor']);
  });

  it('skips a leading prepositional phrase to find the subject of a coordinated cue', () => {
    const r = run('At the town hall, Mayor Lisa Grant read the report aloud and slammed the council for its delays.');
    expect(speakers(r)).not.toContain('At the town hall');
    expect(r.quotes.find((q) => q.cue?.text === 'slammed')?.speaker.text).toBe('Mayor Lisa Grant');
  });

  it('takes no speaker from a prepositional phrase opening the sentence of a coordinated cue', () => {
    const r = run('In the early stage, it is tempting to look around at rival shops and feel like you must catch up.');
    expect(speakers(r)).not.toContain('In the early stage');
  });

  it("keeps a finite verb after an infinitive's conjunction and a possessive subject the tagger reads as an adjective", () => {
    const r = run(
      'The singer is ready to take her songs back and has indicated that she will record them again. The label’s brief said that was not its view.',
    );
    expect(r.quotes.map((q) => q.cue?.text)).toEqual(['indicated', 'said']);
  });

  it('takes "that" after a verb for a conjunction, not a speaker ("studies indicate that adding ...")', () => {
    const r = run('Several studies indicate that adding exercise to your routine could prevent overeating.');
    expect(speakers(r)).not.toContain('that');
  });

  it.each([
    ['While the current expected lineup is light on new titles, the service is growing.'],
    ['While the service’s big new expected lineup is light on new titles, it is growing.'],
    ['Those playing through the service’s recommended console will be treated to a smoother picture.'],
    ['While the tweet shown above claimed a large sum, other users offered different figures.'],
    ['Most of the other games offered have been on the market for months.'],
  ])('reads a participle that modifies a noun as no cue: %s', (text) => {
    const r = run(text);
    expect(r.quotes.map((q) => q.cue?.text)).not.toContain(text.match(/expected|recommended|shown|offered/)![0]);
  });

  it("leaves the writer's adjunct after a parenthetical cue out of the content", () => {
    const r = run(
      'VIENNA — The old mill will be turned into a police station, the interior minister said on Tuesday, after years of debate over how best to use it.',
    );
    expect(r.quotes.map((q) => q.content.text)).toEqual(['The old mill will be turned into a police station']);
  });

  it("keeps the reported words that go on right after a parenthetical cue's comma", () => {
    const r = run(
      'The air had become so bad, the mayor noted, that the most visited page in the city was the pollution monitor.',
    );
    expect(r.quotes.map((q) => q.content.text)).toEqual([
      'The air had become so bad … that the most visited page in the city was the pollution monitor',
    ]);
  });

  it('ends an indirect content before the writer\'s trailing ", NAME testified"', () => {
    const r = run(
      'The meeting ran late. Afterward, Mr. Hale said he had told the envoy that aid might be freed if the country would open the inquiry, Morrison testified. The envoy did not reply.',
    );
    const q = r.quotes.find((x) => x.cue?.text === 'said');
    expect(q?.content.text).toBe('he had told the envoy that aid might be freed if the country would open the inquiry');
  });
});

describe('speaker entities (round 7)', () => {
  const entityOf = (r: ArticleRecord, cue: string) => {
    const q = r.quotes.find((x) => x.cue?.text === cue);
    return q?.speaker.entity ? r.entities.find((e) => e.id === q.speaker.entity)?.name : null;
  };

  it('links no indefinite or plural role noun to the person last quoted', () => {
    const r = run(
      'Adam Neumann, the former chief executive, said the company would grow. A company spokesperson said that the firm is cooperating with the inquiry. Some senators worry that the trial will interfere with their campaigns.',
    );
    expect(entityOf(r, 'said')).toBe('Adam Neumann');
    expect(r.quotes.filter((q) => q.speaker.text === 'A company spokesperson').map((q) => q.speaker.entity)).toEqual([
      null,
    ]);
    expect(r.quotes.filter((q) => q.speaker.text === 'Some senators').map((q) => q.speaker.entity)).toEqual([null]);
  });

  it('links a later "he" to the last person named, not to a speaker quoted before a speaker with no entity', () => {
    const r = run(
      'NASA chief Jim Bridenstine testified on Tuesday. “We will fly in 2024,” Bridenstine said. Republican members of Congress questioned the agency’s plans. Rep. Robert Aderholt, ranking member of the subcommittee, spoke next. “I understand there is growing confidence among the contractors,” he said.',
    );
    const q = r.quotes.find((x) => x.speaker.text === 'he');
    expect(r.entities.find((e) => e.id === q?.speaker.entity)?.name).toBe('Robert Aderholt');
  });

  it('takes no nationality modifying a body for the speaker entity ("the Syrian defense ministry")', () => {
    const r = run(
      'The Russian and Syrian defense ministries accused U.S. forces of controlling armed groups near the base.',
    );
    const q = r.quotes.find((x) => x.cue?.text === 'accused');
    expect(q?.speaker.text).toBe('The Russian and Syrian defense ministries');
    expect(q?.speaker.entity).toBeNull();
  });
});
