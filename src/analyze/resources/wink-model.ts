// wink-eng-lite-web-model with a cheaper unpacking of its core model. The package's `core()`
// deep-copies its 3 MB model JSON (JSON.parse(JSON.stringify(...))) so that every wink instance
// gets its own, and decodes the packed lexicon from base64 one character at a time: about a third
// of the CPU time of making an instance. Here only the objects that unpacking or wink write to are
// copied (the top level, `packing`, each feature and its list), and base64 is decoded natively. The result is the same model, value for value (test/analyze-tokens/wink-model.test.ts
// compares it with the package's own `core()`, so an upgrade that changes the format fails there).
//
// Its `metaCER()` (the custom-entity machines, read by every new wink instance) is replaced too: the
// package's assigns JSON.stringify(machines) back to `machines` on each call, so each instance the
// process makes stringifies the previous string again. The string doubles from the eighth call on
// (2.5 MB at the 13th, 330 MB at the 20th) and the 21st throws RangeError, so a process that makes
// the instance again now and then (resources/wink.ts) would grow and then fail. Here the machines
// are stringified once, as the package's first call does.
import { createRequire } from 'node:module';
import model from 'wink-eng-lite-web-model';

const require = createRequire(import.meta.url);

/** The package's core model JSON as `require` parsed it: shared, so never written to. */
const CORE_JSON = 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';

export interface Feature {
  list: string[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}

export interface CoreModel {
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
  /** Per feature: [.., shift-right source, mask bits, 0 when the feature has a word list, 1 when extended]. */
  packing: { size: number; layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, Feature> & { lexeme: Feature; posClusters: { list: (string | Set<number>)[] } };
  pos: { hash: Record<string, number> };
}

/** Base64 to a fresh ArrayBuffer of exactly the decoded bytes (wink views it as Uint32 words). */
function bytesOf(base64: string): ArrayBuffer {
  const decoded = Buffer.from(base64, 'base64');
  const out = new ArrayBuffer(decoded.length);
  new Uint8Array(out).set(decoded);
  return out;
}

/** What the package's load-core-model.js returns, made from a shallow copy of the shared JSON. */
function loadCore(): CoreModel {
  const original = require(CORE_JSON) as CoreModel;
  const features: CoreModel['features'] = Object.assign({}, original.features);
  // wink appends the words, prefixes, suffixes and shapes it meets to these lists: copies, too.
  for (const f of Object.keys(features)) features[f] = { ...features[f], list: [...features[f].list] };
  const m: CoreModel = { ...original, packing: { ...original.packing }, features };
  const { packing, pos } = m;
  // read-core-model.js
  m.lexicon = new Uint32Array(bytesOf(m.lexicon as string));
  m.xpansions = new Uint32Array(bytesOf(m.xpansions as string));
  for (const f in packing.layout) {
    if (packing.layout[f][3] !== 0) continue;
    const hash: Record<string, number> = Object.create(null);
    for (let k = 0; k < features[f].list.length; k += 1) hash[features[f].list[k]] = k;
    features[f].hash = hash;
  }
  const lexemes: Record<string, number> = Object.create(null);
  for (let k = 0; k < features.lexeme.list.length; k += 1) lexemes[features.lexeme.list[k]] = k;
  features.lexeme.hash = lexemes;
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k += 1)
    clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  // load-core-model.js
  packing.efList = [];
  for (const f in packing.layout) {
    if (packing.layout[f][3] === 0) {
      features[f].intrinsicSize = features[f].list.length;
      features[f].index = features[f].list.length;
      features[f].maxIndex = packing.layout[f][1] >>> packing.layout[f][2];
    }
    if (packing.layout[f][4] === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return m;
}

/** What the package's `metaCER()` returns on its first call, made once. */
const META_CER = {
  machines: JSON.stringify(require('wink-eng-lite-web-model/dist/languages/cur/models/eng-cer-meta-model.json')),
  transformers: require('wink-eng-lite-web-model/dist/cer-transformers.js') as unknown,
};

/** The English lite model, its `core()` replaced by the cheaper unpacking above and its `metaCER()` by one that returns the same each time. */
export const winkModel: typeof model = Object.assign(Object.create(null) as typeof model, model, {
  core: loadCore,
  metaCER: () => META_CER,
});
