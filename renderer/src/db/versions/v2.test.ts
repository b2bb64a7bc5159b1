import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@shared/domain';
import { ProfprobaDb } from '../database';
import { logAction } from '../repos/audit-repo';
import { loadDemoVenue } from '../repos/demo-repo';
import { asVersion1, freshDbFactory, makeVersion1Database, snapshot } from '../testing/test-db';

const freshDb = freshDbFactory('v2');

/** A version-1 database with the demo venue and a journal of 3 entries; returns its name and its rows. */
async function version1Demo(): Promise<{ name: string; rows: Record<string, unknown[]> }> {
  const source = freshDb();
  await loadDemoVenue('2026-11-24', source);
  await logAction('delete', 'mentor', 'm-1', { code: 'mentorDeleted', params: { name: 'x' } }, source);
  await logAction(
    'import',
    'participants',
    'file',
    { code: 'importCommitted', params: { added: 3 } },
    source,
  );
  const rows = asVersion1(await snapshot(source));
  const name = `v2-upgrade-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  await makeVersion1Database(name, rows);
  return { name, rows };
}

describe('schema v2', () => {
  it('a database made by v1 opens with every record, the audit entries moved to `journal` with string ids', async () => {
    const { name, rows } = await version1Demo();
    const db = new ProfprobaDb(name);
    try {
      await db.open();
      const after = await snapshot(db);
      expect(after.auditLog).toBeUndefined();
      for (const [table, stored] of Object.entries(rows)) {
        if (table !== 'auditLog') expect(after[table], table).toEqual(stored);
      }
      const v1Audit = rows.auditLog as (Omit<AuditEntry, 'id'> & { id: number })[];
      expect(v1Audit).toHaveLength(3);
      const journal = await db.journal.orderBy('id').toArray();
      // Same entries, same order, every field but the key kept.
      expect(journal.map(({ id: _id, ...rest }) => rest)).toEqual(
        v1Audit.map(({ id: _id, ...rest }) => rest),
      );
      const device = journal[0]!.id.split(':')[0]!;
      expect(journal.map((e) => e.id)).toEqual(
        v1Audit.map((e) => `${device}:v1-${String(e.id).padStart(10, '0')}`),
      );
      // Version 5 keeps the platform records in parts: none here.
      expect(after.platformExportParts).toEqual([]);
      expect(after.conflicts).toEqual([]);
    } finally {
      db.close();
      await Dexie.delete(name);
    }
  });

  it('two PCs upgraded from version 1 give their old entries different keys, and new entries never collide', async () => {
    const a = await version1Demo();
    const b = await version1Demo();
    const dbA = new ProfprobaDb(a.name);
    const dbB = new ProfprobaDb(b.name);
    try {
      await logAction('demo-remove', 'venue', 'v', { code: 'demoRemoved' }, dbA);
      await logAction('demo-remove', 'venue', 'v', { code: 'demoRemoved' }, dbB);
      const keysA = await dbA.journal.toCollection().primaryKeys();
      const keysB = await dbB.journal.toCollection().primaryKeys();
      expect(keysA).toHaveLength(4);
      expect(keysA.filter((k) => keysB.includes(k))).toEqual([]);
    } finally {
      dbA.close();
      dbB.close();
      await Dexie.delete(a.name);
      await Dexie.delete(b.name);
    }
  });

  it('consents are found by their validUntil index after the upgrade', async () => {
    const { name, rows } = await version1Demo();
    const db = new ProfprobaDb(name);
    try {
      await db.open();
      const withDate = (rows.consents as { validUntil: string | null }[]).filter((c) => c.validUntil);
      expect(withDate.length).toBeGreaterThan(0);
      const lapsed = await db.consents.where('validUntil').below('9999-12-31').count();
      expect(lapsed).toBe(withDate.length);
    } finally {
      db.close();
      await Dexie.delete(name);
    }
  });
});
