import { newId, type Mentor } from '@shared/domain';
import { mentorDeleteRefusal, mentorFormSchema, type MentorFormValues } from '@shared/programs';
import { RuleError } from '@shared/errors';
import { capitalizeName } from '@shared/text/fio';
import { cleanSpaces } from '@shared/text/normalize';
import { db as defaultDb, type ProfprobaDb } from '../index';
import { mentorReferences } from '../queries/programs';
import { logAction } from './audit-repo';

/** A name typed in one case is brought to name case («ИВАНОВ» → «Иванов»); mixed case is kept. */
function nameCase(text: string): string {
  const s = cleanSpaces(text);
  return s === s.toLocaleUpperCase('ru') || s === s.toLocaleLowerCase('ru')
    ? s.split(' ').map(capitalizeName).join(' ')
    : s;
}

export async function saveMentor(
  input: MentorFormValues,
  id: string | null,
  db: ProfprobaDb = defaultDb,
): Promise<Mentor> {
  const v = mentorFormSchema.parse(input);
  return db.transaction('rw', db.mentors, async () => {
    const current = id ? await db.mentors.get(id) : undefined;
    if (id && !current) throw new RuleError('programs.mentorNotFound');
    const now = new Date().toISOString();
    const mentor: Mentor = {
      ...v,
      lastName: nameCase(v.lastName),
      firstName: nameCase(v.firstName),
      middleName: nameCase(v.middleName),
      position: cleanSpaces(v.position),
      organization: cleanSpaces(v.organization),
      profession: cleanSpaces(v.profession),
      id: current?.id ?? newId(),
      archived: current?.archived ?? false,
      createdAt: current?.createdAt ?? now,
      updatedAt: now,
    };
    await db.mentors.put(mentor);
    return mentor;
  });
}

export async function setMentorArchived(
  id: string,
  archived: boolean,
  db: ProfprobaDb = defaultDb,
): Promise<void> {
  const changed = await db.mentors.update(id, { archived, updatedAt: new Date().toISOString() });
  if (!changed) throw new RuleError('programs.mentorNotFound');
}

export async function deleteMentor(id: string, db: ProfprobaDb = defaultDb): Promise<void> {
  await db.transaction('rw', [db.mentors, db.sessions, db.programs, db.journal], async () => {
    if (!(await db.mentors.get(id))) throw new RuleError('programs.mentorNotFound');
    const refusal = mentorDeleteRefusal(await mentorReferences(id, db));
    if (refusal) throw refusal;
    await db.mentors.delete(id);
    await logAction('delete', 'mentor', id, { code: 'mentorDeleted' }, db);
  });
}
