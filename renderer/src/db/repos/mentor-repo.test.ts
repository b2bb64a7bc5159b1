import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { EMPTY_MENTOR_FORM } from '@shared/programs';
import { mentorReferences } from '../queries/programs';
import { freshDbFactory } from '../testing/test-db';
import { loadDemoVenue } from './demo-repo';
import { deleteMentor, saveMentor, setMentorArchived } from './mentor-repo';

const freshDb = freshDbFactory('mentor-repo-test');

describe('mentor repository', () => {
  it('creates, edits, archives and restores a mentor; names typed in one case get name case', async () => {
    const db = freshDb();
    const m = await saveMentor(
      { ...EMPTY_MENTOR_FORM, lastName: 'ЁЛКИН', firstName: 'пётр', middleName: 'МакКей', email: 'a@b.ru' },
      null,
      db,
    );
    expect([m.lastName, m.firstName, m.middleName]).toEqual(['Ёлкин', 'Пётр', 'МакКей']);
    expect(m.archived).toBe(false);
    await saveMentor(
      { ...EMPTY_MENTOR_FORM, lastName: 'Ёлкин', firstName: 'Пётр', position: 'Мастер' },
      m.id,
      db,
    );
    expect((await db.mentors.get(m.id))?.position).toBe('Мастер');
    await setMentorArchived(m.id, true, db);
    expect((await db.mentors.get(m.id))?.archived).toBe(true);
    await setMentorArchived(m.id, false, db);
    expect((await db.mentors.get(m.id))?.archived).toBe(false);
  });

  it('a mentor named in sessions or programmes cannot be deleted; an unused one can', async () => {
    const db = freshDb();
    await loadDemoVenue('2026-11-24', db);
    const used = (await db.mentors.toArray())[0]!;
    expect(await mentorReferences(used.id, db)).toMatchObject({ programs: 1 });
    await expect(deleteMentor(used.id, db)).rejects.toMatchObject({
      code: 'programs.mentorInUse',
      params: { programs: 1 },
    });
    expect(await db.mentors.get(used.id)).toBeDefined();
    const unused = await saveMentor(
      { ...EMPTY_MENTOR_FORM, lastName: 'Новиков', firstName: 'Иван' },
      null,
      db,
    );
    await deleteMentor(unused.id, db);
    expect(await db.mentors.get(unused.id)).toBeUndefined();
  });
});
