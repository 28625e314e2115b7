// The real CLI, run in this process through its `run(argv, io)` entry: the same parsing, commands
// and exit codes as the `dateline` process, without a process start-up per command. Tests that
// need a real process (standard input, signals, a server that keeps running) use `runCliProcess`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli/program.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[], opts: { env?: Record<string, string> } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const status = await run(args, {
    stdout: (chunk) => void (stdout += chunk),
    stderr: (chunk) => void (stderr += chunk),
    env: { ...process.env, ...opts.env },
    stderrIsTTY: false,
  });
  return { status, stdout, stderr };
}

/** The CLI as a child process (TypeScript sources through tsx, so no build is needed). */
export function runCliProcess(
  args: string[],
  opts: { env?: Record<string, string>; input?: string | Buffer } = {},
): CliResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `${ROOT}src/cli/main.ts`, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...opts.env },
    input: opts.input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
