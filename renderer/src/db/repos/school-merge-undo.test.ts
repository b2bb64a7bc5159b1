import { schoolLabel } from '@shared/participants/build';
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { todayIso } from '@shared/dates';
import type { RuleError } from '@shared/errors';
import { buildImportPlan, classifyRows } from '@shared/import/classify';
import { buildImportRows } from '@shared/import/rows';
import { readImportFile } from '../../features/participants/import/read-file';
import { mergeUndoStatus } from '../queries/school-merge-undo';
import { loadExistingData } from '../queries/participants';
import { freshDbFactory, rejection } from '../testing/test-db';
import type { ProfprobaDb } from '../database';
import { commitImport } from './import-repo';
import { mergeSchools } from './school-repo';
import { undoSchoolMerge } from './school-merge-undo';

const freshDb = freshDbFactory('school-merge-undo');

/** The platform sample: pupils of several schools of Кыштым. */
async function importSample(db: ProfprobaDb) {
  const name = 'platform-export-sample.xlsx';
  const file = new Uint8Array(readFileSync(new URL(`../../../../tests/fixtures/${name}`, import.meta.url)));
  const read = await readImportFile(file, name);
  const rows = buildImportRows(read.rows, read.headerIndex, read.mapping, todayIso(), read.isPlatform);
  const existing = await loadExistingData(db);
  await commitImport(
    buildImportPlan(classifyRows(rows, existing), existing.schools),
    { fileName: name, source: 'platform-import' },
    db,
  );
}

async function state(db: ProfprobaDb) {
  const byId = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => a.id.localeCompare(b.id));
  return { participants: byId(await db.participants.toArray()), schools: byId(await db.schools.toArray()) };
}

async function twoSchools(db: ProfprobaDb) {
  const schools = await db.schools.toArray();
  const keep = schools.find((s) => s.fullName === 'МОУ СОШ № 1 г. Кыштыма')!;
  const merge = schools.find((s) => s.fullName === 'МОУ СОШ № 3 г. Кыштыма')!;
  return { keep, merge };
}

describe('undoing a school merge', () => {
  it('puts back both schools and the moved pupils exactly, in one step; then it is done', async () => {
    const db = freshDb();
    await importSample(db);
    const { keep, merge } = await twoSchools(db);
    // The merge fills the kept school's blank fields from the other one: the undo must clear them again.
    await db.schools.update(keep.id, { municipality: '' });
    await db.schools.update(merge.id, { municipality: 'Кыштымский ГО' });
    const before = await state(db);
    const moved = await mergeSchools(keep.id, merge.id, db);
    expect(moved).toBeGreaterThan(0);
    expect(await mergeUndoStatus(merge.id, db)).toEqual({ state: 'available' });

    expect(await undoSchoolMerge(merge.id, db)).toBe(moved);
    expect(await state(db)).toEqual(before);
    expect(await mergeUndoStatus(merge.id, db)).toMatchObject({ state: 'undone' });
    const journal = await db.journal.toArray();
    expect(journal.map((e) => e.code)).toEqual(expect.arrayContaining(['schoolMerged', 'schoolMergeUndone']));
    // The journal names both schools, as a person reads them, not by id.
    expect(journal.find((e) => e.code === 'schoolMerged')?.params).toMatchObject({
      keep: schoolLabel(keep),
      merged: schoolLabel(merge),
      count: moved,
    });
    expect(((await rejection(undoSchoolMerge(merge.id, db))) as RuleError).code).toBe(
      'participants.mergeUndoGone',
    );
  });

  it('is refused with the reason once a moved pupil was edited, and writes nothing', async () => {
    const db = freshDb();
    await importSample(db);
    const { keep, merge } = await twoSchools(db);
    await mergeSchools(keep.id, merge.id, db);
    const pupil = (await db.participants.where('schoolId').equals(keep.id).toArray()).find(
      (p) => p.updatedAt > keep.updatedAt,
    )!;
    await db.participants.update(pupil.id, {
      contact: '+7 900 000-00-00',
      updatedAt: '2099-01-01T00:00:00Z',
    });
    const after = await state(db);
    expect(await mergeUndoStatus(merge.id, db)).toEqual({
      state: 'blocked',
      blockers: { changed: 1, schoolChanged: 0, nameTaken: 0 },
    });
    const error = (await rejection(undoSchoolMerge(merge.id, db))) as RuleError;
    expect(error.code).toBe('participants.mergeUndoBlocked');
    expect(error.params).toMatchObject({ changed: 1 });
    expect(await state(db)).toEqual(after);
  });

  it('is refused when another school took the deleted school name', async () => {
    const db = freshDb();
    await importSample(db);
    const { keep, merge } = await twoSchools(db);
    await mergeSchools(keep.id, merge.id, db);
    await db.schools.add({ ...merge, id: 'another' });
    expect(await mergeUndoStatus(merge.id, db)).toMatchObject({
      state: 'blocked',
      blockers: { nameTaken: 1 },
    });
  });
});
