// Grouping near-duplicates: a record whose MinHash signature agrees with a stored record's from
// another source in at least NEAR_DUPLICATE_JACCARD of positions joins that record's group
// (duplicateOf = the group's first record). Both are kept; search shows one per group.
import type { IngestState } from '../store/store.js';
import { NEAR_DUPLICATE_JACCARD, similarity, type Fingerprint } from '../sources/dedup/minhash.js';

export async function findGroup(state: IngestState, fp: Fingerprint, sourceKey: string): Promise<string | null> {
  const candidates = await state.fingerprintCandidates(fp.bands, sourceKey);
  return candidates.find((c) => similarity(c.signature, fp.signature) >= NEAR_DUPLICATE_JACCARD)?.groupId ?? null;
}

export async function rememberFingerprint(
  state: IngestState,
  recordId: string,
  sourceKey: string,
  fp: Fingerprint,
  groupId: string | null,
): Promise<void> {
  await state.saveFingerprint(recordId, sourceKey, fp.signature, fp.bands, groupId ?? recordId);
}
