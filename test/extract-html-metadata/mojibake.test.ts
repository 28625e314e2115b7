import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../src/extract/html/metadata/mojibake.js';

describe('repairMojibake', () => {
  it('undoes UTF-8 read as Windows-1252 or Latin-1', () => {
    expect(repairMojibake('Investorâ€™s Guide')).toBe('Investor’s Guide');
    expect(repairMojibake('Investor\u00e2\u0080\u0099s Guide')).toBe('Investor’s Guide');
    expect(repairMojibake('Ã‰cole')).toBe('École');
  });
  it('leaves real Latin-1 letters and other scripts alone', () => {
    for (const s of ['Café Müller', 'naïve résumé', 'São Paulo', 'Zürich – Überblick', 'Łódź'])
      expect(repairMojibake(s)).toBe(s);
  });
});
