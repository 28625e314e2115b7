// Types of seeded-random.mjs, for the TypeScript training scripts.
export declare function seededRandom(seed: number): () => number;
