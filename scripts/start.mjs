// `npm start`: the workbench in one command. Fills an empty database with the sample corpus
// (samples/), then serves the API and web UI and prints the URL as the last line.
//   npm start                       # ./dateline.db (or $DATELINE_DB), http://127.0.0.1:8080/
//   DATELINE_TOKEN=… npm start -- --port 9000 --host 0.0.0.0 --db other.db
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const SAMPLES = 'samples';
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8080' },
    host: { type: 'string' },
    db: { type: 'string' },
    'allowed-host': { type: 'string', multiple: true, default: [] },
    'public-read': { type: 'boolean', default: false },
  },
});
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
const { serveUntilStopped, exposureRefusal, exposureWarning, SERVER_STORE_OPTIONS } =
  await import('../dist/serve/listen.js');
const { progress } = await import('../dist/cli/progress.js');

const token = process.env.DATELINE_TOKEN || undefined;
const exposure = { host: values.host, token, publicRead: values['public-read'] };
const refusal = exposureRefusal(exposure);
if (refusal) {
  console.error(`dateline: ${refusal}`);
  process.exit(2);
}

const path = databasePath(values.db);
const store = await openStore(path, SERVER_STORE_OPTIONS);
if ((await store.count()) === 0 && existsSync(SAMPLES)) {
  console.error(`dateline: ${path} is empty; ingesting the sample corpus from ${SAMPLES}/`);
  const bar = progress('ingest');
  const summary = await ingest(localEntries([SAMPLES]), store, {
    onProgress: (p) => bar.update(p.done, p.failed, p.current),
  });
  bar.stop();
  console.error(`dateline: ${summary.new} new, ${summary.duplicate} duplicate, ${summary.failed.length} failed`);
  for (const f of summary.failed) console.error(`  failed: ${f.input}: ${f.reason}`);
}
console.error(`dateline: ${await store.count()} records in ${path}`);

try {
  const url = await serveUntilStopped({
    store,
    host: values.host,
    port,
    token,
    allowedHosts: values['allowed-host'],
    publicRead: values['public-read'],
  });
  const warning = exposureWarning(exposure);
  if (warning) console.error(`dateline: ${warning}`);
  console.log(`dateline workbench: ${url}`);
} catch (err) {
  console.error(`dateline: ${err.message}`);
  process.exit(1);
}
