// Is dist/ older than src/? A benchmark of the built code must not time yesterday's build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The first source file with no build or a newer change than its build, as a message; null when dist/ is current. */
export function staleBuild(root = ROOT): string | null {
  const src = join(root, 'src');
  for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.d.ts')) continue;
    const source = join(entry.parentPath, entry.name);
    const built = join(root, 'dist', relative(src, source)).replace(/\.ts$/, '.js');
    if (!existsSync(built)) return `${relative(root, built)} is missing`;
    if (statSync(built).mtimeMs < statSync(source).mtimeMs) return `${relative(root, source)} is newer than its build`;
  }
  return null;
}
