// Where a run of the CLI writes and what it reads from its surroundings. The process entry uses
// the real streams and environment; tests run the CLI in-process with strings, which costs no
// process start-up per command.

export interface CliIo {
  stdout(chunk: string): void;
  stderr(chunk: string): void;
  /** Environment variables (DATELINE_DB, DATELINE_TOKEN). */
  env: Readonly<Record<string, string | undefined>>;
  /** Whether standard error is a terminal: then progress is a bar, else a log line now and then. */
  stderrIsTTY: boolean;
}

export function processIo(): CliIo {
  return {
    stdout: (chunk) => void process.stdout.write(chunk),
    stderr: (chunk) => void process.stderr.write(chunk),
    env: process.env,
    stderrIsTTY: !!process.stderr.isTTY,
  };
}

/** One run of the CLI: its io and the exit code its commands set (0 ok, 1 an input failed, 2 usage). */
export class CliRun {
  exitCode = 0;
  constructor(readonly io: CliIo) {}

  /** A line on standard output. */
  out(line: string): void {
    this.io.stdout(`${line}\n`);
  }

  /** A line on standard error. */
  err(line: string): void {
    this.io.stderr(`${line}\n`);
  }

  /** Raises the exit code; a usage error (2) outranks a failed input (1). */
  fail(code: number): void {
    this.exitCode = Math.max(this.exitCode, code);
  }
}
