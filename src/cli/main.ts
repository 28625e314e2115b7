// The `dateline` process: runs the CLI on the process's arguments and streams.
import { run } from './program.js';

process.exitCode = await run(process.argv.slice(2));
