import { buildDemoVenue } from '@shared/demo/demo-venue';
import { todayIso } from '@shared/dates';
import { RuleError } from '@shared/errors';
import { db as defaultDb, type ProfprobaDb } from '../index';
import { tablesIn } from '../database';
import { isDatabaseEmpty } from '../queries/venue';
import { logAction } from './audit-repo';

/** Loads the made-up demo venue into an empty database, all in one transaction. */
export async function loadDemoVenue(today = todayIso(), db: ProfprobaDb = defaultDb): Promise<void> {
  const data = buildDemoVenue(today);
  const tables = tablesIn(data);
  await db.transaction('rw', [...tables.map((t) => db.table(t)), db.journal], async () => {
    if (!(await isDatabaseEmpty(db))) {
      throw new RuleError('settings.demoNeedsEmptyDatabase');
    }
    for (const table of tables) {
      const rows = table === 'venue' ? [data.venue] : data[table];
      await db.table(table).bulkAdd(rows);
    }
    await logAction(
      'demo-load',
      'venue',
      data.venue.id,
      { code: 'demoLoaded', params: { count: data.participants.length } },
      db,
    );
  });
}

/**
 * Removes the demo venue: every table is cleared except the audit log and settings. Only allowed while the
 * venue is still marked as demo, so a real venue's records cannot be wiped from here.
 */
export async function removeDemoVenue(db: ProfprobaDb = defaultDb): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    const venue = await db.venue.get('venue');
    if (!venue?.isDemo) throw new RuleError('settings.demoNotDemo');
    for (const table of db.tables) {
      if (table.name === 'journal' || table.name === 'settings') continue;
      await table.clear();
    }
    await logAction('demo-remove', 'venue', 'venue', { code: 'demoRemoved' }, db);
  });
}
