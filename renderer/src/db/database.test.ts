import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ProfprobaDb, SCHEMA_VERSION, TABLE_NAMES } from './database';
import { V1_STORES } from './versions/v1';
import { isDatabaseEmpty, loadDemoVenue, removeDemoVenue } from './repos/demo-repo';
import { getVenue, saveVenueProfile } from './repos/venue-repo';
import { EMPTY_VENUE_FORM } from '@shared/schemas/venue-schema';

let counter = 0;
const opened: Dexie[] = [];
function freshName() {
  counter += 1;
  return `profproba-test-${Date.now()}-${counter}`;
}
function track<T extends Dexie>(db: T): T {
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** Every record of every table, keyed by table name: the thing an upgrade must keep. */
async function snapshot(db: Dexie): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

describe('database schema', () => {
  it('declares every table of the spec in the current version', () => {
    const db = track(new ProfprobaDb(freshName()));
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual([...TABLE_NAMES].sort());
  });

  /**
   * The upgrade-test pattern: create a database with the previous version's stores only (here v1, made by a
   * bare Dexie with V1_STORES), fill it, close it, open it with the current ProfprobaDb and check that every
   * record survived. Each new version adds such a test starting from its predecessor.
   */
  it('v1: a database made by version 1 opens with every record intact', async () => {
    const name = freshName();
    const v1 = new Dexie(name);
    v1.version(1).stores(V1_STORES);
    await v1.open();
    await loadDemoVenue('2026-11-24', v1 as unknown as ProfprobaDb);
    const before = await snapshot(v1);
    v1.close();

    const current = track(new ProfprobaDb(name));
    await current.open();
    const after = await snapshot(current);
    expect(after).toEqual(before);
    expect(after.participants!.length).toBeGreaterThan(100);
  });
});

describe('demo venue repository', () => {
  it('loads into an empty database in one go and can be removed, keeping the audit log', async () => {
    const db = track(new ProfprobaDb(freshName()));
    expect(await isDatabaseEmpty(db)).toBe(true);
    await loadDemoVenue('2026-11-24', db);
    expect(await db.programs.count()).toBe(5);
    expect(await db.schools.count()).toBe(6);
    expect((await getVenue(db))?.isDemo).toBe(true);

    await removeDemoVenue(db);
    expect(await isDatabaseEmpty(db)).toBe(true);
    expect(await db.attendance.count()).toBe(0);
    const log = await db.auditLog.toArray();
    expect(log.map((e) => e.action)).toEqual(['demo-load', 'demo-remove']);
  });

  it('refuses to load over existing data and writes nothing', async () => {
    const db = track(new ProfprobaDb(freshName()));
    await saveVenueProfile(
      { ...EMPTY_VENUE_FORM, fullName: 'Площадка', shortName: 'П', directorName: 'Иванов И. И.' },
      db,
    );
    await expect(loadDemoVenue('2026-11-24', db)).rejects.toThrow('пустую базу');
    expect(await db.programs.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it('refuses to remove a real venue', async () => {
    const db = track(new ProfprobaDb(freshName()));
    await saveVenueProfile(
      { ...EMPTY_VENUE_FORM, fullName: 'Площадка', shortName: 'П', directorName: 'Иванов И. И.' },
      db,
    );
    await expect(removeDemoVenue(db)).rejects.toThrow('не демонстрационная');
    expect(await db.venue.count()).toBe(1);
  });
});
