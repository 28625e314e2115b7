// The dateline command line: parses flags and calls the stages. Commands live one per module in
// ./commands and register themselves on the program; heavy modules load when a command runs.
import { Command, CommanderError } from 'commander';
import { registerExtract, registerAnalyze } from './commands/extract.js';
import { registerIngest } from './commands/ingest.js';
import { registerErrors } from './commands/errors.js';
import { registerWatch } from './commands/watch.js';
import { registerSearch } from './commands/search.js';
import { registerShow } from './commands/show.js';
import { registerServe } from './commands/serve.js';
import { registerExport } from './commands/export.js';
import { EXIT_USAGE } from './exit.js';

const program = new Command('dateline')
  .description('Turn news and blog pages into sourced, structured records; store, search and serve them.')
  .version('0.1.0')
  .showHelpAfterError()
  .exitOverride();

registerExtract(program);
registerAnalyze(program);
registerIngest(program);
registerErrors(program);
registerWatch(program);
registerSearch(program);
registerShow(program);
registerServe(program);
registerExport(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    // --help and --version exit 0; every other commander error is a usage error.
    process.exit(err.exitCode === 0 ? 0 : EXIT_USAGE);
  }
  console.error(`dateline: ${(err as Error).message}`);
  process.exit(1);
}
