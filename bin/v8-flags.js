// The V8 flags every `dateline` process runs with (bin/dateline.js sets them before loading the
// CLI). The analysis benchmarks set them too, so they time what the product runs; bench:extract's
// whole-process comparison runs the CLI and so has them, and its in-process timing of extract()
// sets them in the process that times dateline (the floor and Readability.js run without).
import { setFlagsFromString } from 'node:v8';

/** Sets the product's V8 flags in this process (they are read at each use, so setting them at start applies them to the whole run). */
export function setProductV8Flags() {
  // Each regex goes straight to machine code on its first use. By default V8 first compiles a regex
  // to bytecode, interprets it once, then compiles it again to machine code: twice the work for the
  // large date and dateline patterns, which a short process runs only a few times. Matching is the
  // same either way. A one-page `dateline extract` took 249 -> 216 ms CPU with it (least of 3 runs,
  // 3 pairs, load 24); the whole Zyte set no differently.
  setFlagsFromString('--no-regexp-tier-up');

  // Half V8's default budget for the bytecode TurboFan inlines into one optimised function (920
  // bytes). The analysis has hundreds of large functions that become hot in the first few
  // documents; compiling them, on V8's background threads, was some 35% of the CPU time of the
  // first passes over PolNeAR dev (0.75 of 2.0 s per pass, counted per thread from /proc), and a
  // function recompiled after a deoptimisation pays it again. With 460 the analysis's first three
  // passes after one warm-up took 0.966, 0.962, 0.943, 0.929, 1.009 of the CPU time with the
  // default (five pairs run side by side, load 23-30; the last two set it here, the others on the
  // command line), the six passes after those 1.007, 1.021, 0.998, 1.011, 1.000: compiling costs
  // less, the compiled code runs about as fast. A quarter (230) cut compiling more but slowed the
  // later passes by about 4%. Records are the same either way: inlining changes no result.
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=460');

  // A larger interrupt budget than V8's (bytecode a function runs between two of its profiler
  // ticks) before a function is marked for optimisation: a short process then compiles fewer
  // functions with TurboFan (on background threads, counted in its CPU time) that it would have run
  // only a little longer, and the hot loops are still optimised a little later. `dateline extract
  // --json` over the 181 Zyte pages: 4201, 4077, 4004, 4615 -> 3186, 3310, 3691, 3943 CPU ms (four
  // alternating rounds, load 19-21), output byte for byte the same; 528 KB and 1 MB saved less.
  // This was written as twice the default (132 KB); the V8 of Node 20.20 (11.3) defaults to 66 KB
  // (`node --v8-options`: --interrupt-budget=67584), so 264 KB is four times it. V8 marks a
  // function for TurboFan after 3 + (its bytecode length) / 150 ticks, so some of the analysis's
  // busiest functions wait long: passing over PolNeAR dev again and again, toEvent (~1 KB of
  // bytecode) was first marked in the seventh pass, rolesOf in the eighth, resolveSpeaker in the
  // ninth, chronoChunk and segment in the eleventh (docs/audits/analysis-speed-h388.md).
  setFlagsFromString('--interrupt-budget=270336');

  // Scavenges, compaction and sweeping on this thread, without helper threads: the heap of a CLI
  // process is small, and splitting each collection across threads (which must then synchronise)
  // costs more CPU in all than it saves, most of all on a busy machine. These flags are read at each
  // collection, so setting them here applies them to the whole run. (Concurrent marking cannot be
  // switched off this way: V8 fails a check at its next full collection.) `dateline extract --json`
  // over the 181 Zyte pages: 4.30 -> 4.09 CPU s (mean of 6 alternating pairs, least 3.82 -> 3.68,
  // load 19-25), output byte for byte the same.
  for (const flag of [
    '--no-parallel-scavenge',
    '--no-parallel-compaction',
    '--no-parallel-pointer-update',
    '--no-concurrent-sweeping',
  ])
    setFlagsFromString(flag);

  // No pretenuring: V8 allocates objects from an allocation site straight in the old generation
  // once most of that site's objects were seen alive at young-generation collections. In the
  // analysis such sites (wink's per-reading arrays among them) hold a document's data only while
  // it is read; allocated old, they die there, and until a full collection frees them they keep
  // the young objects they point to alive, which the scavenges then copy and promote too. Without
  // it, over PolNeAR dev (passes 2-6 after the first): some 2.0 MB promoted by scavenges per pass
  // against 6.2-7.5 MB with it, and no full collection in those passes against one. The CPU time
  // of passes 1-6 after the first came out 0.986, 0.981, 0.959, 0.945 of the default's (four
  // pairs of processes run side by side, load 21-25). Read at each collection, so setting it here
  // applies it to the whole run. Output is the same: where an object is allocated changes no value.
  setFlagsFromString('--no-allocation-site-pretenuring');
}
