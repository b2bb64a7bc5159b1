import { newId, type Mentor } from '@shared/domain';
import { mentorFormSchema, type MentorFormValues } from '@shared/programs';
import { plural } from '@shared/text/collation';
import { capitalizeName } from '@shared/text/fio';
import { cleanSpaces } from '@shared/text/normalize';
import { db as defaultDb, type ProfprobaDb } from '../index';
import { logAction } from './audit-repo';

export interface MentorReferences {
  sessions: number;
  programs: number;
}

/** A mentor named in sessions or programmes is archived, never deleted. */
export class MentorInUseError extends Error {
  constructor(readonly references: MentorReferences) {
    super(mentorInUseMessage(references));
  }
}

export function mentorInUseMessage(r: MentorReferences): string {
  const parts = [
    r.programs > 0 && `${r.programs} ${plural(r.programs, ['программе', 'программах', 'программах'])}`,
    r.sessions > 0 && `${r.sessions} ${plural(r.sessions, ['занятии', 'занятиях', 'занятиях'])}`,
  ].filter(Boolean);
  return `Наставника нельзя удалить: он указан в ${parts.join(' и ')}. Его можно отправить в архив — записи сохранятся, а в новых занятиях его не будет в списке.`;
}

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
    if (id && !current) throw new Error('Наставник не найден: возможно, его уже удалили.');
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
  if (!changed) throw new Error('Наставник не найден: возможно, его уже удалили.');
}

export async function mentorReferences(id: string, db: ProfprobaDb = defaultDb): Promise<MentorReferences> {
  const [sessions, programs] = await Promise.all([
    db.sessions.where('mentorIds').equals(id).count(),
    db.programs.where('mentorIds').equals(id).count(),
  ]);
  return { sessions, programs };
}

export async function deleteMentor(id: string, db: ProfprobaDb = defaultDb): Promise<void> {
  await db.transaction('rw', [db.mentors, db.sessions, db.programs, db.auditLog], async () => {
    if (!(await db.mentors.get(id))) throw new Error('Наставник не найден: возможно, его уже удалили.');
    const refs = await mentorReferences(id, db);
    if (refs.sessions + refs.programs > 0) throw new MentorInUseError(refs);
    await db.mentors.delete(id);
    await logAction('delete', 'mentor', id, 'Удалён наставник, не указанный в занятиях и программах', db);
  });
}
