import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadSessionContext } from '../queries/attendance';
import { loadDemoVenue } from '../repos/demo-repo';
import { freshDbFactory } from '../testing/test-db';
import { addWalkIn } from './walk-in';

const TODAY = '2026-11-24';
const freshDb = freshDbFactory('walk-in-test');

async function setup() {
  const db = freshDb();
  await loadDemoVenue(TODAY, db);
  const session = (await db.sessions.where('date').above(TODAY).sortBy('date'))[0]!;
  return { db, session };
}

const counts = (db: Awaited<ReturnType<typeof setup>>['db']) =>
  Promise.all([db.participants.count(), db.enrollments.count(), db.attendance.count()]);

describe('walk-in command', () => {
  it('accepts a pupil of any grade 1–11, as the participant form does', async () => {
    const { db, session } = await setup();
    const pid = await addWalkIn(
      session.id,
      { participant: { lastName: 'Ким', firstName: 'Анна', middleName: '', schoolId: null, grade: 4 } },
      'late',
      db,
    );
    expect(await db.participants.get(pid)).toMatchObject({ grade: 4, source: 'walk-in' });
    expect((await loadSessionContext(session.id, db))!.marks.get(pid)?.status).toBe('late');
  });

  it('leaves nothing behind when a later step refuses: a cancelled session', async () => {
    const { db, session } = await setup();
    await db.sessions.update(session.id, { status: 'cancelled' });
    const before = await counts(db);
    await expect(
      addWalkIn(
        session.id,
        { participant: { lastName: 'Ким', firstName: 'Анна', middleName: '', schoolId: null, grade: 8 } },
        'present',
        db,
      ),
    ).rejects.toThrow('attendance.sessionCancelled');
    expect(await counts(db)).toEqual(before);
  });

  it('refuses an anonymised participant and writes nothing', async () => {
    const { db, session } = await setup();
    const ctx = (await loadSessionContext(session.id, db))!;
    const outsider = (await db.participants.toArray()).find(
      (p) => !ctx.participants.some((q) => q.id === p.id),
    )!;
    await db.participants.update(outsider.id, { anonymizedAt: '2026-11-01T00:00:00.000Z' });
    const before = await counts(db);
    await expect(addWalkIn(session.id, { participantId: outsider.id }, 'present', db)).rejects.toThrow(
      'schedule.participantAnonymized',
    );
    await expect(addWalkIn(session.id, { participantId: 'missing' }, 'present', db)).rejects.toThrow(
      'schedule.participantNotFound',
    );
    expect(await counts(db)).toEqual(before);
  });
});
