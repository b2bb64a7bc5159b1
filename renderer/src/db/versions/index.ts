import type { Transaction } from 'dexie';
import { V1_STORES } from './v1';
import { upgradeToV2, V2_STORES } from './v2';
import { upgradeToV3, V3_STORES } from './v3';
import { upgradeToV4, V4_STORES } from './v4';
import { upgradeToV5, V5_STORES } from './v5';

/**
 * One released schema version: the stores it declares (Dexie's syntax; a later version lists only the stores
 * it adds or changes, and `null` deletes one) and the data migration that runs when a database of the
 * previous version is opened.
 */
export interface SchemaVersion {
  version: number;
  stores: Readonly<Record<string, string | null>>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

/**
 * THE registry of schema versions, oldest first. Everything that depends on the schema derives from it:
 * `ProfprobaDb` declares these versions, and `SCHEMA_VERSION`, `TABLE_NAMES` (database.ts), the stores a backup
 * of an older version is loaded into (`SCHEMA_STORES`, backup/upgrade.ts), the demo's and the bench's table
 * lists all follow.
 *
 * Adding schema version N (never edit a released one):
 * 1. `versions/vN.ts` exports `VN_STORES` (only the changed stores) and, when records must change, an
 *    `upgradeToVN(tx)`;
 * 2. one line here: `{ version: N, stores: VN_STORES, upgrade: upgradeToVN }`;
 * 3. `versions/vN.test.ts`: build a database with `openAtVersion(name, N - 1)` (testing/test-db.ts), fill it,
 *    close it, open it with `ProfprobaDb` and check every record (see v1.test.ts for the shape).
 * A new table also needs its typed property on `ProfprobaDb`.
 */
export const VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: V1_STORES },
  { version: 2, stores: V2_STORES, upgrade: upgradeToV2 },
  { version: 3, stores: V3_STORES, upgrade: upgradeToV3 },
  { version: 4, stores: V4_STORES, upgrade: upgradeToV4 },
  { version: 5, stores: V5_STORES, upgrade: upgradeToV5 },
];

/** The newest version: what a backup records and what a restore refuses to go beyond. */
export const LATEST_VERSION = VERSIONS[VERSIONS.length - 1]!.version;

/** Every store as it stands at `version`: the versions up to it merged, deleted stores left out. */
export function storesAt(version: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of VERSIONS) {
    if (v.version > version) break;
    for (const [name, spec] of Object.entries(v.stores)) {
      if (spec === null) delete out[name];
      else out[name] = spec;
    }
  }
  return out;
}
