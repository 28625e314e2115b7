// An abbreviated weekday beside another weekday ("closed on Sun & Mon") is a day, not a place
// (Mon is also a state of Myanmar).
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from './helpers.js';

describe('abbreviated weekdays', () => {
  it('drops a weekday abbreviation written beside another weekday', () => {
    const doc = analyzeText(
      'The gallery is open Tue – Sat from noon (closed on Sun & Mon), its director Lena Ortiz said.',
    );
    expect(byName(doc, 'Mon')).toBeUndefined();
    expect(byName(doc, 'Lena Ortiz')?.type).toBe('PERSON');
  });

  it('keeps the same word as a place where no weekday is beside it', () => {
    const doc = analyzeText('Fighting spread across Mon state and Kayin state in southern Myanmar on Tuesday.');
    expect(byName(doc, 'Mon')?.geo?.country).toBe('MM');
  });
});
