// The rule for tests that need ../shared: skipped when it is absent, a failure when CI requires it
// (DATELINE_REQUIRE_SHARED=1).
import { afterEach, describe, expect, it } from 'vitest';
import { hasShared } from '../helpers/shared.js';

const MISSING = ['no-such-folder-for-this-test'];

describe('hasShared', () => {
  const saved = process.env.DATELINE_REQUIRE_SHARED;
  afterEach(() => {
    if (saved === undefined) delete process.env.DATELINE_REQUIRE_SHARED;
    else process.env.DATELINE_REQUIRE_SHARED = saved;
  });

  it('says a missing path is absent, so its tests skip', () => {
    delete process.env.DATELINE_REQUIRE_SHARED;
    expect(hasShared(...MISSING)).toBe(false);
  });

  it('throws for a missing path when DATELINE_REQUIRE_SHARED=1, so its tests fail', () => {
    process.env.DATELINE_REQUIRE_SHARED = '1';
    expect(() => hasShared(...MISSING)).toThrow(
      /DATELINE_REQUIRE_SHARED=1 but .*no-such-folder-for-this-test is missing/,
    );
  });
});
