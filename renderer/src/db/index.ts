import { attachChangeFeed } from '../sync/change-feed';
import { ProfprobaDb } from './database';

export { ProfprobaDb, DB_NAME, SCHEMA_VERSION, TABLE_NAMES, type TableName } from './database';

/** The app's single database connection. Repositories take it as a default argument so tests can pass their own. */
export const db = new ProfprobaDb();
// Replication's outgoing hook: sees every committed write of the synced tables (renderer/src/sync/).
attachChangeFeed(db);

/**
 * Asks the browser not to evict the data under storage pressure. In Electron (custom privileged scheme) and
 * in an installed PWA it is granted silently; in a plain tab it may be refused, which the settings page shows.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}
