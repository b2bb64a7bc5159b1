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
  Program,
  School,
  Session,
  Setting,
  Venue,
} from '@shared/domain';
import { V1_STORES } from './versions/v1';

export const DB_NAME = 'profproba';

/** The current schema version; a backup records it and a restore refuses anything newer. */
export const SCHEMA_VERSION = 1;

/**
 * The whole local database. Every table of the spec lives here; the versions are declared in order, each
 * from its own file in `versions/`.
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
  auditLog!: EntityTable<AuditEntry, 'id'>;
  settings!: Table<Setting, string>;
  importProfiles!: EntityTable<ImportProfile, 'id'>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores(V1_STORES);
  }
}

/** Names of all tables, in the order a backup writes them. */
export const TABLE_NAMES = Object.keys(V1_STORES) as (keyof typeof V1_STORES)[];
export type TableName = (typeof TABLE_NAMES)[number];
