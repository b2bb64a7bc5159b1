import { dueByGroup } from '../../db/queries/certificates';

/** How many participants, over all groups, may get a certificate now (the sum of `dueByGroup`). */
export async function certificatesDueTotal(): Promise<number> {
  let total = 0;
  for (const n of (await dueByGroup()).values()) total += n;
  return total;
}
