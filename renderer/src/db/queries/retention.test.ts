import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Consent } from '@shared/domain';
import { retentionEndDay } from '@shared/participants/retention';
import { addDays } from '@shared/dates';
import { freshDbFactory } from '../testing/test-db';
import { loadDemoVenue } from '../repos/demo-repo';
import { anonymizeParticipants } from '../repos/participant-repo';
import { listLapsedConsents, listPastRetentionTerm } from './retention';

const freshDb = freshDbFactory('retention-queries');

async function demoDb() {
  const db = freshDb();
  await loadDemoVenue('2026-11-24', db);
  return db;
}

/** Leaves the pupil exactly one trial: one mark at the given session, no enrollments. */
async function oneTrial(db: Awaited<ReturnType<typeof demoDb>>) {
  const mark = (await db.attendance.toArray())[0]!;
  const session = (await db.sessions.get(mark.sessionId))!;
  const id = mark.participantId;
  await db.enrollments.where('participantId').equals(id).delete();
  await db.attendance
    .where('participantId')
    .equals(id)
    .filter((m) => m.id !== mark.id)
    .delete();
  return { id, date: session.date };
}

describe('pupils past the retention term', () => {
  it('lists a pupil from the day their last trial is the term ago, and not the day before', async () => {
    const db = await demoDb();
    const { id, date } = await oneTrial(db);
    const end = retentionEndDay(date, 3);
    expect((await listPastRetentionTerm(addDays(end, -1), 3, db)).map((r) => r.id)).not.toContain(id);
    const rows = await listPastRetentionTerm(end, 3, db);
    expect(rows.find((r) => r.id === id)).toMatchObject({ id, lastTrial: date });
    // A shorter term lists them earlier.
    expect((await listPastRetentionTerm(retentionEndDay(date, 1), 1, db)).map((r) => r.id)).toContain(id);
  });

  it('counts from the day the record was made when the pupil never had a trial, sorted by ФИО', async () => {
    const db = await demoDb();
    const p = (await db.participants.toArray()).find((x) => x.anonymizedAt === null)!;
    await db.enrollments.where('participantId').equals(p.id).delete();
    await db.attendance.where('participantId').equals(p.id).delete();
    await db.participants.update(p.id, { createdAt: '2020-01-15T10:00:00.000Z' });
    const rows = await listPastRetentionTerm('2026-11-24', 3, db);
    expect(rows).toEqual([
      { id: p.id, fio: `${p.lastName} ${p.firstName} ${p.middleName}`.trim(), lastTrial: null },
    ]);
    expect(await listPastRetentionTerm('2023-01-14', 3, db)).toEqual([]);
  });

  it('anonymises the chosen pupils in one transaction with one journal entry, keeping the marks', async () => {
    const db = await demoDb();
    const far = addDays('2026-11-24', 365 * 10);
    const all = await listPastRetentionTerm(far, 3, db);
    const chosen = all.slice(0, 3).map((r) => r.id);
    const marksBefore = await db.attendance.count();
    const journalBefore = await db.journal.count();

    // All or nothing: an unknown id rolls the whole batch back.
    await expect(anonymizeParticipants([...chosen, 'missing'], db)).rejects.toMatchObject({
      code: 'participants.notFound',
    });
    expect(await db.journal.count()).toBe(journalBefore);
    expect((await db.participants.bulkGet(chosen)).every((p) => p?.anonymizedAt === null)).toBe(true);

    expect(await anonymizeParticipants(chosen, db)).toBe(3);
    expect(
      (await db.participants.bulkGet(chosen)).every(
        (p) => p?.anonymizedAt && p.firstName === '' && p.birthDate === null,
      ),
    ).toBe(true);
    expect(await db.attendance.count()).toBe(marksBefore);
    const entries = await db.journal.toArray();
    expect(entries).toHaveLength(journalBefore + 1);
    const entry = entries.find((e) => e.code === 'participantsAnonymizedByTerm')!;
    expect(entry.params).toMatchObject({ participants: 3 });
    expect(JSON.stringify(entry)).not.toMatch(/[А-Яа-яЁё]/);
    expect((await listPastRetentionTerm(far, 3, db)).map((r) => r.id)).toEqual(all.slice(3).map((r) => r.id));
  });
});

describe('consents past validUntil', () => {
  it('lists consents that ran out before today and were not withdrawn', async () => {
    const db = await demoDb();
    const p = (await db.participants.toArray())[0]!;
    const base: Omit<Consent, 'id' | 'validUntil' | 'withdrawnOn'> = {
      participantId: p.id,
      kind: 'media',
      guardianName: 'Представитель',
      guardianRelation: 'мать',
      signedOn: '2020-09-01',
      scan: null,
      createdAt: '2020-09-01T00:00:00.000Z',
      updatedAt: '2020-09-01T00:00:00.000Z',
    };
    await db.consents.bulkAdd([
      { ...base, id: 'c-lapsed', validUntil: '2021-05-31', withdrawnOn: null },
      { ...base, id: 'c-withdrawn', validUntil: '2021-05-31', withdrawnOn: '2021-01-10' },
      { ...base, id: 'c-today', validUntil: '2021-06-01', withdrawnOn: null },
    ]);
    const rows = await listLapsedConsents('2021-06-01', db);
    expect(rows).toEqual([
      {
        id: 'c-lapsed',
        participantId: p.id,
        fio: `${p.lastName} ${p.firstName} ${p.middleName}`.trim(),
        kind: 'media',
        validUntil: '2021-05-31',
      },
    ]);
  });
});
