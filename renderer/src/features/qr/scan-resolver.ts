import type { Id } from '@shared/domain';
import { parseScannedCode } from '@shared/qr';
import { TokenIndex } from '@shared/qr/token-index';
import { getPupilCodeSecret, listParticipantIds } from '../../db/queries/pupil-codes';

/** Who a scanned text is: a pupil's id, or why it is nobody. */
export type Resolved =
  { kind: 'pupil'; participantId: Id } | { kind: 'unknown' } | { kind: 'typo' } | { kind: 'foreign' };

// One index per venue secret for the whole window: the tokens of 20 000 pupils are computed once, not per scan.
let cached: { secret: string; index: TokenIndex } | null = null;

async function indexFor(secret: string): Promise<TokenIndex> {
  if (cached?.secret !== secret) cached = { secret, index: new TokenIndex(secret) };
  return cached.index;
}

/**
 * Resolves a scanned or typed code. The session's own pupils are looked at first (nearly every scan at the door
 * is one of them, and that costs twenty HMACs once); only a code that is not theirs makes the index take in
 * the whole venue, and pupils added since are taken in on the next miss.
 */
export async function resolveScan(
  text: string,
  groupPupilIds: readonly Id[],
  /** The venue secret when the caller holds it (a live query); undefined: read it now. */
  knownSecret?: string | null,
): Promise<Resolved> {
  const parsed = parseScannedCode(text);
  if (parsed.kind !== 'pupil') return parsed;
  const secret = knownSecret !== undefined ? knownSecret : await getPupilCodeSecret();
  // No secret: no code was ever printed at this venue, so the code is another venue's.
  if (!secret) return { kind: 'unknown' };
  const index = await indexFor(secret);
  await index.include(groupPupilIds);
  let id = index.lookup(parsed.token);
  if (!id) {
    await index.include(await listParticipantIds());
    id = index.lookup(parsed.token);
  }
  return id ? { kind: 'pupil', participantId: id } : { kind: 'unknown' };
}
