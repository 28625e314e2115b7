// Debian's Chromium, driven by playwright-core, for the workbench tests.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { chromium, type Page } from 'playwright-core';
import { listen } from '../../src/serve/listen.js';
import type { Store } from '../../src/store/index.js';

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

/** The workbench as a user meets it: a Chromium page on the web UI, served with a store over loopback. */
export interface Workbench {
  /** A temporary folder of the workbench's own (the built UI, the store's file), removed by close(). */
  dir: string;
  store: Store;
  url: string;
  page: Page;
  /** Saves a full-page screenshot as SCREENSHOTS/name.png. */
  shot(name: string): Promise<Buffer>;
  close(): Promise<void>;
}

/**
 * Builds the web UI into a new temporary folder, serves it with the store `open` makes there (on a
 * free port on 127.0.0.1) and opens a Chromium page on a 1280×900 viewport.
 */
export async function openWorkbench(prefix: string, open: (dir: string) => Promise<Store>): Promise<Workbench> {
  const dir = mkdtempSync(join(tmpdir(), `dateline-e2e-${prefix}-`));
  const webRoot = join(dir, 'web');
  await build({ configFile: 'web/vite.config.ts', logLevel: 'warn', build: { outDir: webRoot, emptyOutDir: true } });
  const store = await open(dir);
  const { app, url } = await listen({ store, port: 0, webRoot });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    dir,
    store,
    url,
    page,
    shot: (name) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true }),
    async close() {
      await browser.close();
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
