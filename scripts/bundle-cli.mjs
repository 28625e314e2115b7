// Bundles the CLI (and the ingest worker it starts) into dist/bundle with esbuild: one file per
// lazily loaded part instead of hundreds of modules, which cuts the start-up of `dateline --help`,
// `search` and `show` by two thirds (npm run bench:cli). Commands still load their heavy parts only
// when they run (dynamic imports become separate chunks). Kept outside the bundle: the native
// SQLite driver and the packages that read their own data files by relative path.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names carry content hashes: without a clean start, every rebuild leaves the old ones behind.
rmSync('dist/bundle', { recursive: true, force: true });
await build({
  entryPoints: { main: 'src/cli/main.ts', worker: 'src/ingest/worker.ts' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['better-sqlite3', 'wink-eng-lite-web-model'],
  // Bundled CommonJS packages call require(); ES modules have none, so give them one.
  banner: {
    js: "import { createRequire as __dateline_createRequire } from 'node:module'; const require = __dateline_createRequire(import.meta.url);",
  },
  sourcemap: true,
  logLevel: 'warning',
});
