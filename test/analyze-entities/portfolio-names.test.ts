// A post's portfolio read as a person's name by the tagger ("the Minister of Foreign [Affairs]"),
// on sentences of my own, each with a paired sentence the rule must leave.
import { describe, expect, it } from 'vitest';
import { analyzeText } from './helpers.js';

const typed = (text: string) => analyzeText(text, undefined, 'en').entities.map((e) => `${e.name} (${e.type})`);

describe('a post’s portfolio after "<Office> of|for" (portfolio-names.ts)', () => {
  it('is no person, and leaves the holder’s name after it', () => {
    expect(typed('The Minister of Foreign Affairs said on Tuesday that the talks would resume.')).not.toContain(
      'Affairs (PERSON)',
    );
    const holder = typed('Minister for Foreign Affairs Maria Lund said on Tuesday that the talks would resume.');
    expect(holder).toContain('Maria Lund (PERSON)');
    expect(holder.some((e) => e.startsWith('Affairs'))).toBe(false);
  });

  it('leaves a holder named after the office and a surname the document names in full', () => {
    expect(typed('Secretary of State Peter Holm said the talks would resume.')).toContain('Peter Holm (PERSON)');
    expect(
      typed('Jane Smith was appointed in May. Minister for Culture Smith said the museum would open.').some((e) =>
        e.startsWith('Jane Smith'),
      ),
    ).toBe(true);
    expect(typed('The Minister of Health, Omar Haddad, visited the clinic.')).toContain('Omar Haddad (PERSON)');
  });
});
