import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { EMPTY_VENUE_FORM } from '@shared/schemas/venue-schema';
import { saveVenueProfile } from '../repos/venue-repo';
import { freshDbFactory } from '../testing/test-db';
import { getVenue, getVenueName, isDatabaseEmpty } from './venue';

const freshDb = freshDbFactory('venue-queries');

describe('venue queries', () => {
  it('reads the venue and tells an empty database from a started one', async () => {
    const db = freshDb();
    expect(await getVenue(db)).toBeUndefined();
    expect(await isDatabaseEmpty(db)).toBe(true);
    await saveVenueProfile({ ...EMPTY_VENUE_FORM, fullName: 'Площадка', shortName: 'П' }, db);
    expect((await getVenue(db))?.shortName).toBe('П');
    expect(await isDatabaseEmpty(db)).toBe(false);
  });

  it('names the venue for a printed footer: the full name, else the short one', async () => {
    const db = freshDb();
    expect(await getVenueName(db)).toBe('');
    await saveVenueProfile({ ...EMPTY_VENUE_FORM, fullName: 'МБУ ДО «Импульс»', shortName: 'Импульс' }, db);
    expect(await getVenueName(db)).toBe('МБУ ДО «Импульс»');
  });
});
