// Debian's Chromium, driven by playwright-core, for the workbench tests.
import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
export const SCREENSHOTS = 'artifacts/screenshots';

/** Whether Chromium is there to drive; in CI (CI=true, as `.ci/run` sets) a missing one is a failure, not a skip. */
export function hasChromium(): boolean {
  const present = existsSync(CHROMIUM);
  if (!present && process.env.CI) throw new Error(`CI is set but ${CHROMIUM} is missing (apt-get install chromium)`);
  return present;
}
