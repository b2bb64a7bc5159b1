import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { VENUE_ID } from '@shared/domain';
import { EMPTY_VENUE_FORM } from '@shared/schemas/venue-schema';
import { freshDbFactory } from '../testing/test-db';
import { saveVenueProfile } from './venue-repo';

const freshDb = freshDbFactory('venue-repo');

describe('saveVenueProfile', () => {
  it('makes the venue id once and keeps it on every later save', async () => {
    const db = freshDb();
    const first = await saveVenueProfile({ ...EMPTY_VENUE_FORM, fullName: 'Площадка', shortName: 'П' }, db);
    expect(first.venueId).toMatch(/^[0-9a-f-]{36}$/);
    const second = await saveVenueProfile(
      { ...EMPTY_VENUE_FORM, fullName: 'Площадка', shortName: 'П2', pupilKeySecret: 'ключ' },
      db,
    );
    expect(second.venueId).toBe(first.venueId);
    expect((await db.venue.get(VENUE_ID))?.pupilKeySecret).toBe('ключ');
  });

  it('a profile stored before the venue id existed gets one on its next save', async () => {
    const db = freshDb();
    const old = await saveVenueProfile({ ...EMPTY_VENUE_FORM, fullName: 'Старая', shortName: 'С' }, db);
    const { venueId: _dropped, pupilKeySecret: _none, ...before } = old;
    await db.venue.put(before);
    const saved = await saveVenueProfile({ ...EMPTY_VENUE_FORM, fullName: 'Старая', shortName: 'С' }, db);
    expect(saved.venueId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
