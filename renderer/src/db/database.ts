import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
  AttendanceMark,
  AuditEntry,
  Certificate,
  CertificateCounter,
  Consent,
  Enrollment,
  Group,
  ImportProfile,
  Mentor,
  Participant,
  Place,
  PlatformExportPart,
  Program,
  School,
  Session,
  Setting,
  SyncConflict,
  Venue,
} from '@shared/domain';
import { LATEST_VERSION, storesAt, VERSIONS } from './versions';

export const DB_NAME = 'profproba';

/** The current schema version; a backup records it and a restore refuses anything newer. */
export const SCHEMA_VERSION = LATEST_VERSION;

/**
 * The whole local database. Every table of the spec lives here; the versions are declared in order from the
 * registry in `versions/index.ts`.
 */
export class ProfprobaDb extends Dexie {
  venue!: EntityTable<Venue, 'id'>;
  programs!: EntityTable<Program, 'id'>;
  mentors!: EntityTable<Mentor, 'id'>;
  places!: EntityTable<Place, 'id'>;
  schools!: EntityTable<School, 'id'>;
  participants!: EntityTable<Participant, 'id'>;
  consents!: EntityTable<Consent, 'id'>;
  groups!: EntityTable<Group, 'id'>;
  sessions!: EntityTable<Session, 'id'>;
  enrollments!: EntityTable<Enrollment, 'id'>;
  attendance!: EntityTable<AttendanceMark, 'id'>;
  certificates!: EntityTable<Certificate, 'id'>;
  certificateCounters!: Table<CertificateCounter, number>;
  journal!: EntityTable<AuditEntry, 'id'>;
  platformExportParts!: EntityTable<PlatformExportPart, 'id'>;
  conflicts!: EntityTable<SyncConflict, 'id'>;
  settings!: Table<Setting, string>;
  importProfiles!: EntityTable<ImportProfile, 'id'>;

  constructor(name: string = DB_NAME) {
    super(name);
    for (const { version, stores, upgrade } of VERSIONS) {
      const declared = this.version(version).stores(stores as Record<string, string | null>);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}

/** The name of every table: the properties of `ProfprobaDb` that are Dexie tables. */
export type TableName = {
  [K in keyof ProfprobaDb]: ProfprobaDb[K] extends Table ? K : never;
}[keyof ProfprobaDb];

/** Names of all tables at the current version, in the registry's order (the order a backup writes them). */
export const TABLE_NAMES = Object.keys(storesAt(SCHEMA_VERSION)) as TableName[];

/**
 * The tables a dataset (the demo venue, the bench's large venue) holds rows for, in the registry's order, so
 * its list of tables follows the schema instead of being written out again.
 */
export function tablesIn<D extends object>(dataset: D): (TableName & keyof D)[] {
  return TABLE_NAMES.filter((name): name is TableName & keyof D => name in dataset);
}
