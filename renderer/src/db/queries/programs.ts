import { VENUE_ID, type Id, type Mentor, type Place, type Program, type Venue } from '@shared/domain';
import type { MentorReferences, PlaceReferences, ProgramReferences } from '@shared/programs';
import { db as defaultDb, type ProfprobaDb } from '../index';

/**
 * Read models of the «Программы» section: the catalogue and its two directories (mentors and places), and
 * what refers to each record (which decides between deleting and archiving it).
 */

export async function listPrograms(db: ProfprobaDb = defaultDb): Promise<Program[]> {
  return db.programs.toArray();
}

/** The programme, or null when it is not there (a live query then tells «loading» from «not found»). */
export async function findProgram(id: Id, db: ProfprobaDb = defaultDb): Promise<Program | null> {
  return (await db.programs.get(id)) ?? null;
}

export async function listMentors(db: ProfprobaDb = defaultDb): Promise<Mentor[]> {
  return db.mentors.toArray();
}

export async function findMentor(id: Id, db: ProfprobaDb = defaultDb): Promise<Mentor | null> {
  return (await db.mentors.get(id)) ?? null;
}

export async function listPlaces(db: ProfprobaDb = defaultDb): Promise<Place[]> {
  return db.places.toArray();
}

export async function findPlace(id: Id, db: ProfprobaDb = defaultDb): Promise<Place | null> {
  return (await db.places.get(id)) ?? null;
}

export async function programReferences(id: Id, db: ProfprobaDb = defaultDb): Promise<ProgramReferences> {
  const [groups, sessions, certificates] = await Promise.all([
    db.groups.where('programId').equals(id).count(),
    db.sessions.where('programId').equals(id).count(),
    db.certificates.where('programId').equals(id).count(),
  ]);
  return { groups, sessions, certificates };
}

export async function mentorReferences(id: Id, db: ProfprobaDb = defaultDb): Promise<MentorReferences> {
  const [sessions, programs] = await Promise.all([
    db.sessions.where('mentorIds').equals(id).count(),
    db.programs.where('mentorIds').equals(id).count(),
  ]);
  return { sessions, programs };
}

export async function placeReferences(id: Id, db: ProfprobaDb = defaultDb): Promise<PlaceReferences> {
  return { sessions: await db.sessions.where('placeId').equals(id).count() };
}

export interface PassportData {
  program: Program;
  mentors: Mentor[];
  venue: Venue | undefined;
}

/**
 * What the programme passport prints, read in one transaction so the three parts agree; null when the
 * programme is gone. Reads the stored programme, not the form: the passport shows what was saved.
 */
export async function passportData(id: Id, db: ProfprobaDb = defaultDb): Promise<PassportData | null> {
  return db.transaction('r', [db.programs, db.mentors, db.venue], async () => {
    const program = await db.programs.get(id);
    if (!program) return null;
    const [mentors, venue] = await Promise.all([db.mentors.toArray(), db.venue.get(VENUE_ID)]);
    return { program, mentors, venue };
  });
}
