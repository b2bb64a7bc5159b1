import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { setSetting } from '../repos/settings-repo';
import { freshDbFactory } from '../testing/test-db';
import { getSetting } from './settings';

const freshDb = freshDbFactory('settings-queries');

describe('settings queries', () => {
  it('reads a setting or its default', async () => {
    const db = freshDb();
    expect(await getSetting('autoBackupKeep', db)).toBe(14);
    await setSetting('autoBackupKeep', 7, db);
    expect(await getSetting('autoBackupKeep', db)).toBe(7);
  });
});
