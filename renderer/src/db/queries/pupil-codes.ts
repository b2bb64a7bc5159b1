import type { Group, Id, Participant, School } from '@shared/domain';
import { ruCollator } from '@shared/text/collation';
import { db as defaultDb, type ProfprobaDb } from '../index';
import { getSecret } from './certificates';

/**
 * The reads behind pupils' QR codes (docs/qr-attendance.md): the venue secret the tokens are made with (the
 * certificates' one), every pupil id (a code not of the session's group is looked for among them), and what a
 * badge or the scanner shows of a pupil.
 */

export { getSecret as getPupilCodeSecret };

export async function listParticipantIds(db: ProfprobaDb = defaultDb): Promise<Id[]> {
  return (await db.participants.toCollection().primaryKeys()) as Id[];
}

/** What the scanner says of a pupil whose code it read. */
export interface ScannedPupil {
  participant: Participant;
  school: School | null;
}

export async function loadScannedPupil(id: Id, db: ProfprobaDb = defaultDb): Promise<ScannedPupil | null> {
  return db.transaction('r', [db.participants, db.schools], async () => {
    const participant = await db.participants.get(id);
    if (!participant) return null;
    const school = participant.schoolId ? ((await db.schools.get(participant.schoolId)) ?? null) : null;
    return { participant, school };
  });
}

/** One badge: a pupil with the school and the group it is printed for. */
export interface BadgePupil {
  participant: Participant;
  school: School | null;
  group: Group | null;
}

/**
 * The pupils of a group (enrolled, not the waiting list), or the given pupils when `participantIds` is set,
 * sorted by ФИО the Russian way.
 */
export async function loadBadgePupils(
  source: { groupId: Id } | { participantIds: readonly Id[] },
  db: ProfprobaDb = defaultDb,
): Promise<BadgePupil[]> {
  return db.transaction('r', [db.groups, db.enrollments, db.participants, db.schools], async () => {
    let group: Group | null = null;
    let ids: Id[];
    if ('groupId' in source) {
      group = (await db.groups.get(source.groupId)) ?? null;
      const enrollments = await db.enrollments.where('groupId').equals(source.groupId).toArray();
      ids = enrollments.filter((e) => e.status === 'enrolled').map((e) => e.participantId);
    } else {
      ids = [...source.participantIds];
    }
    const participants = (await db.participants.bulkGet(ids))
      .filter((p): p is Participant => !!p && !p.anonymizedAt)
      .sort((a, b) => ruCollator.compare(a.fioKey, b.fioKey));
    const schoolIds = [...new Set(participants.map((p) => p.schoolId).filter((id): id is Id => !!id))];
    const schools = new Map(
      (await db.schools.bulkGet(schoolIds)).filter((s): s is School => !!s).map((s) => [s.id, s]),
    );
    return participants.map((participant) => ({
      participant,
      school: (participant.schoolId && schools.get(participant.schoolId)) || null,
      group,
    }));
  });
}
