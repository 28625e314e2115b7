// Time patterns see words whole: no month inside "Maręk" or "Augušt", and times beside names
// beyond Latin-1 keep their exact spans.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';

const timesOf = (text: string) =>
  analyze(extract({ content: text, format: 'body', published: '2024-05-15' })).times.map((t) => ({
    text: t.text,
    value: t.value,
    at: text.slice(t.span[0], t.span[1]),
  }));

describe('times beyond Latin-1', () => {
  it('finds no month inside a word with letters beyond ASCII', () => {
    expect(timesOf('Coach Marek Maręk and Augušt Decić met Junčić.')).toEqual([]);
  });

  it('keeps exact spans for times after names beyond Latin-1, composed or decomposed', () => {
    for (const text of [
      'Erdoğan met Duda in Łódź on Monday. He will visit Plzeň next week.',
      'Erdoğan met Duda in Łódź on Monday. He will visit Plzeň next week.'.normalize('NFD'),
    ]) {
      const found = timesOf(text);
      expect(found.map((t) => t.value)).toEqual(['2024-05-13', '2024-W21']);
      for (const t of found) expect(t.at).toBe(t.text);
      expect(found.map((t) => t.text)).toEqual(['Monday', 'next week']);
    }
  });
});
