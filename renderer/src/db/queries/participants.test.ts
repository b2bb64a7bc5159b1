import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { Enrollment, Group, Participant, Program, School, Session } from '@shared/domain';
import type { AttendanceMark } from '@shared/domain';
import { freshDbFactory } from '../testing/test-db';
import { TEST_NOW, testConsent, testParticipant } from '../testing/records';
import { anonymizeParticipant } from '../repos/participant-repo';
import {
  anonymizedParticipantIds,
  consentsOfParticipant,
  getParticipant,
  listFirstByFio,
  listParticipants,
  loadExistingData,
  participantActivity,
  personalDataConsentStatus,
  prefetchListHead,
  pupilCountsBySchool,
  takeListHead,
} from './participants';

const freshDb = freshDbFactory('participant-queries');
const now = TEST_NOW;

const person = (id: string, lastName: string, schoolId: string | null): Participant =>
  testParticipant({ id, lastName, schoolId });

const consent = testConsent;

describe('participant queries', () => {
  it('read ОВЗ and nosology only under a health consent valid today (the list, its export, the card)', async () => {
    const db = freshDb();
    const withOvz = (id: string, lastName: string) => ({
      ...person(id, lastName, 's1'),
      hasDisability: true,
      nosology: 'Нарушения слуха',
    });
    await db.participants.bulkAdd([
      withOvz('p1', 'Яковлева'),
      withOvz('p2', 'Алёшина'),
      person('p3', 'Борисова', null),
    ]);
    // p1's health consent ran out yesterday; p2's runs until the summer.
    await db.consents.bulkAdd([
      { ...consent('c1', 'p1', 'health'), validUntil: '2026-11-30' },
      { ...consent('c2', 'p2', 'health'), validUntil: '2027-08-31' },
      consent('c3', 'p1', 'personal-data'),
    ]);
    const today = '2026-12-01';
    const list = new Map((await listParticipants(db, today)).map((p) => [p.id, p]));
    expect(list.get('p1')).toMatchObject({ hasDisability: false, nosology: '' });
    expect(list.get('p2')).toMatchObject({ hasDisability: true, nosology: 'Нарушения слуха' });
    expect(list.get('p3')).toMatchObject({ hasDisability: false });
    expect(await getParticipant('p1', db, today)).toMatchObject({ hasDisability: false, nosology: '' });
    expect(await getParticipant('p1', db, '2026-11-30')).toMatchObject({ hasDisability: true });
    const first = await listFirstByFio(3, db, today);
    expect(first.find((p) => p.id === 'p1')?.hasDisability).toBe(false);
    expect(first.find((p) => p.id === 'p2')?.hasDisability).toBe(true);
  });

  it('lists everyone in ФИО order by the index (Cyrillic, then Latin, then the anonymised), and loses no one', async () => {
    const db = freshDb();
    await db.participants.bulkAdd([
      person('p1', 'Яковлева', null),
      { ...person('p2', 'Smith', null), firstName: 'John' },
      person('p3', 'Алёшина', null),
      // Anonymised: keyed `~id`, last in the list.
      { ...person('p4', 'Борисова', null), fioKey: '~p4', anonymizedAt: now },
      person('p5', 'Ёлкина', null),
    ]);
    const ids = async () => (await listParticipants(db, '2026-12-01')).map((p) => p.id);
    expect(await ids()).toEqual(['p3', 'p5', 'p1', 'p2', 'p4']);
    // A record outside the index (no key, as no write leaves it) is still listed: the store is read whole.
    await db.participants.put({
      ...person('p6', 'Безключева', null),
      fioKey: undefined as unknown as string,
    });
    expect((await ids()).sort()).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
  });

  it('finds the anonymised participants by the index, and no one else', async () => {
    const db = freshDb();
    await db.participants.bulkAdd([
      person('p1', 'Яковлева', null),
      person('p2', 'Алёшина', null),
      { ...person('p3', 'Smith', null), firstName: 'John' },
    ]);
    expect(await anonymizedParticipantIds(db)).toEqual([]);
    await anonymizeParticipant('p2', db);
    expect(await anonymizedParticipantIds(db)).toEqual(['p2']);
  });

  it('read one participant, their consents, the first rows by ФИО and pupils per school', async () => {
    const db = freshDb();
    await db.participants.bulkAdd([
      person('p1', 'Яковлева', 's1'),
      person('p2', 'Алёшина', 's1'),
      person('p3', 'Борисова', null),
    ]);
    await db.consents.bulkAdd([consent('c1', 'p1', 'personal-data'), consent('c2', 'p2', 'health')]);
    expect((await getParticipant('p1', db))?.lastName).toBe('Яковлева');
    expect(await getParticipant('nobody', db)).toBeNull();
    expect((await consentsOfParticipant('p1', db)).map((c) => c.id)).toEqual(['c1']);
    expect((await listFirstByFio(2, db)).map((p) => p.lastName)).toEqual(['Алёшина', 'Борисова']);
    expect([...(await pupilCountsBySchool(db))]).toEqual([['s1', 2]]);
    const status = await personalDataConsentStatus('2026-10-01', db);
    expect(status.get('p1')).toBe('valid');
    expect(status.has('p2')).toBe(false);
    const existing = await loadExistingData(db);
    expect(existing.participants).toHaveLength(3);
    expect([...existing.healthConsentIds]).toEqual(['p2']);
  });

  it("reads a participant's groups with dates and completion in one go", async () => {
    const db = freshDb();
    const school: School = {
      id: 's1',
      fullName: 'МОУ СОШ № 1',
      shortName: '',
      nameKey: 'моу сош № 1',
      municipality: '',
      inn: '',
      navigatorName: '',
      navigatorPhone: '',
      navigatorEmail: '',
      createdAt: now,
      updatedAt: now,
    };
    await db.schools.add(school);
    await db.participants.add(person('p1', 'Яковлева', 's1'));
    const program = { id: 'pr1', title: 'Робототехника', completion: { mode: 'all' } } as unknown as Program;
    await db.programs.add(program);
    const groups: Group[] = ['g1', 'g2'].map((id) => ({
      id,
      programId: 'pr1',
      name: `Группа ${id}`,
      capacity: 10,
      note: '',
      createdAt: now,
      updatedAt: now,
    }));
    await db.groups.bulkAdd(groups);
    const session = (id: string, groupId: string, date: string, status: Session['status']) =>
      ({ id, groupId, date, start: '10:00', end: '11:00', status }) as unknown as Session;
    await db.sessions.bulkAdd([
      session('a1', 'g1', '2026-10-02', 'planned'),
      session('a2', 'g1', '2026-10-01', 'planned'),
      session('a3', 'g1', '2026-10-03', 'cancelled'),
      session('b1', 'g2', '2026-11-01', 'planned'),
    ]);
    const enrollment = (id: string, groupId: string) =>
      ({ id, groupId, participantId: 'p1', status: 'enrolled' }) as unknown as Enrollment;
    await db.enrollments.bulkAdd([enrollment('e1', 'g1'), enrollment('e2', 'g2')]);
    const mark = (id: string, sessionId: string, groupId: string) =>
      ({ id, sessionId, groupId, participantId: 'p1', status: 'present' }) as unknown as AttendanceMark;
    await db.attendance.bulkAdd([mark('m1', 'a1', 'g1'), mark('m2', 'a2', 'g1')]);

    const rows = await participantActivity('p1', db);
    const g1 = rows.find((r) => r.enrollment.id === 'e1')!;
    expect(g1).toMatchObject({ first: '2026-10-01', last: '2026-10-02', group: { name: 'Группа g1' } });
    expect(g1.program?.title).toBe('Робототехника');
    expect(g1.completion).toMatchObject({ attended: 2, sessionCount: 2, completed: true });
    const g2 = rows.find((r) => r.enrollment.id === 'e2')!;
    expect(g2.completion).toMatchObject({ attended: 0, completed: false });
    expect(await participantActivity('nobody', db)).toEqual([]);
  });

  it("prefetches the list's first screen once: taken by the next list page only, and not when stale", async () => {
    const db = freshDb();
    await db.participants.bulkAdd([person('p1', 'Яковлева', 's1'), person('p2', 'Алёшина', 's1')]);
    await db.schools.add({ id: 's1', shortName: 'Школа № 1' } as unknown as School);
    expect(takeListHead()).toBeNull();
    prefetchListHead(db);
    const head = takeListHead();
    expect(head).not.toBeNull();
    const value = await head!.done;
    expect(value?.rows.map((p) => p.lastName)).toEqual(['Алёшина', 'Яковлева']);
    expect(value?.schools.map((s) => s.id)).toEqual(['s1']);
    // The started object holds the answer for a page that renders after it came.
    expect(head!.value).toBe(value);
    // Taken once: a later visit reads for itself.
    expect(takeListHead()).toBeNull();
    // A navigation that never reached the list leaves a read nobody takes after a few seconds.
    vi.useFakeTimers({ toFake: ['performance'] });
    try {
      prefetchListHead(db);
      vi.advanceTimersByTime(6000);
      expect(takeListHead()).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
