import type { ConsentKind, Id, IsoDate } from '@shared/domain';
import { isConsentLapsed, isPastRetention } from '@shared/participants/retention';
import { sortByRu } from '@shared/text/collation';
import { joinFio } from '@shared/text/fio';
import { db as defaultDb, type ProfprobaDb } from '../index';

export interface PastTermRow {
  id: Id;
  fio: string;
  /** The last session the pupil was enrolled in or marked at; null when there was none. */
  lastTrial: IsoDate | null;
}

/**
 * Pupils past the retention term on `today` (Настройки › «Хранение данных»), by ФИО. The last trial is the
 * latest session date among the pupil's attendance marks and the sessions of the groups they are enrolled in.
 */
export async function listPastRetentionTerm(
  today: IsoDate,
  years: number,
  db: ProfprobaDb = defaultDb,
): Promise<PastTermRow[]> {
  return db.transaction('r', [db.participants, db.sessions, db.attendance, db.enrollments], async () => {
    const sessionDate = new Map<Id, IsoDate>();
    const groupLast = new Map<Id, IsoDate>();
    await db.sessions.each((s) => {
      sessionDate.set(s.id, s.date);
      if (s.status === 'planned' && s.date > (groupLast.get(s.groupId) ?? ''))
        groupLast.set(s.groupId, s.date);
    });
    const last = new Map<Id, IsoDate>();
    const bump = (participantId: Id, date: IsoDate | undefined) => {
      if (date && date > (last.get(participantId) ?? '')) last.set(participantId, date);
    };
    await db.attendance.each((m) => bump(m.participantId, sessionDate.get(m.sessionId)));
    await db.enrollments.each((e) => bump(e.participantId, groupLast.get(e.groupId)));
    const rows: PastTermRow[] = [];
    await db.participants
      .filter((p) => p.anonymizedAt === null)
      .each((p) => {
        const lastTrial = last.get(p.id) ?? null;
        const pupil = { lastTrial, createdOn: p.createdAt.slice(0, 10), anonymized: false };
        if (isPastRetention(pupil, years, today)) rows.push({ id: p.id, fio: joinFio(p), lastTrial });
      });
    return sortByRu(rows, (r) => r.fio);
  });
}

export interface LapsedConsentRow {
  id: Id;
  participantId: Id;
  fio: string;
  kind: ConsentKind;
  validUntil: IsoDate;
}

/** Consents whose `validUntil` has passed and that were not withdrawn, found by the `validUntil` index. */
export async function listLapsedConsents(
  today: IsoDate,
  db: ProfprobaDb = defaultDb,
): Promise<LapsedConsentRow[]> {
  return db.transaction('r', [db.participants, db.consents], async () => {
    const consents = (await db.consents.where('validUntil').below(today).toArray()).filter((c) =>
      isConsentLapsed(c, today),
    );
    const people = await db.participants.bulkGet([...new Set(consents.map((c) => c.participantId))]);
    const fio = new Map(people.flatMap((p) => (p ? [[p.id, joinFio(p)] as const] : [])));
    const rows = consents.map((c) => ({
      id: c.id,
      participantId: c.participantId,
      fio: fio.get(c.participantId) ?? '',
      kind: c.kind,
      validUntil: c.validUntil!,
    }));
    return sortByRu(rows, (r) => r.fio);
  });
}
