// Quantities bound to what they count, through the whole analysis.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { analyze } from '../../src/analyze/pipeline.js';
import type { ArticleRecord, Quantity } from '../../src/record/types.js';

const run = (text: string): ArticleRecord =>
  analyze(extract({ content: text, format: 'body', published: '2022-02-17' }));
const qty = (r: ArticleRecord, includes: string): Quantity => {
  const q = r.quantities.find((x) => x.text.includes(includes));
  if (!q)
    throw new Error(
      `no quantity with ${JSON.stringify(includes)}; got ${JSON.stringify(r.quantities.map((x) => x.text))}`,
    );
  return q;
};

describe('quantities', () => {
  const r = run(
    'Moscow will reinforce the 7,000 Russian troops there. The aid package is worth $2.5 billion, and 45% of voters back it. ' +
      'Between 20 to 30 people were hurt, dozens of soldiers fled, and three soldiers died. Prices rose 12 percent; ' +
      'the EU pledged €3 million. Nearly 100 people and hundreds of refugees crossed in 2022.',
  );

  it('binds a number to the noun it counts', () => {
    expect(qty(r, '7,000')).toMatchObject({ value: 7000, noun: 'troops' });
    expect(qty(r, 'three soldiers')).toMatchObject({ value: 3, noun: 'soldiers' });
  });

  it('reads money with its currency and scale', () => {
    expect(qty(r, '$2.5 billion')).toMatchObject({ value: 2_500_000_000, noun: 'USD', unit: 'USD' });
    expect(qty(r, '€3 million')).toMatchObject({ value: 3_000_000, unit: 'EUR' });
  });

  it('reads percentages', () => {
    expect(qty(r, '45%')).toMatchObject({ value: 45, unit: 'percent' });
    expect(qty(r, '12 percent')).toMatchObject({ value: 12, unit: 'percent' });
  });

  it('reads ranges and loose counts', () => {
    expect(qty(r, '20 to 30')).toMatchObject({ value: 20, max: 30, noun: 'people' });
    expect(qty(r, 'dozens of')).toMatchObject({ noun: 'soldiers', approximate: true });
    expect(qty(r, 'Nearly 100')).toMatchObject({ value: 100, approximate: true });
    expect(qty(r, 'hundreds of')).toMatchObject({ noun: 'refugees', approximate: true });
  });

  it('does not count a year used as a modifier, and keeps "up to" as a bound', () => {
    const y = run('The 2015 winner spoke. Up to 300 people came, and sales rose to 5 percent.');
    expect(y.quantities.some((q) => q.value === 2015)).toBe(false);
    expect(qty(y, '300')).toMatchObject({ text: 'Up to 300 people', value: 300 });
    expect(qty(y, '5 percent').text).toBe('5 percent');
  });

  it('leaves years to the times component', () => {
    expect(r.quantities.some((q) => q.value === 2022)).toBe(false);
  });

  it('points every span at its text, also after emoji', () => {
    const e = run('🚜🚜 Farm news 🌾: 40 tractors and 1,200 sheep arrived.');
    expect(qty(e, '1,200')).toMatchObject({ value: 1200, noun: 'sheep' });
    for (const rec of [r, e]) for (const q of rec.quantities) expect(rec.text.slice(...q.span)).toBe(q.text);
  });
});
