import type { Id, IsoDateTime } from './common';

/**
 * A record two PCs changed independently (schema v2): the version kept and the one that lost, side by side, so
 * a person can take the other one. Written by replication; never synced itself.
 */
export interface SyncConflict {
  id: Id;
  at: IsoDateTime;
  /** The table and the record's id. */
  table: string;
  recordId: Id;
  kept: unknown;
  other: unknown;
  /** When a person looked at it and chose (null while open). */
  resolvedAt: IsoDateTime | null;
}
