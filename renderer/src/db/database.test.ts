import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, TABLE_NAMES } from './database';
import { wordsOf } from '../i18n/test-words';
import { freshDbFactory } from './testing/test-db';
import { VERSIONS } from './versions';
import { getVenue, isDatabaseEmpty } from './queries/venue';
import { loadDemoVenue, removeDemoVenue } from './repos/demo-repo';
import { saveVenueProfile } from './repos/venue-repo';
import { EMPTY_VENUE_FORM } from '@shared/schemas/venue-schema';

const freshDb = freshDbFactory('profproba-test');

describe('database schema', () => {
  it('declares every table of the spec in the current version', () => {
    const db = freshDb();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual([...TABLE_NAMES].sort());
  });

  it('takes its version from the last entry of the registry', () => {
    expect(SCHEMA_VERSION).toBe(VERSIONS.at(-1)!.version);
    expect(VERSIONS.map((v) => v.version)).toEqual(VERSIONS.map((_, i) => i + 1));
  });
});

describe('demo venue repository', () => {
  it('loads into an empty database in one go and can be removed, keeping the audit log', async () => {
    const db = freshDb();
    expect(await isDatabaseEmpty(db)).toBe(true);
    await loadDemoVenue('2026-11-24', db);
    expect(await db.programs.count()).toBe(5);
    expect(await db.schools.count()).toBe(6);
    expect((await getVenue(db))?.isDemo).toBe(true);

    await removeDemoVenue(db);
    expect(await isDatabaseEmpty(db)).toBe(true);
    expect(await db.attendance.count()).toBe(0);
    const log = await db.journal.toArray();
    expect(log.map((e) => e.action).sort()).toEqual(['demo-load', 'demo-remove']);
  });

  it('refuses to load over existing data and writes nothing', async () => {
    const db = freshDb();
    await saveVenueProfile(
      { ...EMPTY_VENUE_FORM, fullName: 'Площадка', shortName: 'П', directorName: 'Иванов И. И.' },
      db,
    );
    const refused = await loadDemoVenue('2026-11-24', db).catch((e: unknown) => e);
    expect(wordsOf(refused)).toMatch('пустую базу');
    expect(await db.programs.count()).toBe(0);
    expect(await db.journal.count()).toBe(0);
  });

  it('refuses to remove a real venue', async () => {
    const db = freshDb();
    await saveVenueProfile(
      { ...EMPTY_VENUE_FORM, fullName: 'Площадка', shortName: 'П', directorName: 'Иванов И. И.' },
      db,
    );
    expect(wordsOf(await removeDemoVenue(db).catch((e: unknown) => e))).toMatch('не демонстрационная');
    expect(await db.venue.count()).toBe(1);
  });
});
