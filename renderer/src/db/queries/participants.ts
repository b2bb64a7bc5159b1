import type {
  Certificate,
  Consent,
  Enrollment,
  Group,
  Id,
  ImportProfile,
  IsoDate,
  Participant,
  Program,
  School,
} from '@shared/domain';
import { completionOf, type Completion } from '@shared/attendance/completion';
import { todayIso } from '@shared/dates';
import type { ExistingData } from '@shared/import/classify';
import {
  consentStatusByParticipant,
  idsWithHealthData,
  withEffectiveHealthData,
  type ConsentStatus,
} from '@shared/participants/consent-rules';
import { db as defaultDb, type ProfprobaDb } from '../index';
import { whereIn } from '../where-in';

/*
 * The read models of participants, schools and consents: what the list, the card, the schools page and the
 * import read. Repositories (`repos/participant-repo.ts`, `school-repo.ts`, `consent-repo.ts`,
 * `import-repo.ts`) hold the writes.
 */

/**
 * The ids of the anonymised participants. An anonymised record is keyed `~<id>` (`withKeys`,
 * `anonymizedParticipant`; schema v5 made every stored key again, and sync stores another PC's records by the same
 * rule), so they are a range of the `fioKey` index, confirmed by `anonymizedAt`: a walk over every participant
 * took a third of a second for 20 000 people and seconds for a municipality.
 */
export async function anonymizedParticipantIds(db: ProfprobaDb = defaultDb): Promise<Id[]> {
  return (await db.participants.where('fioKey').startsWith('~').toArray())
    .filter((p) => p.anonymizedAt)
    .map((p) => p.id);
}

/**
 * The first `limit` participants in ФИО order, straight from the `fioKey` index: what the list shows while the
 * whole of it is still being read. The range holds the Cyrillic keys, which the Russian order puts first;
 * anonymised records (keyed `~id`) are outside it, as they sort last in the list.
 */
export async function listFirstByFio(
  limit: number,
  db: ProfprobaDb = defaultDb,
  today: IsoDate = todayIso(),
): Promise<Participant[]> {
  const stored = await db.participants
    .where('fioKey')
    .between('а', 'я\uffff', true, true)
    .limit(limit)
    .toArray();
  return withHealthConsents(stored, today, db);
}

/** How many rows the list shows from the `fioKey` index while the whole of it is read: a 1366×768 screen and some. */
export const LIST_FIRST_ROWS = 40;

/** What the list's first screen shows: its top rows and the schools they name. */
export interface ListHead {
  rows: Participant[];
  schools: School[];
}

/** The list's first screen, asked for as a navigation to the list begins (`prefetchListHead`). */
interface PendingHead {
  at: number;
  done: Promise<ListHead | null>;
  value: ListHead | null;
}

let pendingHead: PendingHead | null = null;

/** A started read is taken within this time; an older one (a navigation that never got there) is dropped. */
const HEAD_FRESH_MS = 5000;

/**
 * Starts the reads of the list's first screen when a navigation to the list begins (the router's loader), so
 * they run while the section's code loads and the page renders, and the first render can show the rows: the
 * page's own live queries start only after its first commit, one render and a round trip later. The page takes
 * the result once (`takeListHead`); its live queries then keep the list current.
 */
export function prefetchListHead(db: ProfprobaDb = defaultDb): void {
  const head: PendingHead = { at: performance.now(), done: Promise.resolve(null), value: null };
  head.done = Promise.all([listFirstByFio(LIST_FIRST_ROWS, db), listSchools(db)]).then(
    ([rows, schools]) => (head.value = { rows, schools }),
    // The page's live queries read again and report what failed.
    () => null,
  );
  pendingHead = head;
}

/** The reads `prefetchListHead` started, once, while fresh; null when there are none. */
export function takeListHead(): { value: ListHead | null; done: Promise<ListHead | null> } | null {
  const head = pendingHead;
  pendingHead = null;
  if (!head || performance.now() - head.at > HEAD_FRESH_MS) return null;
  return head;
}

/**
 * Participants as the list, its export and the card read them: ОВЗ and nosology only where a valid health
 * consent covers them today (`withEffectiveHealthData`), so health data never outlives its consent on
 * screen or in a file, even before the stored record is cleared. Only the few with ОВЗ have their consents
 * read.
 */
async function withHealthConsents(
  stored: Participant[],
  today: IsoDate,
  db: ProfprobaDb,
): Promise<Participant[]> {
  const ids = idsWithHealthData(stored);
  if (ids.length === 0) return stored;
  return withEffectiveHealthData(stored, await whereIn(db.consents, 'participantId', ids), today);
}

/**
 * Every participant, in ФИО order as far as the `fioKey` index gives it: the Cyrillic keys first, then the rest
 * (Latin, anonymised `~id`), as the list's Russian order puts them. The list's table then finds the rows in its
 * order already: its sort of 20 000 is a check, not n·log n comparisons, and a search's matches, a part of the
 * list in that order, are shown as they come (`DataTable`'s `rowsSource`, B4b). The order is only a head start:
 * the table sorts whatever it gets. A record missing from the index (no `fioKey`, which every write sets) would
 * be missing from the list, so the count is checked and the store read whole when it differs.
 */
export async function listParticipants(
  db: ProfprobaDb = defaultDb,
  today: IsoDate = todayIso(),
): Promise<Participant[]> {
  const stored = await db.transaction('r', db.participants, async () => {
    const byKey = db.participants.where('fioKey');
    const [cyrillic, before, after, total] = await Promise.all([
      byKey.between('а', 'я\uffff', true, true).toArray(),
      byKey.below('а').toArray(),
      byKey.above('я\uffff').toArray(),
      db.participants.count(),
    ]);
    const all = [...cyrillic, ...before, ...after];
    return all.length === total ? all : db.participants.toArray();
  });
  return withHealthConsents(stored, today, db);
}

export async function getParticipant(
  id: Id,
  db: ProfprobaDb = defaultDb,
  today: IsoDate = todayIso(),
): Promise<Participant | null> {
  const stored = await db.participants.get(id);
  return stored ? ((await withHealthConsents([stored], today, db))[0] ?? null) : null;
}

export async function listSchools(db: ProfprobaDb = defaultDb): Promise<School[]> {
  return db.schools.toArray();
}

/** How many participants each school has (schools without any are absent). */
export async function pupilCountsBySchool(db: ProfprobaDb = defaultDb): Promise<Map<Id, number>> {
  const map = new Map<Id, number>();
  await db.participants.each((p) => {
    if (p.schoolId) map.set(p.schoolId, (map.get(p.schoolId) ?? 0) + 1);
  });
  return map;
}

export async function consentsOfParticipant(
  participantId: Id,
  db: ProfprobaDb = defaultDb,
): Promise<Consent[]> {
  return db.consents.where('participantId').equals(participantId).toArray();
}

/** Each participant's personal-data consent status (for the list's consent filter). */
export async function personalDataConsentStatus(
  on: string,
  db: ProfprobaDb = defaultDb,
): Promise<Map<Id, ConsentStatus>> {
  // One `getAll` of the table, the kind picked in memory (consentStatusByParticipant does): a `filter` on the
  // table walks a cursor, one round trip per consent. No index answers this alone: a consent without an end
  // date has no key in `validUntil`, and the status needs every consent of the kind.
  return consentStatusByParticipant(await db.consents.toArray(), 'personal-data', on);
}

export async function certificatesOfParticipant(
  participantId: Id,
  db: ProfprobaDb = defaultDb,
): Promise<Certificate[]> {
  return db.certificates.where('participantId').equals(participantId).toArray();
}

/** One row of the card's «Группы и посещаемость». */
export interface ActivityRow {
  enrollment: Enrollment;
  group: Group | undefined;
  program: Program | undefined;
  completion: Completion;
  /** The first and last dates of the group's sessions that were not cancelled. */
  first: string | null;
  last: string | null;
}

/**
 * The groups a participant is enrolled in, with attendance and completion by the shared rule: one read
 * transaction, each table read once for the list of keys (no read per row).
 */
export async function participantActivity(
  participantId: Id,
  db: ProfprobaDb = defaultDb,
): Promise<ActivityRow[]> {
  return db.transaction(
    'r',
    [db.enrollments, db.attendance, db.groups, db.programs, db.sessions],
    async () => {
      const [enrollments, marks] = await Promise.all([
        db.enrollments.where('participantId').equals(participantId).toArray(),
        db.attendance.where('participantId').equals(participantId).toArray(),
      ]);
      const groupIds = enrollments.map((e) => e.groupId);
      const [groups, sessions] = await Promise.all([
        db.groups.bulkGet(groupIds),
        whereIn(db.sessions, 'groupId', groupIds),
      ]);
      const groupById = new Map(groups.filter((g): g is Group => !!g).map((g) => [g.id, g]));
      const programs = await db.programs.bulkGet([
        ...new Set([...groupById.values()].map((g) => g.programId)),
      ]);
      const programById = new Map(programs.filter((p): p is Program => !!p).map((p) => [p.id, p]));
      return enrollments.map((enrollment) => {
        const group = groupById.get(enrollment.groupId);
        const program = group ? programById.get(group.programId) : undefined;
        const own = sessions.filter((s) => s.groupId === enrollment.groupId);
        const completion = completionOf(
          participantId,
          own,
          marks.filter((m) => m.groupId === enrollment.groupId),
          program?.completion ?? { mode: 'all' },
        );
        const dates = own
          .filter((s) => s.status !== 'cancelled')
          .map((s) => s.date)
          .sort();
        return {
          enrollment,
          group,
          program,
          completion,
          first: dates[0] ?? null,
          last: dates.at(-1) ?? null,
        };
      });
    },
  );
}

/** What the import's preview compares the file with (read in the import worker). */
export async function loadExistingData(db: ProfprobaDb = defaultDb): Promise<ExistingData> {
  // Every consent in one `getAll` (the kind picked in memory) rather than a cursor through all of them.
  const [participants, schools, consents] = await Promise.all([
    db.participants.toArray(),
    db.schools.toArray(),
    db.consents.toArray(),
  ]);
  const status = consentStatusByParticipant(consents, 'health', todayIso());
  const healthConsentIds = new Set([...status].filter(([, s]) => s === 'valid').map(([id]) => id));
  return { participants, schools, healthConsentIds };
}

/** The saved column mappings of the import, by name. */
export async function listImportProfiles(db: ProfprobaDb = defaultDb): Promise<ImportProfile[]> {
  return db.importProfiles.orderBy('name').toArray();
}
