// `npm start`: the workbench in one command. Fills an empty database with the sample corpus
// (samples/), then serves the API and web UI and prints the URL as the last line.
//   npm start                       # ./dateline.db (or $DATELINE_DB), http://127.0.0.1:8080/
//   npm start -- --port 9000 --host 0.0.0.0 --db other.db
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const SAMPLES = 'samples';
const { values } = parseArgs({ options: { port: { type: 'string', default: '8080' }, host: { type: 'string' }, db: { type: 'string' } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`dateline: --port ${values.port} is not a port number`);
  process.exit(2);
}

// `npm ci` builds through `prepare`; build here too when the compiled server or UI is missing.
if (!existsSync('dist/serve/listen.js') || !existsSync('dist/web/index.html')) {
  console.error('dateline: building (first run)…');
  execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], { stdio: 'inherit' });
}

const { databasePath, openStore } = await import('../dist/store/index.js');
const { localEntries } = await import('../dist/sources/files.js');
const { ingest } = await import('../dist/ingest/run.js');
const { serveUntilStopped, SERVER_STORE_OPTIONS } = await import('../dist/serve/listen.js');
const { progress } = await import('../dist/cli/progress.js');

const path = databasePath(values.db);
const store = await openStore(path, SERVER_STORE_OPTIONS);
if ((await store.count()) === 0 && existsSync(SAMPLES)) {
  console.error(`dateline: ${path} is empty; ingesting the sample corpus from ${SAMPLES}/`);
  const bar = progress('ingest');
  const summary = await ingest(localEntries([SAMPLES]), store, { onProgress: (p) => bar.update(p.done, p.failed, p.current) });
  bar.stop();
  console.error(`dateline: ${summary.new} new, ${summary.duplicate} duplicate, ${summary.failed.length} failed`);
  for (const f of summary.failed) console.error(`  failed: ${f.input}: ${f.reason}`);
}
console.error(`dateline: ${await store.count()} records in ${path}`);

const token = process.env.DATELINE_TOKEN || undefined;
try {
  const url = await serveUntilStopped({ store, host: values.host, port, token });
  console.log(`dateline workbench: ${url}`);
} catch (err) {
  console.error(`dateline: ${err.message}`);
  process.exit(1);
}
