// The search snippet (src/store/snippet.ts) finds a query's words whether a text's words are
// ASCII (compared in place in the lower-cased text) or not (folded one by one), and in a text
// whose lower case is longer than itself ("İ"), where nothing is compared in place.
import { describe, expect, it } from 'vitest';
import { snippet } from '../../src/store/snippet.js';
import { parseQueryText } from '../../src/store/query-text.js';

const mark = (text: string, query: string, size = 24) => snippet(text, parseQueryText(query), size);

describe('snippet', () => {
  it('marks ASCII words whatever their case, and a prefix only at a word start', () => {
    expect(mark('The COUNCIL met; councillors and the Council voted.', 'council')).toBe(
      'The [COUNCIL] met; councillors and the [Council] voted.',
    );
    expect(mark('The COUNCIL met; councillors voted. Recouncil', 'counc*')).toBe(
      'The [COUNCIL] met; [councillors] voted. Recouncil',
    );
  });

  it('marks words that fold to the query beside ASCII ones, in texts whose lower case is longer', () => {
    const text = 'İstanbul and Łódź: the Lodz office, the ISTANBUL office, Straße and STRASSE.';
    expect(mark(text, 'lodz')).toBe('İstanbul and [Łódź]: the [Lodz] office, the ISTANBUL office, Straße and STRASSE.');
    expect(mark(text, 'istanbul')).toBe(
      '[İstanbul] and Łódź: the Lodz office, the [ISTANBUL] office, Straße and STRASSE.',
    );
    expect(mark(text, '"the lodz office"')).toBe(
      'İstanbul and Łódź: [the Lodz office], the ISTANBUL office, Straße and STRASSE.',
    );
    expect(mark(`${text} Grüße`, 'strasse')).toBe(
      'İstanbul and Łódź: the Lodz office, the ISTANBUL office, [Straße] and [STRASSE]. Grüße',
    );
  });

  it('marks a phrase across ASCII and folded words', () => {
    expect(mark('Talks in Zürich ended. The zurich TALKS resumed.', '"zurich talks"')).toBe(
      'Talks in Zürich ended. The [zurich TALKS] resumed.',
    );
  });
});
