import { VENUE_ID, type Venue } from '@shared/domain';
import { db as defaultDb, type ProfprobaDb } from '../index';

/** The venue's profile, or undefined before the first run has saved one. */
export async function getVenue(db: ProfprobaDb = defaultDb): Promise<Venue | undefined> {
  return db.venue.get(VENUE_ID);
}

/** The venue's name as printed under a document (the full name, else the short one), or '' before the first run. */
export async function getVenueName(db: ProfprobaDb = defaultDb): Promise<string> {
  const venue = await getVenue(db);
  return (venue?.fullName || venue?.shortName || '').trim();
}

/** True when the database holds nothing a person entered (the first-run screen is shown then). */
export async function isDatabaseEmpty(db: ProfprobaDb = defaultDb): Promise<boolean> {
  const counts = await Promise.all([db.venue.count(), db.programs.count(), db.participants.count()]);
  return counts.every((n) => n === 0);
}
