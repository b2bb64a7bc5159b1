import type { IsoDate } from '@shared/domain';
import { hasValidConsent } from '@shared/participants/consent-rules';
import { db as defaultDb, type ProfprobaDb } from '../index';
import { anonymizedParticipantIds } from '../queries/participants';
import { reduceRegisterEntries } from './participant-repo';

/**
 * The privacy chores run at start-up and daily (app/auto-backup.ts, before the day's copy, so the copy does not
 * carry what has lapsed). Each runs in one transaction and returns how many records it changed.
 */

/**
 * ОВЗ and nosology are cleared from the stored record of every participant whose health consent has lapsed
 * (`validUntil` before today, found by its index) and who holds no other valid health consent. Every reader
 * already hides such data (`effectiveHealthData`); this removes it from the database and the next backup.
 */
export async function clearLapsedHealthData(today: IsoDate, db: ProfprobaDb = defaultDb): Promise<number> {
  return db.transaction('rw', db.participants, db.consents, async () => {
    const lapsed = await db.consents
      .where('validUntil')
      .below(today)
      .filter((c) => c.kind === 'health')
      .toArray();
    const ids = [...new Set(lapsed.map((c) => c.participantId))];
    let cleared = 0;
    for (const p of await db.participants.bulkGet(ids)) {
      if (!p || (!p.hasDisability && p.nosology === '')) continue;
      const own = await db.consents.where('participantId').equals(p.id).toArray();
      if (hasValidConsent(own, 'health', today)) continue;
      await db.participants.update(p.id, { hasDisability: false, nosology: '' });
      cleared += 1;
    }
    return cleared;
  });
}

/** The register entries of anonymised participants whose term has passed keep only number and initials. */
export async function reduceCertificateRegister(
  today: IsoDate,
  db: ProfprobaDb = defaultDb,
): Promise<number> {
  // Found in a read-only pass: a read-write transaction over all participants held every reader of them (the
  // participant list's first rows) behind this scan at start-up. One anonymised meanwhile has its entries
  // reduced by the anonymisation's own transaction. They are read from an index (a walk over every participant
  // took a tenth of the page's thread for seconds after the start).
  const ids = await anonymizedParticipantIds(db);
  if (ids.length === 0) return 0;
  return db.transaction('rw', db.certificates, () => reduceRegisterEntries(ids, today, db));
}

export async function runPrivacyChores(
  today: IsoDate,
  db: ProfprobaDb = defaultDb,
): Promise<{ healthCleared: number; registerReduced: number }> {
  return {
    healthCleared: await clearLapsedHealthData(today, db),
    registerReduced: await reduceCertificateRegister(today, db),
  };
}
