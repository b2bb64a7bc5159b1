import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { EMPTY_PROGRAM_FORM, type ProgramFormValues } from '@shared/programs';
import { RuleError } from '@shared/errors';
import { programReferences } from '../queries/programs';
import { freshDbFactory } from '../testing/test-db';
import { loadDemoVenue } from './demo-repo';
import { archiveProgram, deleteProgram, duplicateProgram, restoreProgram, saveProgram } from './program-repo';

const freshDb = freshDbFactory('program-repo-test');

const form: ProgramFormValues = {
  ...EMPTY_PROGRAM_FORM,
  title: '  Лазерная   резка ',
  profession: 'Оператор лазерного станка',
  status: 'active',
  ovzAdapted: false,
  nosologies: ['hearing'],
  completionMode: 'share',
  completionPercent: 75,
  equipment: [{ name: 'Станок', specs: '60 Вт', quantity: 1, per: 'group', required: true }],
};

describe('program repository', () => {
  it('creates and updates a programme with a clean title, its key and the completion rule', async () => {
    const db = freshDb();
    const created = await saveProgram(form, null, db);
    expect(created.title).toBe('Лазерная резка');
    expect(created.titleKey).toBe('лазерная резка');
    expect(created.completion).toEqual({ mode: 'share', percent: 75 });
    expect(created.nosologies).toEqual([]);
    const updated = await saveProgram({ ...form, durationMinutes: 120 }, created.id, db);
    expect(updated.createdAt).toBe(created.createdAt);
    expect((await db.programs.get(created.id))?.durationMinutes).toBe(120);
    expect(await db.programs.count()).toBe(1);
  });

  it('refuses a title already used by a programme in use (case, spaces, ё/е) and writes nothing', async () => {
    const db = freshDb();
    await saveProgram({ ...form, title: 'Ёлочные игрушки' }, null, db);
    await expect(saveProgram({ ...form, title: ' ЕЛОЧНЫЕ  игрушки' }, null, db)).rejects.toMatchObject({
      code: 'programs.titleTaken',
      params: { title: 'Ёлочные игрушки' },
      field: 'title',
    });
    expect(await db.programs.count()).toBe(1);
  });

  it('refuses invalid values without writing', async () => {
    const db = freshDb();
    await expect(saveProgram({ ...form, durationMinutes: 5 }, null, db)).rejects.toThrow();
    expect(await db.programs.count()).toBe(0);
  });

  it('duplicates as a draft «Копия — …», twice without clashing', async () => {
    const db = freshDb();
    const p = await saveProgram(form, null, db);
    const c1 = await duplicateProgram(p.id, db);
    const c2 = await duplicateProgram(p.id, db);
    expect(c1.title).toBe('Копия — Лазерная резка');
    expect(c1.status).toBe('draft');
    expect(c1.equipment).toEqual(p.equipment);
    expect(c2.title).toBe('Копия 2 — Лазерная резка');
  });

  it('archives and restores; restoring is refused while the title is taken again', async () => {
    const db = freshDb();
    const p = await saveProgram(form, null, db);
    await archiveProgram(p.id, db);
    expect((await db.programs.get(p.id))?.status).toBe('archived');
    const other = await saveProgram({ ...form, title: 'лазерная резка' }, null, db);
    await expect(restoreProgram(p.id, db)).rejects.toMatchObject({ code: 'programs.titleTaken' });
    await archiveProgram(other.id, db);
    await restoreProgram(p.id, db);
    expect((await db.programs.get(p.id))?.status).toBe('active');
  });

  it('deletes only a programme nothing refers to, and logs it', async () => {
    const db = freshDb();
    await loadDemoVenue('2026-11-24', db);
    const demo = (await db.programs.toArray())[0]!;
    const refs = await programReferences(demo.id, db);
    expect(refs.groups).toBeGreaterThan(0);
    expect(refs.sessions).toBeGreaterThan(0);
    const error = await deleteProgram(demo.id, db).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RuleError);
    expect(error).toMatchObject({ code: 'programs.programInUse', params: refs });
    expect(await db.programs.get(demo.id)).toBeDefined();

    const fresh = await saveProgram(form, null, db);
    await deleteProgram(fresh.id, db);
    expect(await db.programs.get(fresh.id)).toBeUndefined();
    const entries = await db.journal.where('action').equals('delete').toArray();
    expect(entries.find((e) => e.entityId === fresh.id)).toMatchObject({ entity: 'program' });
  });
});
