// `dateline serve`: the workbench (HTTP API + web UI) over the store, on loopback by default.
import type { Command } from 'commander';
import type { CliRun } from '../io.js';
import { dbOption, positiveInt } from '../options.js';
import { EXIT_USAGE } from '../exit.js';
import { openCliStore } from '../store.js';

/** Environment variable holding the bearer token that enables POST /api/ingest. */
export const TOKEN_ENV = 'DATELINE_TOKEN';

export function registerServe(program: Command, cli: CliRun): void {
  program
    .command('serve')
    .description('serve the workbench: JSON API (/api, OpenAPI at /api/openapi.json) and web UI')
    .option('--port <n>', 'port to listen on', positiveInt, 8080)
    .option(
      '--host <host>',
      'address to bind (default 127.0.0.1: this machine only); beyond loopback DATELINE_TOKEN is required, and then every request needs it',
    )
    .option(
      '--allowed-host <name>',
      'a host name the server answers to besides its address and localhost (repeatable), e.g. behind a proxy',
      collect,
      [],
    )
    .option('--public-read', 'beyond loopback, serve reads to anyone without a token (a warning is printed)')
    .addOption(dbOption())
    .action(async (opts: { port: number; host?: string; db?: string; allowedHost: string[]; publicRead?: boolean }) => {
      const { serveUntilStopped, exposureRefusal, exposureWarning, SERVER_STORE_OPTIONS } =
        await import('../../serve/listen.js');
      const token = cli.io.env[TOKEN_ENV] || undefined;
      const exposure = { host: opts.host, token, publicRead: opts.publicRead };
      const refusal = exposureRefusal(exposure);
      if (refusal) {
        cli.err(`dateline serve: ${refusal}`);
        cli.fail(EXIT_USAGE);
        return;
      }
      const { store } = await openCliStore(cli.io, opts.db, 'write', SERVER_STORE_OPTIONS);
      const url = await serveUntilStopped({
        store,
        host: opts.host,
        port: opts.port,
        token,
        allowedHosts: opts.allowedHost,
        publicRead: opts.publicRead,
      });
      const warning = exposureWarning(exposure);
      if (warning) cli.err(warning);
      cli.err(
        token
          ? 'POST /api/ingest is enabled (bearer token from DATELINE_TOKEN)'
          : 'POST /api/ingest is disabled (set DATELINE_TOKEN to enable)',
      );
      cli.out(`dateline workbench: ${url}`);
    });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
