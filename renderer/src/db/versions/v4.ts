import type { Transaction } from 'dexie';

/**
 * Schema version 4: the secret behind certificate verification codes and pupils' QR codes becomes the venue's
 * (a field of the venue profile, which syncs), not this PC's (`settings.certificateSecret`, which does not): a
 * certificate printed on one PC of a venue must verify on another. No index changes: the venue store is
 * declared again only to record the version.
 *
 * The upgrade copies this PC's secret into the profile's `verificationSecrets` (the first one makes new codes,
 * every one verifies), so every certificate and QR code printed before still verifies. The settings row stays
 * as this PC's own copy: when two PCs that each had a secret meet on the server, the profile of one of them
 * wins (docs/sync.md), and the other PC still verifies what it printed.
 */
export const V4_STORES = {
  venue: 'id',
} as const;

/** The per-PC settings key the secret had up to version 3. */
export const LEGACY_SECRET_KEY = 'certificateSecret';

export async function upgradeToV4(tx: Transaction): Promise<void> {
  const row = (await tx.table('settings').get(LEGACY_SECRET_KEY)) as { value?: unknown } | undefined;
  const secret = typeof row?.value === 'string' ? row.value : '';
  if (!secret) return;
  await tx
    .table('venue')
    .toCollection()
    .modify((venue: { verificationSecrets?: string[] }) => {
      const known = venue.verificationSecrets ?? [];
      if (!known.includes(secret)) venue.verificationSecrets = [...known, secret];
    });
}
