import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { EMPTY_PLACE_FORM } from '@shared/programs';
import { freshDbFactory } from '../testing/test-db';
import { loadDemoVenue } from './demo-repo';
import { placeReferences } from '../queries/programs';
import { deletePlace, savePlace, setPlaceArchived } from './place-repo';

const freshDb = freshDbFactory('place-repo-test');

describe('place repository', () => {
  it('creates and edits a place; refuses an online room without a link', async () => {
    const db = freshDb();
    const p = await savePlace({ ...EMPTY_PLACE_FORM, name: ' Ауд.  104 ', capacity: 12 }, null, db);
    expect(p.name).toBe('Ауд. 104');
    await savePlace({ ...EMPTY_PLACE_FORM, name: 'Ауд. 104', kind: 'workshop', capacity: 14 }, p.id, db);
    expect((await db.places.get(p.id))?.kind).toBe('workshop');
    await expect(
      savePlace({ ...EMPTY_PLACE_FORM, name: 'Онлайн', kind: 'online' }, null, db),
    ).rejects.toThrow();
    expect(await db.places.count()).toBe(1);
  });

  it('a place used by sessions is archived rather than deleted', async () => {
    const db = freshDb();
    await loadDemoVenue('2026-11-24', db);
    const used = (await db.places.toArray())[0]!;
    const refs = await placeReferences(used.id, db);
    expect(refs.sessions).toBeGreaterThan(0);
    await expect(deletePlace(used.id, db)).rejects.toMatchObject({
      code: 'programs.placeInUse',
      params: refs,
    });
    await setPlaceArchived(used.id, true, db);
    expect((await db.places.get(used.id))?.archived).toBe(true);
    const unused = await savePlace({ ...EMPTY_PLACE_FORM, name: 'Актовый зал' }, null, db);
    await deletePlace(unused.id, db);
    expect(await db.places.get(unused.id)).toBeUndefined();
  });
});
