import { VENUE_ID, type Venue } from '@shared/domain';
import type { VenueFormValues } from '@shared/schemas/venue-schema';
import { db as defaultDb, type ProfprobaDb } from '../index';

/** Kept for the certificates feature, which still imports it from here; the read lives in queries/venue.ts. */

/** Saves the profile form, keeping the images and the demo flag of the stored record. */
export async function saveVenueProfile(values: VenueFormValues, db: ProfprobaDb = defaultDb): Promise<Venue> {
  return db.transaction('rw', db.venue, async () => {
    const current = await db.venue.get(VENUE_ID);
    const venue: Venue = {
      logoDataUrl: null,
      signatureDataUrl: null,
      isDemo: false,
      ...current,
      ...values,
      // Made once and kept: a consolidation tells venues apart by it. A profile saved before it existed gets
      // one on its next save.
      venueId: current?.venueId || crypto.randomUUID(),
      id: VENUE_ID,
      updatedAt: new Date().toISOString(),
    };
    await db.venue.put(venue);
    return venue;
  });
}

export async function saveVenueImages(
  images: Partial<Pick<Venue, 'logoDataUrl' | 'signatureDataUrl'>>,
  db: ProfprobaDb = defaultDb,
): Promise<void> {
  await db.venue.update(VENUE_ID, { ...images, updatedAt: new Date().toISOString() });
}
