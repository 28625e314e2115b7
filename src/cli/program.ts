// The dateline command line as a function: `run(argv, io)` parses the flags, runs one command and
// returns its exit code. Commands live one per module in ./commands and register themselves on
// the program; each loads its heavy modules (store, extraction, analysis, server) only when it
// runs, so `--help` and the read commands start fast.
import { Command, CommanderError } from 'commander';
import { registerExtract, registerAnalyze } from './commands/extract.js';
import { registerIngest } from './commands/ingest.js';
import { registerErrors } from './commands/errors.js';
import { registerWatch } from './commands/watch.js';
import { registerSearch } from './commands/search.js';
import { registerShow } from './commands/show.js';
import { registerServe } from './commands/serve.js';
import { registerExport } from './commands/export.js';
import { registerWorker } from './commands/worker.js';
import { registerQueue } from './commands/queue.js';
import { EXIT_FAILED, EXIT_USAGE } from './exit.js';
import { CliRun, processIo, type CliIo } from './io.js';
import { MissingDatabaseError } from './store.js';

export const VERSION = '0.1.0';

function program(cli: CliRun): Command {
  const root = new Command('dateline')
    .description('Turn news and blog pages into sourced, structured records; store, search and serve them.')
    .version(VERSION)
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => cli.io.stdout(s), writeErr: (s) => cli.io.stderr(s) });
  // Registered after the settings above, so subcommands inherit the output and exit handling.
  for (const register of [
    registerExtract,
    registerAnalyze,
    registerIngest,
    registerErrors,
    registerWatch,
    registerSearch,
    registerShow,
    registerServe,
    registerExport,
    registerWorker,
    registerQueue,
  ]) {
    register(root, cli);
  }
  return root;
}

/**
 * Runs the CLI on `argv` (the arguments after the program name) and resolves to the exit code.
 * `serve` and `watch` resolve once the server listens or the watch ends.
 */
export async function run(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const cli = new CliRun(io);
  try {
    await program(cli).parseAsync([...argv], { from: 'user' });
  } catch (err) {
    // --help and --version exit 0; every other commander error is a usage error.
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : EXIT_USAGE;
    cli.err(`dateline: ${(err as Error).message}`);
    cli.fail(err instanceof MissingDatabaseError ? EXIT_USAGE : EXIT_FAILED);
  }
  return cli.exitCode;
}
