import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { attendanceMarkId } from '@shared/domain';
import { ProfprobaDb } from '../database';
import { loadDemoVenue } from './demo-repo';
import { addWalkIn } from '../commands/walk-in';
import {
  findSameFio,
  listSessionsForAttendance,
  loadGroupOverview,
  loadSessionContext,
  loadSessionMarks,
  loadSessionSetup,
} from '../queries/attendance';
import { searchParticipants } from '../queries/participant-search';
import { markAllPresent, setMark, setMarkNote, setPlatformConfirmed, undoChanges } from './attendance-repo';

const TODAY = '2026-11-24';
let counter = 0;
const opened: ProfprobaDb[] = [];

async function demoDb(): Promise<ProfprobaDb> {
  counter += 1;
  const db = new ProfprobaDb(`attendance-test-${Date.now()}-${counter}`);
  opened.push(db);
  await loadDemoVenue(TODAY, db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** A future session of the demo (no marks yet) and its enrolled participants. */
async function unmarkedSession(db: ProfprobaDb) {
  const sessions = await db.sessions.where('date').above(TODAY).sortBy('date');
  const session = sessions[0]!;
  const ctx = (await loadSessionContext(session.id, db))!;
  return { session, ctx };
}

describe('attendance repository', () => {
  it('reads a session as its setup and its marks, which together make the whole context', async () => {
    const db = await demoDb();
    const { session, ctx } = await unmarkedSession(db);
    const pid = ctx.participants[0]!.id;
    await setMark(session.id, pid, 'absent', db);
    const setup = (await loadSessionSetup(session.id, db))!;
    expect(setup).not.toHaveProperty('marks');
    expect(setup.participants.map((p) => p.id)).toEqual(ctx.participants.map((p) => p.id));
    const marks = await loadSessionMarks(session.id, db);
    expect([...marks.keys()]).toEqual([pid]);
    expect(marks.get(pid)?.status).toBe('absent');
    expect(await loadSessionContext(session.id, db)).toEqual({ ...setup, marks });
    expect(await loadSessionSetup('no-such-session', db)).toBeNull();
  });

  it('sets a mark by id, replaces it, keeps the note and undoes step by step', async () => {
    const db = await demoDb();
    const { session, ctx } = await unmarkedSession(db);
    const pid = ctx.participants[0]!.id;
    const id = attendanceMarkId(session.id, pid);

    const first = await setMark(session.id, pid, 'late', db);
    expect(first.before).toBeNull();
    expect(await db.attendance.get(id)).toMatchObject({ status: 'late', groupId: session.groupId, note: '' });
    const noted = await setMarkNote(session.id, pid, '  опоздал на 10 минут ', db);
    expect((await db.attendance.get(id))?.note).toBe('опоздал на 10 минут');
    const second = await setMark(session.id, pid, 'present', db);
    expect(await db.attendance.get(id)).toMatchObject({ status: 'present', note: 'опоздал на 10 минут' });

    await undoChanges([second], db);
    expect((await db.attendance.get(id))?.status).toBe('late');
    await undoChanges([noted], db);
    expect((await db.attendance.get(id))?.note).toBe('');
    await undoChanges([first], db);
    expect(await db.attendance.get(id)).toBeUndefined();
  });

  it('refuses marks for people outside the group, on cancelled sessions and notes without a mark', async () => {
    const db = await demoDb();
    const { session, ctx } = await unmarkedSession(db);
    const outsider = (await db.participants.toArray()).find(
      (p) => !ctx.participants.some((q) => q.id === p.id),
    )!;
    await expect(setMark(session.id, outsider.id, 'present', db)).rejects.toThrow('attendance.notEnrolled');
    await expect(setMarkNote(session.id, ctx.participants[0]!.id, 'x', db)).rejects.toThrow(
      'attendance.noteNeedsMark',
    );
    await db.sessions.update(session.id, { status: 'cancelled' });
    await expect(setMark(session.id, ctx.participants[0]!.id, 'present', db)).rejects.toThrow(
      'attendance.sessionCancelled',
    );
    expect(await db.attendance.where('sessionId').equals(session.id).count()).toBe(0);
  });

  it('marks all unmarked as present in one go, leaves set marks alone, and undoes as one', async () => {
    const db = await demoDb();
    const { session, ctx } = await unmarkedSession(db);
    const absent = ctx.participants[1]!.id;
    await setMark(session.id, absent, 'absent', db);
    const changes = await markAllPresent(session.id, db);
    expect(changes).toHaveLength(ctx.participants.length - 1);
    const marks = await db.attendance.where('sessionId').equals(session.id).toArray();
    expect(marks).toHaveLength(ctx.participants.length);
    expect(marks.find((m) => m.participantId === absent)?.status).toBe('absent');
    expect(marks.filter((m) => m.status === 'present')).toHaveLength(ctx.participants.length - 1);
    await undoChanges(changes, db);
    expect(await db.attendance.where('sessionId').equals(session.id).count()).toBe(1);
  });

  it('a new walk-in is created, enrolled and marked in one transaction', async () => {
    const db = await demoDb();
    const { session, ctx } = await unmarkedSession(db);
    const school = (await db.schools.toArray())[0]!;
    const pid = await addWalkIn(
      session.id,
      {
        participant: {
          lastName: ' Ёжикова ',
          firstName: 'Анна',
          middleName: 'Ивановна',
          schoolId: school.id,
          grade: 8,
        },
      },
      'present',
      db,
    );
    const p = await db.participants.get(pid);
    expect(p).toMatchObject({
      lastName: 'Ёжикова',
      source: 'walk-in',
      fioKey: 'ежикова анна ивановна',
      grade: 8,
    });
    expect(p?.searchWords).toContain('ежикова');
    const after = (await loadSessionContext(session.id, db))!;
    expect(after.participants).toHaveLength(ctx.participants.length + 1);
    expect(after.marks.get(pid)?.status).toBe('present');
    expect((await searchParticipants('ежик ан', 20, db)).map((x) => x.id)).toEqual([pid]);
    expect(
      await findSameFio({ lastName: 'ежикова', firstName: 'АННА', middleName: 'Ивановна' }, db),
    ).toHaveLength(1);
  });

  it('an invalid walk-in writes nothing', async () => {
    const db = await demoDb();
    const { session } = await unmarkedSession(db);
    const before = [await db.participants.count(), await db.enrollments.count(), await db.attendance.count()];
    await expect(
      addWalkIn(
        session.id,
        { participant: { lastName: '', firstName: 'Анна', middleName: '', schoolId: null, grade: 8 } },
        'present',
        db,
      ),
    ).rejects.toMatchObject({ code: 'attendance.walkInInvalid', field: 'lastName' });
    await expect(
      addWalkIn(
        session.id,
        // A grade from 1 to 11 is a pupil's grade everywhere (shared/participants/quick-participant.ts).
        { participant: { lastName: 'Ким', firstName: 'Анна', middleName: '', schoolId: null, grade: 12 } },
        'present',
        db,
      ),
    ).rejects.toMatchObject({ code: 'attendance.walkInInvalid', field: 'grade' });
    await expect(
      addWalkIn(
        session.id,
        {
          participant: {
            lastName: 'Ким',
            firstName: 'Анна',
            middleName: '',
            schoolId: 'нет-такой',
            grade: 8,
          },
        },
        'present',
        db,
      ),
    ).rejects.toMatchObject({ code: 'attendance.walkInSchoolNotFound', field: 'schoolId' });
    expect([
      await db.participants.count(),
      await db.enrollments.count(),
      await db.attendance.count(),
    ]).toEqual(before);
  });

  it('an existing participant as walk-in: enrolled once, a waiting-list entry becomes enrolled', async () => {
    const db = await demoDb();
    const { session, ctx } = await unmarkedSession(db);
    const outsiders = (await db.participants.toArray()).filter(
      (p) => !ctx.participants.some((q) => q.id === p.id),
    );
    const [a, b] = outsiders as [(typeof outsiders)[0], (typeof outsiders)[0]];
    await db.enrollments.add({
      id: 'waiting-b',
      groupId: session.groupId,
      participantId: b.id,
      status: 'waiting',
      position: 0,
      createdAt: '2026-11-01T00:00:00.000Z',
    });
    await addWalkIn(session.id, { participantId: a.id }, 'late', db);
    await addWalkIn(session.id, { participantId: a.id }, 'present', db);
    await addWalkIn(session.id, { participantId: b.id }, 'present', db);
    const enrollments = await db.enrollments.where('groupId').equals(session.groupId).toArray();
    expect(enrollments.filter((e) => e.participantId === a.id)).toHaveLength(1);
    expect(enrollments.find((e) => e.participantId === b.id)?.status).toBe('enrolled');
    const after = (await loadSessionContext(session.id, db))!;
    expect(after.marks.get(a.id)?.status).toBe('present');
    expect(after.participants).toHaveLength(ctx.participants.length + 2);
  });

  it('flags a session as confirmed on the platform and lists held sessions not yet confirmed', async () => {
    const db = await demoDb();
    const rows = await listSessionsForAttendance(db);
    const held = rows.filter((r) => r.session.date < TODAY && r.marked > 0);
    const pending = held.filter((r) => !r.session.platformConfirmedOn);
    expect(held.length).toBeGreaterThan(0);
    const target = pending[0] ?? held[0]!;
    await setPlatformConfirmed(target.session.id, '2026-11-20', db);
    expect((await db.sessions.get(target.session.id))?.platformConfirmedOn).toBe('2026-11-20');
    await setPlatformConfirmed(target.session.id, null, db);
    expect((await db.sessions.get(target.session.id))?.platformConfirmedOn).toBeNull();
    await expect(setPlatformConfirmed(target.session.id, '20.11.2026', db)).rejects.toThrow(
      'attendance.platformDate',
    );
    const row = rows.find((r) => r.session.id === target.session.id)!;
    expect(row.enrolled).toBeGreaterThanOrEqual(row.marked);
    expect(row.programTitle).not.toBe('—');
  });

  it('loads a group overview: sessions in order, enrolled participants sorted, all marks', async () => {
    const db = await demoDb();
    const group = (await db.groups.toArray())[0]!;
    const overview = (await loadGroupOverview(group.id, db))!;
    expect(overview.sessions).toHaveLength(2);
    expect(overview.sessions[0]!.date < overview.sessions[1]!.date).toBe(true);
    expect(overview.marks.length).toBe(overview.participants.length * 2);
    expect(await loadGroupOverview('missing', db)).toBeNull();
  });
});
