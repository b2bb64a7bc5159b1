import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ATTENDED_STATUSES } from '@shared/domain';
import { loadDemoVenue } from '../repos/demo-repo';
import { setMark } from '../repos/attendance-repo';
import { freshDbFactory } from '../testing/test-db';
import {
  findSameFio,
  listProgramsForFilter,
  listSchoolsForWalkIn,
  listSessionsForAttendance,
  loadSessionContext,
} from './attendance';

const TODAY = '2026-11-24';
const freshDb = freshDbFactory('attendance-queries-test');

describe('attendance queries', () => {
  it('counts marked and attended (present or late) per session in the list', async () => {
    const db = freshDb();
    await loadDemoVenue(TODAY, db);
    const session = (await db.sessions.where('date').above(TODAY).sortBy('date'))[0]!;
    const ctx = (await loadSessionContext(session.id, db))!;
    const [a, b, c] = ctx.participants;
    await setMark(session.id, a!.id, 'present', db);
    await setMark(session.id, b!.id, 'late', db);
    await setMark(session.id, c!.id, 'absent', db);
    const row = (await listSessionsForAttendance(db)).find((r) => r.session.id === session.id)!;
    expect(row).toMatchObject({ marked: 3, attended: 2, enrolled: ctx.participants.length });
    expect(ATTENDED_STATUSES).toEqual(['present', 'late']);
  });

  it('lists programmes and schools in Russian order and finds the same ФИО', async () => {
    const db = freshDb();
    await loadDemoVenue(TODAY, db);
    const titles = (await listProgramsForFilter(db)).map((p) => p.title);
    expect(titles).toEqual([...titles].sort((x, y) => x.localeCompare(y, 'ru')));
    expect((await listSchoolsForWalkIn(db)).length).toBe(await db.schools.count());
    const someone = (await db.participants.toArray()).find((p) => !p.anonymizedAt)!;
    const same = await findSameFio(
      {
        lastName: ` ${someone.lastName.toUpperCase()} `,
        firstName: someone.firstName,
        middleName: someone.middleName,
      },
      db,
    );
    expect(same.map((p) => p.id)).toContain(someone.id);
    expect(await findSameFio({ lastName: '', firstName: '', middleName: '' }, db)).toEqual([]);
  });
});
