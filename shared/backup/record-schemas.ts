import { z } from 'zod';
import { isIsoDate } from '../dates';
import { PLATFORM_TRIAL_KINDS, type Participant } from '../domain';
import { storedParticipantProblem } from '../participants/stored-check';

/**
 * What every restored record must be (docs/backup-format.md §5, step 9a): the shape the app's code relies on
 * when it reads the table, so a hand-edited or hostile backup cannot put a record into the database that a
 * screen would crash on or the card could not save. Participants are also checked with the card's own schema
 * (`storedParticipantProblem`). Extra fields are allowed (a newer minor version may add some).
 */

const id = z.string().min(1).max(200);
const text = (max: number) => z.string().max(max);
const isoDate = z.string().refine(isIsoDate, 'date');
const instant = z.string().refine((v) => !Number.isNaN(Date.parse(v)), 'instant');
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
/** Logos (and the scans of schema v1/v2 backups, before the upgrade): a data URL at most 20 MB. */
const dataUrl = z
  .string()
  .max(28_000_000)
  .regex(/^data:[\w.+/-]+(;[\w=.-]+)*(;base64)?,/);

/**
 * A consent's scan: in a schema-v3 backup file its bytes as base64 (at most 20 MB of file); after a v1/v2 backup
 * is upgraded, the Blob the v3 upgrade made of its data URL (docs/backup-format.md).
 */
const MAX_SCAN_BYTES = 20 * 1024 * 1024;
const scan = z.union([
  z.looseObject({
    name: text(255),
    type: text(100),
    base64: z
      .string()
      .max(Math.ceil(MAX_SCAN_BYTES / 3) * 4)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/),
  }),
  z.looseObject({
    name: text(255),
    type: text(100),
    blob: z.instanceof(Blob).refine((b) => b.size <= MAX_SCAN_BYTES),
  }),
]);

const stamps = { createdAt: instant, updatedAt: instant };

/** A platform record inside its export's part: what the Сверка, the card and the report read of it. */
const platformTrial = z.looseObject({
  id,
  participantId: id.nullable(),
  platformId: text(200).nullable(),
  name: text(2000),
  date: isoDate.nullable(),
  kind: z.enum(PLATFORM_TRIAL_KINDS),
  fio: text(500),
  birthDate: isoDate.nullable(),
  rowNumber: z.number().int().min(1),
  candidateDates: z.array(isoDate),
});

export const RECORD_SCHEMAS: Record<string, z.ZodType> = {
  venue: z.looseObject({ id, logoDataUrl: dataUrl.nullable().optional() }),
  programs: z.looseObject({ id, ...stamps }),
  mentors: z.looseObject({
    id,
    lastName: text(100),
    firstName: text(100),
    middleName: text(100),
    archived: z.boolean(),
  }),
  places: z.looseObject({ id }),
  schools: z.looseObject({ id, fullName: text(500), shortName: text(500), nameKey: z.string(), ...stamps }),
  participants: z.looseObject({
    id,
    lastName: text(100),
    firstName: text(100),
    middleName: text(100),
    fioKey: z.string(),
    searchWords: z.array(z.string()),
    birthDate: isoDate.nullable(),
    schoolId: id.nullable(),
    grade: z.number().int().min(1).max(11).nullable(),
    hasDisability: z.boolean(),
    anonymizedAt: instant.nullable(),
    ...stamps,
  }),
  consents: z.looseObject({
    id,
    participantId: id,
    kind: z.string().min(1),
    signedOn: isoDate,
    validUntil: isoDate.nullable(),
    withdrawnOn: isoDate.nullable(),
    scan: scan.nullable(),
    ...stamps,
  }),
  groups: z.looseObject({ id, programId: id, name: text(200), capacity: z.number().int().min(0), ...stamps }),
  sessions: z.looseObject({
    id,
    groupId: id,
    programId: id,
    date: isoDate,
    start: time,
    end: time,
    mentorIds: z.array(id),
    status: z.string().min(1),
    ...stamps,
  }),
  enrollments: z.looseObject({ id, groupId: id, participantId: id, status: z.string().min(1) }),
  attendance: z.looseObject({
    id,
    sessionId: id,
    participantId: id,
    groupId: id,
    status: z.string().min(1),
    note: text(2000),
  }),
  certificates: z.looseObject({
    id,
    number: z.string().min(1),
    year: z.number().int(),
    seq: z.number().int().min(1),
    participantId: id,
    status: z.string().min(1),
    snapshot: z.looseObject({ fio: z.string() }),
  }),
  certificateCounters: z.looseObject({ year: z.number().int(), lastSeq: z.number().int().min(0) }),
  journal: z.looseObject({ id, at: instant, action: z.string().min(1) }),
  platformExportParts: z
    .looseObject({
      id,
      sourceFile: text(500),
      exportedOn: isoDate,
      importedAt: instant,
      part: z.number().int().min(0),
      records: z.number().int().min(0),
      participantIds: z.array(id),
      trials: z.array(platformTrial).max(100_000),
    })
    // The count is indexed and read instead of the trials (a replacement counts what it replaces by it).
    .refine((p) => p.records === p.trials.length, { path: ['records'] }),
  settings: z.looseObject({ key: z.string().min(1) }),
};

export interface RecordProblem {
  table: string;
  /** The record's primary key as text (`id`, or `year`/`key`), or its position when it has none. */
  record: string;
  /** The first field that fails. */
  field: string;
}

/**
 * The first record of `table` that does not pass its schema, or null. Tables without a schema pass. `offset`:
 * where `rows` starts in its table (a record without a key is named by its position).
 */
export function firstBadRecord(table: string, rows: readonly unknown[], offset = 0): RecordProblem | null {
  const schema = RECORD_SCHEMAS[table];
  if (!schema) return null;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Record<string, unknown>;
    const record = String(row.id ?? row.key ?? row.year ?? `№ ${offset + i + 1}`).slice(0, 80);
    const parsed = schema.safeParse(row);
    if (!parsed.success) {
      return { table, record, field: parsed.error.issues[0]!.path.join('.') || '—' };
    }
    // The card's own rules: a restored pupil can be opened and saved again. Erased records keep only the marker.
    if (table === 'participants' && row.anonymizedAt === null) {
      const problem = storedParticipantProblem(row as unknown as Participant);
      if (problem) return { table, record, field: problem.field };
    }
  }
  return null;
}
