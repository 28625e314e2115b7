// A market report's instrument codes (".SPX", "JPY=", "XAG=") quote an index, a currency or a metal:
// no organisation.
import { describe, expect, it } from 'vitest';
import { analyzeText, byName } from './helpers.js';

describe('instrument codes', () => {
  it('does not take instrument codes for organisations', () => {
    const doc = analyzeText(
      'The benchmark index .SPX closed 0.4% higher and the tech-heavy index .NDX gained 0.7%. The yen JPY= ' +
        'slipped to 109.2 per dollar, and spot silver XAG= fell 0.3%, traders at Halvern Capital said. ' +
        'The IMF kept its forecast.',
    );
    for (const code of ['SPX', 'NDX', 'JPY', 'XAG']) expect(byName(doc, code)).toBeUndefined();
    expect(byName(doc, 'IMF')?.type).toBe('ORG');
  });
});
