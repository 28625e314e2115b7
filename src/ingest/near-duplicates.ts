// Grouping near-duplicates: a record whose fingerprint is within MAX_DISTANCE bits of a stored
// record from another source joins that record's group (duplicateOf = the group's first record).
// Both are kept; search shows one per group.
import type { IngestState } from '../store/store.js';
import { bands, hammingDistance, MAX_DISTANCE } from '../sources/dedup/simhash.js';

export async function findGroup(state: IngestState, fingerprint: string, sourceKey: string): Promise<string | null> {
  const candidates = await state.fingerprintCandidates(bands(fingerprint), sourceKey);
  return candidates.find((c) => hammingDistance(c.simhash, fingerprint) <= MAX_DISTANCE)?.groupId ?? null;
}

export async function rememberFingerprint(state: IngestState, recordId: string, sourceKey: string, fingerprint: string, groupId: string | null): Promise<void> {
  await state.saveFingerprint(recordId, sourceKey, fingerprint, bands(fingerprint), groupId ?? recordId);
}
