// Access to ../shared (development data, the seed example). The product never depends on it;
// tests that need it skip when it is absent, unless DATELINE_REQUIRE_SHARED=1 (as in CI), where
// a missing ../shared is a failure.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const SHARED_DIR = process.env.DATELINE_SHARED ?? fileURLToPath(new URL('../../../shared', import.meta.url));

export function sharedPath(...parts: string[]): string {
  return join(SHARED_DIR, ...parts);
}

/** Whether tests needing `parts` under ../shared should run; throws when CI requires them and they are missing. */
export function hasShared(...parts: string[]): boolean {
  const present = existsSync(sharedPath(...parts));
  if (!present && process.env.DATELINE_REQUIRE_SHARED === '1') {
    throw new Error(`DATELINE_REQUIRE_SHARED=1 but ${sharedPath(...parts)} is missing`);
  }
  return present;
}
