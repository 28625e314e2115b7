// Where saving a page as text lost a link: the dump keeps the bracket or the anchor word.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const dump = (...paragraphs: string[]) =>
  extract({ content: ['Monday, March 6, 2023', 'A title for the post', ...paragraphs].join('\n\n'), format: 'text' });
const lost = (...paragraphs: string[]) =>
  dump(...paragraphs)
    .warnings.filter((w) => w.code === 'stripped-link')
    .map((w) => w.message);

const PROSE = 'The committee met on Monday in the capital and agreed to publish its findings next month.';

describe('link lost in the saved text', () => {
  it('flags a paragraph ending with an opening bracket', () => {
    const got = lost(PROSE, `The ministry said the same in a statement on its website (`, PROSE);
    expect(got).toEqual([expect.stringMatching(/^link lost in the saved text: paragraph 2 \("….*website \(…"\)$/u)]);
  });

  it('flags a bare "see here" and "(here)", wherever they stand', () => {
    expect(lost(`The full list of names is long (see here) and still growing. ${PROSE}`)).toHaveLength(1);
    expect(lost(`Click here for the full report of the committee. ${PROSE}`)).toHaveLength(1);
    expect(lost(`The report itself is available here. ${PROSE}`)).toHaveLength(1);
    expect(lost(`Officials repeated the claim (here) on Tuesday. ${PROSE}`)).toHaveLength(1);
  });

  it('leaves prose where "here" is a place, and balanced brackets', () => {
    expect(lost(`The road ends here, at the river. ${PROSE}`, `Prices (in dollars) rose. ${PROSE}`)).toEqual([]);
    expect(lost(`Supplies are available here in Khorog, officials said. ${PROSE}`)).toEqual([]);
  });

  it('gives one warning per paragraph, in order', () => {
    const got = lost(`${PROSE} The first source said as much (`, PROSE, `See here for the second source. ${PROSE}`);
    expect(got.map((m) => m.match(/paragraph (\d+)/u)?.[1])).toEqual(['1', '3']);
  });
});
