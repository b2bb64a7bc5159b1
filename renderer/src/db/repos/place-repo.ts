import { newId, type Place } from '@shared/domain';
import { placeDeleteRefusal, placeFormSchema, type PlaceFormValues } from '@shared/programs';
import { RuleError } from '@shared/errors';
import { cleanSpaces } from '@shared/text/normalize';
import { db as defaultDb, type ProfprobaDb } from '../index';
import { placeReferences } from '../queries/programs';
import { logAction } from './audit-repo';

export async function savePlace(
  input: PlaceFormValues,
  id: string | null,
  db: ProfprobaDb = defaultDb,
): Promise<Place> {
  const v = placeFormSchema.parse(input);
  return db.transaction('rw', db.places, async () => {
    const current = id ? await db.places.get(id) : undefined;
    if (id && !current) throw new RuleError('programs.placeNotFound');
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
  if (!changed) throw new RuleError('programs.placeNotFound');
}

export async function deletePlace(id: string, db: ProfprobaDb = defaultDb): Promise<void> {
  await db.transaction('rw', [db.places, db.sessions, db.journal], async () => {
    if (!(await db.places.get(id))) throw new RuleError('programs.placeNotFound');
    const refusal = placeDeleteRefusal(await placeReferences(id, db));
    if (refusal) throw refusal;
    await db.places.delete(id);
    await logAction('delete', 'place', id, { code: 'placeDeleted' }, db);
  });
}
