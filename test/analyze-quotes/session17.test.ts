// Kinds of wrong quote left by the round-11 audit of the Zyte pages (docs/audits/), re-read on
// session 16's rules, on hand-written passages through the whole analysis: each case failed
// before the rule it names.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';
import type { ArticleRecord } from '../../src/record/types.js';

const run = (text: string): ArticleRecord =>
  analyze(extract({ content: text, format: 'body', published: '2019-11-20' }));
const cues = (r: ArticleRecord): string[] => r.quotes.map((q) => q.cue?.text ?? '');

describe('a picture or a recording that shows a scene is no speaker (round 11 #69)', () => {
  it('drops "video showing" and "footage shows" with a noun phrase after them', () => {
    expect(
      cues(run('Police released dramatic video showing the rescue of an 8-year-old girl who was kidnapped.')),
    ).not.toContain('showing');
    expect(
      cues(run('Verified video footage shows riot police smashing windows of cars with drivers still inside.')),
    ).not.toContain('shows');
    expect(cues(run('A photo shows the president shaking hands with the ambassador in Kyiv.'))).not.toContain('shows');
  });

  it('keeps a picture that shows a "that" clause, and a picture inside another noun phrase', () => {
    expect(cues(run('Video shows that Crutcher had his hands in the air when he was shot.'))).toContain('shows');
    expect(
      cues(run('A review of surveillance video allegedly showed the two officers asleep at their desks.')),
    ).toContain('showed');
    expect(cues(run('A new ABC News poll shows majority support for impeachment and even removal.'))).toContain(
      'shows',
    );
  });
});

describe('a content ends before a link, never inside it (round 11 #77)', () => {
  it("ends an embedded post's content before its picture link", () => {
    const r = run(
      'Kejriwal wrote on Twitter. I urge all Delhiites to use them whenever needed pic.twitter.com/MYwRz9euaq — Arvind Kejriwal (@ArvindKejriwal) November 1, 2019',
    );
    const q = r.quotes.find((x) => x.cue?.text === 'urge');
    expect(q?.content.text).toBe('all Delhiites to use them whenever needed');
  });
});

describe('a pronoun in an opening subordinate clause refers forward to the main clause subject (round 11 #12)', () => {
  it('resolves "Although he\'s unsure ..., Vaughan speculates" to Vaughan, not the man quoted before', () => {
    const r = run(
      'Andrew Vaughan and De’Broski Herbert studied the cells. “We are basically seeing a cell type where it is not supposed to be,” Herbert said. Although he’s unsure exactly why this proliferation of tuft cells happens after the flu, Vaughan speculates that it might be an aspect of repair.',
    );
    const q = r.quotes.find((x) => x.cue?.text === 'unsure');
    const entity = r.entities.find((e) => e.id === q?.speaker.entity);
    expect(entity?.name).toBe('Andrew Vaughan');
  });
});

describe('a speaker phrase leaves out an opening conjunction and a contracted auxiliary (round 11 #5)', () => {
  it('reads "But I’m glad I did" as the writer\'s', () => {
    const q = run(
      'It cost close to $2,000 at the time. But I’m glad I did. I truly believe that actions matter.',
    ).quotes.find((x) => x.cue?.text === 'glad');
    expect(q?.speaker.text).toBe('I’m');
    expect(q?.speaker.authors).toEqual([]);
  });

  it('reads "But Arroyo said" as Arroyo\'s', () => {
    const q = run('But Arroyo said the government has done wide scale vaccinations before.').quotes[0];
    expect(q?.speaker.text).toBe('Arroyo');
  });
});
