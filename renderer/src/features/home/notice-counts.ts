import { clampRetentionYears } from '@shared/participants/retention';
import type { IsoDate } from '@shared/domain';
import { dueByGroup } from '../../db/queries/certificates';
import { listPastRetentionTerm } from '../../db/queries/retention';
import { getSetting } from '../../db/queries/settings';

/*
 * «Главная»'s two notices, counted in its worker (dashboard.worker.ts): each reads whole tables, which on the
 * page's thread held up the section a person opened next.
 */

/** How many participants, over all groups, may get a certificate now (the sum of `dueByGroup`). */
export async function certificatesDueTotal(): Promise<number> {
  let total = 0;
  for (const n of (await dueByGroup()).values()) total += n;
  return total;
}

/** How many pupils are past the venue's retention term today (what the retention reminder lists). */
export async function pastRetentionCount(today: IsoDate): Promise<number> {
  const years = clampRetentionYears(await getSetting('retentionYears'));
  return (await listPastRetentionTerm(today, years)).length;
}
