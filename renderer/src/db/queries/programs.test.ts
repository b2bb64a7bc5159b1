import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { EMPTY_MENTOR_FORM } from '@shared/programs';
import { loadDemoVenue } from '../repos/demo-repo';
import { saveMentor } from '../repos/mentor-repo';
import { freshDbFactory } from '../testing/test-db';
import {
  findMentor,
  findPlace,
  findProgram,
  listMentors,
  listPlaces,
  listPrograms,
  mentorReferences,
  passportData,
  placeReferences,
  programReferences,
} from './programs';

const freshDb = freshDbFactory('program-queries-test');

describe('programme queries', () => {
  it('list and find the catalogue and the directories; a missing record is null', async () => {
    const db = freshDb();
    expect(await listPrograms(db)).toEqual([]);
    await loadDemoVenue('2026-11-24', db);
    const programs = await listPrograms(db);
    const mentors = await listMentors(db);
    const places = await listPlaces(db);
    expect(programs.length).toBeGreaterThan(0);
    expect(mentors.length).toBeGreaterThan(0);
    expect(places.length).toBeGreaterThan(0);
    expect(await findProgram(programs[0]!.id, db)).toEqual(programs[0]);
    expect(await findMentor(mentors[0]!.id, db)).toEqual(mentors[0]);
    expect(await findPlace(places[0]!.id, db)).toEqual(places[0]);
    expect(await findProgram('nope', db)).toBeNull();
    expect(await findMentor('nope', db)).toBeNull();
    expect(await findPlace('nope', db)).toBeNull();
  });

  it('count what refers to a record', async () => {
    const db = freshDb();
    await loadDemoVenue('2026-11-24', db);
    const program = (await listPrograms(db))[0]!;
    const refs = await programReferences(program.id, db);
    expect(refs.groups).toBe(await db.groups.where('programId').equals(program.id).count());
    expect(refs.sessions).toBe(await db.sessions.where('programId').equals(program.id).count());
    const place = (await listPlaces(db))[0]!;
    expect((await placeReferences(place.id, db)).sessions).toBeGreaterThan(0);
    const fresh = await saveMentor(
      { ...EMPTY_MENTOR_FORM, lastName: 'Новиков', firstName: 'Иван' },
      null,
      db,
    );
    expect(await mentorReferences(fresh.id, db)).toEqual({ sessions: 0, programs: 0 });
  });

  it('reads what the passport prints, or null when the programme is gone', async () => {
    const db = freshDb();
    await loadDemoVenue('2026-11-24', db);
    const program = (await listPrograms(db))[0]!;
    const data = await passportData(program.id, db);
    expect(data?.program.id).toBe(program.id);
    expect(data?.mentors.length).toBe(await db.mentors.count());
    expect(data?.venue).toBeDefined();
    expect(await passportData('nope', db)).toBeNull();
  });
});
