// The library entry (src/index.ts, package.json "exports"): extraction and analysis through it.
import { describe, expect, it } from 'vitest';
import * as dateline from '../../src/index.js';

describe('public API', () => {
  it('extracts and analyses a page', () => {
    const record = dateline.analyze(
      dateline.extract({
        content: 'Officials in Dushanbe said on Monday that the border talks with Kyrgyzstan would resume next week.',
        format: 'body',
      }),
    );
    expect(record.text).toContain('Dushanbe');
    expect(record.analyses).toEqual([...dateline.ANALYSES]);
    expect(typeof dateline.openStore).toBe('function');
    expect(typeof dateline.runCli).toBe('function');
  });
});
