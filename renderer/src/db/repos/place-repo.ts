import { newId, type Place } from '@shared/domain';
import { placeFormSchema, type PlaceFormValues } from '@shared/programs';
import { plural } from '@shared/text/collation';
import { cleanSpaces } from '@shared/text/normalize';
import { db as defaultDb, type ProfprobaDb } from '../index';
import { logAction } from './audit-repo';

/** A place used by sessions is archived, never deleted. */
export class PlaceInUseError extends Error {
  constructor(readonly sessions: number) {
    super(
      `Место нельзя удалить: оно указано в ${sessions} ${plural(sessions, ['занятии', 'занятиях', 'занятиях'])}. Его можно отправить в архив — расписание сохранится, а в новых занятиях его не будет в списке.`,
    );
  }
}

export async function savePlace(
  input: PlaceFormValues,
  id: string | null,
  db: ProfprobaDb = defaultDb,
): Promise<Place> {
  const v = placeFormSchema.parse(input);
  return db.transaction('rw', db.places, async () => {
    const current = id ? await db.places.get(id) : undefined;
    if (id && !current) throw new Error('Место не найдено: возможно, его уже удалили.');
    const now = new Date().toISOString();
    const place: Place = {
      ...v,
      name: cleanSpaces(v.name),
      address: cleanSpaces(v.address),
      id: current?.id ?? newId(),
      archived: current?.archived ?? false,
      createdAt: current?.createdAt ?? now,
      updatedAt: now,
    };
    await db.places.put(place);
    return place;
  });
}

export async function setPlaceArchived(
  id: string,
  archived: boolean,
  db: ProfprobaDb = defaultDb,
): Promise<void> {
  const changed = await db.places.update(id, { archived, updatedAt: new Date().toISOString() });
  if (!changed) throw new Error('Место не найдено: возможно, его уже удалили.');
}

export async function placeReferences(id: string, db: ProfprobaDb = defaultDb): Promise<number> {
  return db.sessions.where('placeId').equals(id).count();
}

export async function deletePlace(id: string, db: ProfprobaDb = defaultDb): Promise<void> {
  await db.transaction('rw', [db.places, db.sessions, db.auditLog], async () => {
    if (!(await db.places.get(id))) throw new Error('Место не найдено: возможно, его уже удалили.');
    const sessions = await placeReferences(id, db);
    if (sessions > 0) throw new PlaceInUseError(sessions);
    await db.places.delete(id);
    await logAction('delete', 'place', id, 'Удалено место проведения, не указанное в занятиях', db);
  });
}
