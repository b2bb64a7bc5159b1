import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { todayIso } from '@shared/dates';
import type { RuleError } from '@shared/errors';
import { buildImportPlan, classifyRows, type ImportPlan } from '@shared/import/classify';
import { buildImportRows } from '@shared/import/rows';
import { readImportFile } from '../../features/participants/import/read-file';
import { importUndoStatus } from '../queries/import-undo';
import { loadExistingData } from '../queries/participants';
import { freshDbFactory, rejection } from '../testing/test-db';
import type { ProfprobaDb } from '../database';
import { commitImport } from './import-repo';
import { anonymizeParticipant, anonymizeParticipants } from './participant-repo';
import { IMPORT_UNDO_KEEP, undoImport } from './import-undo';

const freshDb = freshDbFactory('import-undo');
const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../../tests/fixtures/${name}`, import.meta.url)));

async function planFor(name: string, db: ProfprobaDb): Promise<ImportPlan> {
  const read = await readImportFile(fixture(name), name);
  const rows = buildImportRows(read.rows, read.headerIndex, read.mapping, todayIso(), read.isPlatform);
  const existing = await loadExistingData(db);
  return buildImportPlan(classifyRows(rows, existing), existing.schools);
}

async function state(db: ProfprobaDb) {
  const byId = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => a.id.localeCompare(b.id));
  return {
    participants: byId(await db.participants.toArray()),
    schools: byId(await db.schools.toArray()),
  };
}

describe('undoing an import', () => {
  it('removes what it added and restores what it updated, exactly, in one step; then it is done', async () => {
    const db = freshDb();
    await commitImport(
      await planFor('school-list-utf8.csv', db),
      { fileName: 'a.csv', source: 'school-import' },
      db,
    );
    const before = await state(db);
    const plan = await planFor('platform-export-sample.xlsx', db);
    const someone = before.participants[0]!;
    plan.updates.push({
      rowNumber: 99,
      participantId: someone.id,
      patch: { contact: '+7 900 000-00-00' },
      schoolKey: null,
    });
    const done = await commitImport(plan, { fileName: 'b.xlsx', source: 'platform-import' }, db);
    expect(done.added).toBe(25);
    expect((await db.participants.get(someone.id))?.contact).toBe('+7 900 000-00-00');
    expect(await importUndoStatus(done.importId, db)).toEqual({ state: 'available' });

    const undone = await undoImport(done.importId, db);
    expect(undone).toEqual({ removed: 25, restored: 1, schoolsRemoved: 2 });
    expect(await state(db)).toEqual(before);
    const entry = (await db.journal.toArray()).find((e) => e.code === 'importUndone');
    expect(entry?.params).toMatchObject({ importId: done.importId, removed: 25, restored: 1 });
    expect((await importUndoStatus(done.importId, db)).state).toBe('undone');
    expect(((await rejection(undoImport(done.importId, db))) as RuleError).code).toBe(
      'participants.importUndoGone',
    );
  });

  it('is refused, saying why, once a pupil of the import is enrolled or edited', async () => {
    const db = freshDb();
    const done = await commitImport(
      await planFor('school-list-utf8.csv', db),
      { fileName: 'a.csv', source: 'school-import' },
      db,
    );
    const [first, second] = await db.participants.toArray();
    await db.enrollments.add({
      id: 'e1',
      groupId: 'g1',
      participantId: first!.id,
      status: 'enrolled',
      position: 1,
      createdAt: new Date().toISOString(),
    });
    await db.participants.update(second!.id, { updatedAt: '2099-01-01T00:00:00.000Z' });
    expect(await importUndoStatus(done.importId, db)).toEqual({
      state: 'blocked',
      blockers: { enrolled: 1, marked: 0, certified: 0, consents: 0, changed: 1 },
    });
    const count = await db.participants.count();
    const error = (await rejection(undoImport(done.importId, db))) as RuleError;
    expect(error.code).toBe('participants.importUndoBlocked');
    expect(error.params).toMatchObject({ enrolled: 1, changed: 1 });
    expect(await db.participants.count()).toBe(count);
  });

  it(`keeps the undo records of the latest ${IMPORT_UNDO_KEEP} imports only`, async () => {
    const db = freshDb();
    const ids: string[] = [];
    for (let i = 0; i < IMPORT_UNDO_KEEP + 1; i++) {
      const plan = await planFor('school-list-utf8.csv', db);
      ids.push((await commitImport(plan, { fileName: `${i}.csv`, source: 'school-import' }, db)).importId);
    }
    expect((await importUndoStatus(ids[0]!, db)).state).toBe('gone');
    expect((await importUndoStatus(ids[IMPORT_UNDO_KEEP]!, db)).state).toBe('available');
  });
});

describe('the undo record after an anonymisation', () => {
  async function importedTwice(db: ProfprobaDb) {
    await commitImport(
      await planFor('school-list-utf8.csv', db),
      { fileName: 'a.csv', source: 'school-import' },
      db,
    );
    const [one, two] = (await db.participants.toArray()).sort((a, b) => a.id.localeCompare(b.id));
    const plan = await planFor('platform-export-sample.xlsx', db);
    for (const [i, p] of [one!, two!].entries())
      plan.updates.push({
        rowNumber: 90 + i,
        participantId: p.id,
        patch: { contact: '+7 900 000-00-0' + i },
        schoolKey: null,
      });
    const done = await commitImport(plan, { fileName: 'b.xlsx', source: 'platform-import' }, db);
    return { one: one!, two: two!, importId: done.importId };
  }
  const storedSettings = async (db: ProfprobaDb) => JSON.stringify(await db.settings.toArray());

  it('keeps no earlier copy of the name of a pupil anonymised alone, and the undo stays refused', async () => {
    const db = freshDb();
    const { one, two, importId } = await importedTwice(db);
    expect(await storedSettings(db)).toContain(one.lastName);
    await anonymizeParticipant(one.id, db);
    const stored = await storedSettings(db);
    expect(stored).not.toContain(one.lastName);
    if (one.birthDate) expect(stored).not.toContain(one.birthDate);
    // The other updated pupil keeps their earlier copy: their undo is still meaningful.
    expect(stored).toContain(two.lastName);
    expect(((await rejection(undoImport(importId, db))) as RuleError).code).toBe(
      'participants.importUndoBlocked',
    );
  });

  it('erases the earlier copies of every pupil of a batch «Обезличить выбранных»', async () => {
    const db = freshDb();
    const { one, two } = await importedTwice(db);
    await anonymizeParticipants([one.id, two.id], db);
    const stored = await storedSettings(db);
    for (const p of [one, two]) expect(stored).not.toContain(p.lastName);
  });
});
