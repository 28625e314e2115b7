// Array.prototype.map's result comes in one elements kind when map runs as V8's builtin (packed)
// and in another when TurboFan inlines map into optimised code (holey; V8 11.3, Node 20). An array
// made by map and read by other functions thus changes its hidden class when the function making
// it is optimised, and each reader already optimised for the first class throws its code away (a
// "wrong map" deoptimisation) and is compiled again. Over PolNeAR dev such deoptimisations kept
// coming in the second to sixth passes, as more makers got hot (doc.entities, whose readers in
// geocode/context.ts were thrown away in the fifth). packedMap makes the same array with push,
// which gives a packed array either way.

/** xs.map(f), as an array of the same elements kind whether this runs optimised or not. */
export function packedMap<T, U>(xs: readonly T[], f: (x: T) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i]));
  return out;
}
