import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { PLATFORM_COLUMNS } from '@shared/import/fields';
import { trialsOfParts, TRIALS_PER_PART } from '@shared/reconcile/export-parts';
import type { PlatformTrialDraft } from '@shared/reconcile/platform-records';
import { completionsInPeriod } from '@shared/reports/quarterly-report';
import { joinFio } from '@shared/text/fio';
import type { Participant } from '@shared/domain';
import type { ProfprobaDb } from '../database';
import { loadDemoVenue } from '../repos/demo-repo';
import { replacePlatformTrials } from '../repos/platform-trial-repo';
import { saveProgram } from '../repos/program-repo';
import { programToForm } from '@shared/programs/program-schema';
import { freshDbFactory } from '../testing/test-db';
import {
  loadParticipantReconciliation,
  loadPlatformSide,
  loadReconciliation,
  loadVenueSide,
  pupilsForMatching,
  reconciliationView,
} from './reconciliation';
import { loadReportData } from './reports';

const TODAY = '2026-11-24';
const PERIOD = { from: '2026-09-01', to: '2026-11-30' };
const freshDb = freshDbFactory('reconciliation');
const HEADER = [...PLATFORM_COLUMNS];

/** Every stored platform record, flattened from the export's parts (schema v5). */
async function storedTrials(db: ProfprobaDb) {
  return trialsOfParts(await db.platformExportParts.toArray());
}

async function demoDb(): Promise<ProfprobaDb> {
  const db = freshDb();
  await loadDemoVenue(TODAY, db);
  return db;
}

/** The demo's completions in the period, with what the platform would say of each (its pupil and title). */
async function demoCompletions(db: ProfprobaDb) {
  const data = await loadReportData(PERIOD, db, TODAY);
  const pupils = new Map(data.participants.map((p) => [p.id, p]));
  const titles = new Map(data.programs.map((p) => [p.id, p.title]));
  return completionsInPeriod(data, PERIOD).map((c) => {
    const p = pupils.get(c.participantId)!;
    return { ...c, fio: joinFio(p), birthDate: p.birthDate, title: titles.get(c.programId)! };
  });
}

function draft(
  over: Partial<PlatformTrialDraft> & Pick<PlatformTrialDraft, 'name' | 'fio'>,
): PlatformTrialDraft {
  return {
    platformId: null,
    birthDate: '2011-01-01',
    date: '2026-10-01',
    candidateDates: [],
    kind: 'in-person',
    rowNumber: 5,
    ...over,
  };
}

describe('platform records', () => {
  it('a newer export replaces all previous records in one transaction, with a journal entry', async () => {
    const db = await demoDb();
    const first = await replacePlatformTrials(
      {
        fileName: 'a.xlsx',
        headerRow: HEADER,
        exportedOn: '2026-10-01',
        trials: [draft({ name: 'А', fio: 'Иванов Иван' }), draft({ name: 'Б', fio: 'Иванов Иван' })],
      },
      db,
    );
    expect(first).toEqual({ count: 2, previous: 0 });
    const second = await replacePlatformTrials(
      {
        fileName: 'b.xlsx',
        headerRow: HEADER,
        exportedOn: '2026-11-20',
        trials: [draft({ name: 'В', fio: 'Петров Пётр' })],
      },
      db,
    );
    expect(second).toEqual({ count: 1, previous: 2 });
    const stored = await storedTrials(db);
    expect(stored.map((t) => [t.name, t.sourceFile, t.exportedOn])).toEqual([['В', 'b.xlsx', '2026-11-20']]);
    const journal = (await db.journal.toArray()).filter((e) => e.code === 'platformTrialsReplaced');
    // Journal ids are random: compare in file order.
    expect(
      journal.map((e) => e.params ?? {}).sort((a, b) => String(a.file).localeCompare(String(b.file))),
    ).toEqual([
      { file: 'a.xlsx', exportedOn: '01.10.2026', count: 2, previous: 0 },
      { file: 'b.xlsx', exportedOn: '20.11.2026', count: 1, previous: 2 },
    ]);
  });

  it('ties the records to the participants the caller read, as to those it reads itself', async () => {
    const db = await demoDb();
    const pupils = (await db.participants.toArray()).filter((p) => p.birthDate).slice(0, 3);
    const trials = [
      ...pupils.map((p, i) =>
        draft({ name: 'А', fio: joinFio(p).toUpperCase(), birthDate: p.birthDate, rowNumber: 5 + i }),
      ),
      draft({ name: 'Б', fio: 'Незнакомов Олег', rowNumber: 9 }),
    ];
    const input = { fileName: 'p.xlsx', headerRow: HEADER, exportedOn: '2026-11-24', trials };
    const tied = async () =>
      (await storedTrials(db)).sort((a, b) => a.rowNumber - b.rowNumber).map((t) => t.participantId);
    await replacePlatformTrials(input, db);
    const byItself = await tied();
    expect(byItself).toEqual([...pupils.map((p) => p.id), null]);
    await replacePlatformTrials({ ...input, participants: await pupilsForMatching(db) }, db);
    expect(await tied()).toEqual(byItself);
    // Asked while the Сверка's venue side reads the participants, it answers with that read (asked at every
    // turn of the venue side's read: at some it is reading the participants).
    const venueRead = loadVenueSide(PERIOD, db);
    let read = false;
    void venueRead.then(() => (read = true));
    const asked: Promise<Participant[]>[] = [];
    while (!read) {
      asked.push(pupilsForMatching(db));
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    const venue = await venueRead;
    const answers = await Promise.all(asked);
    expect(answers.some((a) => a === venue.participants)).toBe(true);
    for (const a of answers) expect(a).toEqual(venue.participants);
    const shared = answers[answers.length - 1]!;
    await replacePlatformTrials({ ...input, participants: shared }, db);
    expect(await tied()).toEqual(byItself);
    // Only the participants given are matched: the caller's read is the one used.
    await replacePlatformTrials({ ...input, participants: pupils.slice(1) }, db);
    expect(await tied()).toEqual([null, ...pupils.slice(1).map((p) => p.id), null]);
  });

  it('refuses a file that is not a platform export, naming it, and writes nothing', async () => {
    const db = await demoDb();
    await replacePlatformTrials(
      {
        fileName: 'a.xlsx',
        headerRow: HEADER,
        exportedOn: '2026-10-01',
        trials: [draft({ name: 'А', fio: 'Иванов Иван' })],
      },
      db,
    );
    const journalBefore = await db.journal.count();
    await expect(
      replacePlatformTrials(
        {
          fileName: 'школа.csv',
          headerRow: ['ФИО', 'Дата рождения', 'Класс'],
          exportedOn: '2026-11-01',
          trials: [],
        },
        db,
      ),
    ).rejects.toMatchObject({ code: 'reconciliation.notPlatformExport', params: { file: 'школа.csv' } });
    expect((await storedTrials(db)).map((t) => t.sourceFile)).toEqual(['a.xlsx']);
    expect(await db.journal.count()).toBe(journalBefore);
  });

  it('rolls the replacement back whole when a write fails midway', async () => {
    const db = await demoDb();
    await replacePlatformTrials(
      {
        fileName: 'a.xlsx',
        headerRow: HEADER,
        exportedOn: '2026-10-01',
        trials: [draft({ name: 'А', fio: 'Иванов Иван' })],
      },
      db,
    );
    // A function cannot be stored (DataCloneError): the bulkAdd fails after the clear, and the clear is undone.
    const bad = draft({ name: 'Б', fio: 'Иванов Иван' }) as PlatformTrialDraft & { extra: unknown };
    bad.extra = () => 1;
    await expect(
      replacePlatformTrials(
        { fileName: 'b.xlsx', headerRow: HEADER, exportedOn: '2026-11-01', trials: [bad] },
        db,
      ),
    ).rejects.toThrow();
    expect((await storedTrials(db)).map((t) => t.sourceFile)).toEqual(['a.xlsx']);
  });

  it('stores an export in parts of 1 000 records, in its order, and replaces every part of the previous one', async () => {
    const db = await demoDb();
    const many = Array.from({ length: 2 * TRIALS_PER_PART + 5 }, (_, i) =>
      draft({ name: `Проба ${i}`, fio: 'Иванов Иван', rowNumber: 5 + i }),
    );
    const input = { fileName: 'big.xlsx', headerRow: HEADER, exportedOn: '2026-11-24', trials: many };
    expect(await replacePlatformTrials(input, db)).toEqual({ count: many.length, previous: 0 });
    const parts = await db.platformExportParts.orderBy('id').toArray();
    expect(parts.map((p) => p.trials.length).sort((a, b) => b - a)).toEqual([1000, 1000, 5]);
    expect(new Set(parts.map((p) => p.sourceFile))).toEqual(new Set(['big.xlsx']));
    expect((await storedTrials(db)).map((t) => t.name)).toEqual(many.map((t) => t.name));
    expect(new Set((await storedTrials(db)).map((t) => t.id)).size).toBe(many.length);

    const next = { ...input, fileName: 'next.xlsx', trials: many.slice(0, 3) };
    expect(await replacePlatformTrials(next, db)).toEqual({ count: 3, previous: many.length });
    expect(await db.platformExportParts.count()).toBe(1);
    expect((await storedTrials(db)).map((t) => [t.name, t.sourceFile])).toEqual(
      many.slice(0, 3).map((t) => [t.name, 'next.xlsx']),
    );
    // An export without records is kept as the file and date it loaded, with no records.
    await replacePlatformTrials({ ...input, fileName: 'empty.xlsx', trials: [] }, db);
    expect(await storedTrials(db)).toEqual([]);
    expect((await loadReconciliation(PERIOD, db)).source).toMatchObject({
      file: 'empty.xlsx',
      exportedOn: '2026-11-24',
      records: 0,
    });
  });
});

describe('loadReconciliation', () => {
  it('counts ✓, ✗ and the platform trials with no completion here, and offers the sessions now all matched', async () => {
    const db = await demoDb();
    const completions = await demoCompletions(db);
    expect(completions.length).toBeGreaterThan(6);
    // A pupil without a birth date (a walk-in) cannot be matched by name: the platform always has one.
    const dated = completions.filter((c) => c.birthDate);
    const recorded = dated.slice(0, dated.length - 3);
    const notRecorded = completions.filter((c) => !recorded.includes(c));
    const trials: PlatformTrialDraft[] = recorded.map((c, i) =>
      draft({
        name: c.title.toUpperCase(),
        fio: c.fio.replace(/е/g, 'ё'),
        birthDate: c.birthDate,
        date: c.date,
        rowNumber: 5 + i,
      }),
    );
    const stranger = draft({
      name: recorded[0]!.title,
      fio: 'Незнакомов Олег',
      birthDate: '2011-02-02',
      date: '2026-10-15',
      rowNumber: 900,
    });
    const elsewhere = draft({
      name: 'Сварщик (другая площадка)',
      fio: recorded[0]!.fio,
      birthDate: recorded[0]!.birthDate,
      date: '2026-10-15',
      rowNumber: 901,
    });
    // The screen reads the venue's side while the export loads, then the platform's side after it.
    const [venue] = await Promise.all([
      loadVenueSide(PERIOD, db),
      replacePlatformTrials(
        {
          fileName: 'p.xlsx',
          headerRow: HEADER,
          exportedOn: '2026-11-24',
          trials: [...trials, stranger, elsewhere],
        },
        db,
      ),
    ]);
    const view = await loadReconciliation(PERIOD, db);
    expect(reconciliationView(venue, await loadPlatformSide(db))).toEqual(view);
    expect(view.counts).toEqual({
      completions: completions.length,
      onPlatform: recorded.length,
      missing: notRecorded.length,
      extras: 1,
    });
    expect(view.source).toMatchObject({
      file: 'p.xlsx',
      exportedOn: '2026-11-24',
      records: trials.length + 2,
    });
    const missing = view.rows
      .filter((r) => r.status === 'missing')
      .map((r) => `${r.participantId}|${r.programId}`);
    expect(missing.sort()).toEqual(notRecorded.map((c) => `${c.participantId}|${c.programId}`).sort());
    const extra = view.rows.find((r) => r.status === 'extra')!;
    expect(extra).toMatchObject({ fio: 'Незнакомов Олег', reason: 'unknown-pupil', rowNumber: 900 });

    // Every offered session is unconfirmed, and each pupil who attended it is ✓ in that group.
    const ok = new Set(
      view.rows.filter((r) => r.status === 'on-platform').map((r) => `${r.groupId}|${r.participantId}`),
    );
    for (const s of view.readySessions) {
      const session = (await db.sessions.get(s.id))!;
      expect(session.platformConfirmedOn).toBeNull();
      const marks = await db.attendance.where('sessionId').equals(s.id).toArray();
      const attended = marks.filter((m) => m.status === 'present' || m.status === 'late');
      expect(attended.length).toBeGreaterThan(0);
      for (const m of attended) expect(ok.has(`${session.groupId}|${m.participantId}`)).toBe(true);
    }
  });

  it("reads the report's completions of any period, whether its groups are a few of the venue's or most of them", async () => {
    const db = await demoDb();
    const groupCount = await db.groups.count();
    const periods = [
      { from: '2026-11-16', to: '2026-11-22' },
      { from: '2026-10-01', to: '2026-10-31' },
      PERIOD,
      { from: '2026-01-01', to: '2026-12-31' },
    ];
    const shares: boolean[] = [];
    const counts: number[] = [];
    for (const period of periods) {
      const inPeriod = await db.sessions.where('date').between(period.from, period.to, true, true).toArray();
      shares.push(new Set(inPeriod.map((s) => s.groupId)).size * 2 > groupCount);
      const data = await loadReportData(period, db, TODAY);
      const dates = (groupId: string) =>
        [
          ...new Set(
            data.sessions.filter((x) => x.groupId === groupId && x.status !== 'cancelled').map((x) => x.date),
          ),
        ].sort();
      const expected = completionsInPeriod(data, period).map(
        (c) => `${c.participantId}|${c.programId}|${c.groupId}|${c.date}|${dates(c.groupId).join(',')}`,
      );
      const view = await loadReconciliation(period, db);
      const got = view.rows.map(
        (r) => `${r.participantId}|${r.programId}|${r.groupId}|${r.completedOn}|${r.sessionDates.join(',')}`,
      );
      expect(got.sort(), `${period.from}–${period.to}`).toEqual(expected.sort());
      counts.push(got.length);
      expect(view.rows.every((r) => r.status === 'missing' && r.fio !== '')).toBe(true);
    }
    // Both ways of reading the groups' rows were taken: by the index, and the whole tables.
    expect(shares).toContain(true);
    expect(shares).toContain(false);
    // October's groups are a few of the demo's (read by the index), and it has completions to compare.
    expect(shares[1]).toBe(false);
    expect(counts[1]).toBeGreaterThan(0);
    expect(counts[3]).toBeGreaterThanOrEqual(counts[2]!);
  });

  it("matches a trial by the programme's «Название на платформе», saved through the programme form", async () => {
    const db = await demoDb();
    const c = (await demoCompletions(db)).find((x) => x.birthDate);
    const program = (await db.programs.get(c!.programId))!;
    await saveProgram({ ...programToForm(program), platformName: '  Юный  оператор ' }, program.id, db);
    expect((await db.programs.get(program.id))!.platformName).toBe('Юный оператор');
    await replacePlatformTrials(
      {
        fileName: 'p.xlsx',
        headerRow: HEADER,
        exportedOn: '2026-11-24',
        trials: [draft({ name: 'юный оператор', fio: c!.fio, birthDate: c!.birthDate, date: c!.date })],
      },
      db,
    );
    const view = await loadReconciliation(PERIOD, db);
    const row = view.rows.find((r) => r.participantId === c!.participantId && r.programId === c!.programId);
    expect(row).toMatchObject({ status: 'on-platform', platformName: 'юный оператор' });
  });

  it("shows one pupil's completions and platform records on the card", async () => {
    const db = await demoDb();
    const c = (await demoCompletions(db)).find((x) => x.birthDate);
    await replacePlatformTrials(
      {
        fileName: 'p.xlsx',
        headerRow: HEADER,
        exportedOn: '2026-11-24',
        trials: [draft({ name: c!.title, fio: c!.fio, birthDate: c!.birthDate, date: c!.date })],
      },
      db,
    );
    const view = await loadParticipantReconciliation(c!.participantId, db, TODAY);
    expect(view.rows.find((r) => r.programId === c!.programId)).toMatchObject({
      status: 'on-platform',
      platformDate: c!.date,
    });
    expect(view.rows.every((r) => r.participantId === c!.participantId)).toBe(true);
  });
});
