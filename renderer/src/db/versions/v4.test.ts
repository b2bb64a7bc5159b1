import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { VENUE_ID } from '@shared/domain';
import { ProfprobaDb } from '../database';
import { getSecrets, SECRET_KEY, verifyCertificate } from '../queries/certificates';
import { issueCertificates } from '../repos/certificate-repo';
import { loadDemoVenue } from '../repos/demo-repo';
import { freshDbFactory, makeDatabaseAt, snapshot } from '../testing/test-db';

const freshDb = freshDbFactory('v4');
const TODAY = '2026-11-24';

/** A version-3 database holding the demo venue, one issued certificate and the per-PC secret it was made with. */
async function v3Database(name: string, withVenue = true) {
  const source = freshDb();
  await loadDemoVenue(TODAY, source);
  const groups = await source.groups.toArray();
  let issued = null;
  for (const g of groups) {
    const sessions = await source.sessions.where('groupId').equals(g.id).toArray();
    if (!sessions.every((s) => s.date < TODAY)) continue;
    issued = (await issueCertificates({ groupId: g.id, issuedOn: TODAY }, source)).issued[0]!;
    break;
  }
  const secret = (await source.settings.get(SECRET_KEY))!.value as string;
  const rows = await snapshot(source);
  // What version 3 stored: the secret only in this PC's settings, none on the profile.
  rows.venue = withVenue
    ? (rows.venue as Record<string, unknown>[]).map(({ verificationSecrets: _s, ...v }) => v)
    : [];
  await makeDatabaseAt(name, 3, rows);
  return { rows, secret, issued: issued! };
}

describe('schema v4', () => {
  it('a version-3 database opens with its secret on the venue profile; printed certificates still verify', async () => {
    const name = `v4-upgrade-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const { rows, secret, issued } = await v3Database(name);
    const db = new ProfprobaDb(name);
    try {
      await db.open();
      expect(db.verno).toBeGreaterThanOrEqual(4);
      const after = await snapshot(db);
      for (const [table, stored] of Object.entries(rows)) {
        if (table !== 'venue') expect(after[table], table).toEqual(stored);
      }
      const venue = await db.venue.get(VENUE_ID);
      expect(venue).toEqual({ ...(rows.venue as object[])[0], verificationSecrets: [secret] });
      // This PC keeps its own copy.
      expect((await db.settings.get(SECRET_KEY))?.value).toBe(secret);
      expect(await getSecrets(db)).toEqual([secret]);
      const check = await verifyCertificate(issued.number, issued.verificationCode, db);
      expect(check.kind).toBe('genuine');
    } finally {
      db.close();
      await Dexie.delete(name);
    }
  });

  it('a version-3 database without a venue profile opens unchanged; the secret stays this PC’s', async () => {
    const name = `v4-novenue-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const { rows, secret } = await v3Database(name, false);
    const db = new ProfprobaDb(name);
    try {
      await db.open();
      expect(await snapshot(db)).toEqual(rows);
      expect(await getSecrets(db)).toEqual([secret]);
    } finally {
      db.close();
      await Dexie.delete(name);
    }
  });
});
