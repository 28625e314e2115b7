// Local inputs: files, folders (recursively, in a stable order) and "-" for standard input.
// Unreadable entries become failures naming the path; the walk goes on.
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { SourceEntry, SourceItem } from './item.js';

/** Files the folder walk skips: hidden files, editor backups, and the database itself. */
const SKIPPED_NAME = /^\.|~$|\.(db|db-wal|db-shm|sqlite)$/i;

export async function* localEntries(inputs: readonly string[]): AsyncGenerator<SourceEntry> {
  for (const input of inputs) {
    if (input === '-') {
      yield { item: stdinItem() };
      continue;
    }
    yield* walk(input);
  }
}

async function* walk(path: string): AsyncGenerator<SourceEntry> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    yield { failure: { key: path, reason: describe(err) } };
    return;
  }
  if (info.isDirectory()) {
    let names: string[];
    try {
      names = (await readdir(path)).sort();
    } catch (err) {
      yield { failure: { key: path, reason: describe(err) } };
      return;
    }
    for (const name of names) {
      if (!SKIPPED_NAME.test(name)) yield* walk(join(path, name));
    }
    return;
  }
  if (!info.isFile()) {
    yield { failure: { key: path, reason: 'not a regular file' } };
    return;
  }
  yield { item: fileItem(path) };
}

export function fileItem(path: string): SourceItem {
  return {
    key: resolve(path),
    path,
    read: async () => {
      const bytes = await readFile(path);
      return /\.gz$/i.test(path) ? gunzipSync(bytes) : bytes;
    },
  };
}

function stdinItem(): SourceItem {
  return {
    key: '-',
    path: '-',
    read: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
  };
}

/** One line for an I/O error: its reason without the stack or the repeated path. */
export function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const reasons: Record<string, string> = {
    ENOENT: 'no such file or folder',
    EACCES: 'permission denied',
    EISDIR: 'is a folder',
    ENOTDIR: 'not a folder',
    EMFILE: 'too many open files',
  };
  return (e.code && reasons[e.code]) || e.message?.split('\n')[0] || String(err);
}
