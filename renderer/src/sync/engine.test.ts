import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { AttendanceMark, Participant } from '@shared/domain';
import { fioKey, joinFio, searchWordsFor } from '@shared/text/fio';
import { normalizeKey } from '@shared/text/normalize';
import { testParticipant } from '../db/testing/records';
import { exportParts, trialsOfParts } from '@shared/reconcile/export-parts';
import { runTestServer } from '../../../tests/sync-server/run-test-server';
import { freshDbFactory } from '../db/testing/test-db';
import type { ProfprobaDb } from '../db';
import { APPLIED_SEQ_KEY } from './engine';
import { enginePc, newServerDb as newServerDbOn, type PcUser, testMentor } from './testing/two-pcs';

const { server } = runTestServer(4416);
const freshDb = freshDbFactory('sync-engine');

/** One PC, pointed at a server database. */
const pc = (user: PcUser, dbName: string) => enginePc(server, freshDb(), user, dbName);
const newServerDb = () => newServerDbOn(server);
const mentor = testMentor;

function mark(status: AttendanceMark['status'], updatedAt: string): AttendanceMark {
  return { id: 's1:p1', sessionId: 's1', participantId: 'p1', groupId: 'g1', status, note: '', updatedAt };
}

async function revOf(local: Pouch.Database, id: string): Promise<string | undefined> {
  return (await local.get(id))._rev;
}

describe('sync engine', () => {
  it('a record written on A arrives on B, and its deletion too', async () => {
    const name = await newServerDb();
    const a = pc('pc1', name);
    const b = pc('pc2', name);
    await a.db.mentors.bulkAdd([mentor('m1', 'Петрова'), mentor('m2', 'Сидорова')]);
    await a.sync();
    await b.sync();
    expect((await b.db.mentors.toArray()).map((m) => m.lastName).sort()).toEqual(['Петрова', 'Сидорова']);
    await a.db.mentors.delete('m2');
    await a.db.mentors.update('m1', { lastName: 'Иванова' });
    await a.sync();
    await b.sync();
    expect((await b.db.mentors.toArray()).map((m) => m.lastName)).toEqual(['Иванова']);
  });

  it('an incoming document does not echo back: no new revision, nothing left to send', async () => {
    const name = await newServerDb();
    const a = pc('pc1', name);
    const b = pc('pc2', name);
    await a.db.mentors.add(mentor('m1', 'Петрова'));
    await a.sync();
    const rev = await revOf(a.local, 'mentors:m1');
    await b.sync();
    await b.sync();
    expect(await b.db.mentors.get('m1')).toEqual(mentor('m1', 'Петрова'));
    expect(await revOf(b.local, 'mentors:m1')).toBe(rev);
    expect(b.engine.stats.unsent).toBe(0);
    const info = await b.local.info();
    // one document, written once (by replication), never re-written by B's mirror
    expect(info.doc_count).toBe(1);
    expect(info.update_seq).toBe(1);
  });

  it('the per-PC tables stay on the PC', async () => {
    const name = await newServerDb();
    const a = pc('pc1', name);
    const b = pc('pc2', name);
    await a.db.settings.put({ key: 'backupFolder', value: 'C:/копии' });
    await a.db.mentors.add(mentor('m1', 'Петрова'));
    await a.sync();
    await b.sync();
    expect(await b.db.settings.get('backupFolder')).toBeUndefined();
    expect((await b.local.allDocs()).rows.map((r) => r.id)).toEqual(['mentors:m1']);
  });

  it('a platform export travels as its parts; a platform record of a PC not yet on schema v5 is skipped', async () => {
    const name = await newServerDb();
    const a = pc('pc1', name);
    const b = pc('pc2', name);
    const trials = Array.from({ length: 2500 }, (_, i) => ({
      id: `t${i}`,
      participantId: null,
      platformId: null,
      name: 'Повар',
      date: '2026-10-01' as const,
      kind: 'in-person' as const,
      fio: `Иванов ${i}`,
      birthDate: null,
      rowNumber: 5 + i,
      candidateDates: [],
    }));
    const source = { sourceFile: 'p.xlsx', exportedOn: '2026-11-24', importedAt: '2026-11-24T10:00:00.000Z' };
    await a.db.platformExportParts.bulkAdd(exportParts(trials, source, () => crypto.randomUUID()));
    await a.db.mentors.add(mentor('m1', 'Петрова'));
    // What an older app version sends: a document per platform record, of a table this version does not have.
    await a.local.put({
      _id: 'platformTrials:old-1',
      table: 'platformTrials',
      data: { id: 'old-1', name: 'Повар' },
    });
    await a.sync();
    await b.sync();
    expect(b.engine.lastError).toBeNull();
    expect(await b.db.mentors.get('m1')).toEqual(mentor('m1', 'Петрова'));
    expect(trialsOfParts(await b.db.platformExportParts.toArray())).toEqual(
      trials.map((t) => ({ ...t, ...source })),
    );
    const docs = (await b.local.allDocs()).rows.map((r) => r.id);
    expect(docs.filter((id) => id.startsWith('platformExportParts:'))).toHaveLength(3);
    expect(b.db.tables.map((t) => t.name)).not.toContain('platformTrials');
    // Nothing left to apply: the skipped document does not stop the feed.
    await b.engine.applyIncoming();
    expect(b.engine.lastError).toBeNull();
  });

  it("a participant from a PC on an older version is stored with its keys by this version's rule, and not sent back", async () => {
    const name = await newServerDb();
    const a = pc('pc1', name);
    const b = pc('pc2', name);
    // «Абpaмoв» with Latin р, а, о, keyed as version 4 keyed it, by the name as typed: what such a PC sends.
    const typed = { lastName: 'Абpaмoв', firstName: 'Илья', middleName: 'Олегович' };
    const staleKey = normalizeKey(joinFio(typed));
    const sent: Participant = {
      ...testParticipant({ id: 'p1', lastName: 'x' }),
      ...typed,
      fioKey: staleKey,
      searchWords: staleKey.split(' '),
    };
    await a.local.put({ _id: 'participants:p1', table: 'participants', data: sent });
    await a.sync();
    await b.sync();
    const stored = await b.db.participants.get('p1');
    expect(stored?.fioKey).toBe('абрамов илья олегович');
    expect(stored?.fioKey).toBe(fioKey(typed));
    expect(stored?.searchWords).toEqual(searchWordsFor(typed, null));
    expect({ ...stored, fioKey: staleKey, searchWords: sent.searchWords }).toEqual(sent);
    // The indexes find the pupil by the corrected name (the card's duplicate check, the walk-in lookup).
    expect(await b.db.participants.where('fioKey').equals('абрамов илья олегович').count()).toBe(1);
    expect(await b.db.participants.where('searchWords').equals('абрамов').count()).toBe(1);
    // Making the keys again is how this PC stores the document, not a change of its own to send.
    expect(b.engine.stats.unsent).toBe(0);
    await b.sync();
    expect((await b.local.get('participants:p1'))._rev).toBe((await a.local.get('participants:p1'))._rev);
    expect(b.engine.lastError).toBeNull();
    // «Объединить» (and a resume) compares every record with its document: the corrected keys go to the server,
    // so the other PCs get them too.
    await b.engine.mirrorAll();
    await b.sync();
    await a.sync();
    const doc = (await a.local.get('participants:p1')) as unknown as { data: Participant };
    expect(doc.data).toEqual(stored);
  });

  it('a batch of documents is applied whole or not at all, and resumes where it stopped', async () => {
    const name = await newServerDb();
    const a = pc('pc1', name);
    const b = pc('pc2', name);
    await a.db.mentors.bulkAdd([mentor('m1', 'Петрова'), mentor('m2', 'Сидорова'), mentor('m3', 'Орлова')]);
    await a.sync();
    // B's disk fails when the batch's position is stored: the records written before it in the same
    // transaction must be gone too.
    let fail = true;
    b.db.settings.hook('creating', (_key, obj) => {
      if (fail && (obj as { key: string }).key === APPLIED_SEQ_KEY) throw new Error('disk full');
    });
    await b.local.replicate.from(b.remote);
    await b.engine.idle();
    expect(b.engine.lastError).toBeInstanceOf(Error);
    expect(await b.db.mentors.count()).toBe(0);
    fail = false;
    await b.engine.applyIncoming();
    expect((await b.db.mentors.toArray()).map((m) => m.id).sort()).toEqual(['m1', 'm2', 'm3']);
  });

  it('a mark changed on both PCs offline: the later updatedAt wins on both, the loser once in the journal', async () => {
    const name = await newServerDb();
    const a = pc('pc1', name);
    const b = pc('pc2', name);
    await a.db.attendance.put(mark('present', '2026-12-04T09:00:00.000Z'));
    await a.sync();
    await b.sync();
    await a.db.attendance.put(mark('absent', '2026-12-04T10:05:00.000Z'));
    await b.db.attendance.put(mark('late', '2026-12-04T10:01:00.000Z'));
    await a.sync();
    await b.sync();
    await a.sync();
    await b.sync();
    for (const side of [a, b]) {
      expect((await side.db.attendance.get('s1:p1'))?.status).toBe('absent');
      const entries = await side.db.journal.where('action').equals('sync-conflict').toArray();
      expect(entries).toHaveLength(1);
      expect(entries[0]!.params).toMatchObject({ kept: 'absent', lost: 'late' });
      const doc = await side.local.get('attendance:s1:p1', { conflicts: true });
      expect(doc._conflicts ?? []).toEqual([]);
    }
  });

  it('a record changed on both PCs: one version wins on both, the other is listed with both versions', async () => {
    const name = await newServerDb();
    const a = pc('pc1', name);
    const b = pc('pc2', name);
    await a.db.mentors.put(mentor('m1', 'Петрова'));
    await a.sync();
    await b.sync();
    await a.db.mentors.update('m1', { lastName: 'Иванова' });
    await b.db.mentors.update('m1', { lastName: 'Смирнова' });
    await b.db.mentors.update('m1', { position: 'педагог' });
    await a.sync();
    await b.sync();
    await a.sync();
    // B's version has the longer history (two revisions): CouchDB's winner, kept by the rule.
    for (const side of [a, b]) {
      expect((await side.db.mentors.get('m1'))?.lastName).toBe('Смирнова');
    }
    const listed = [...(await a.db.conflicts.toArray()), ...(await b.db.conflicts.toArray())];
    expect(listed.length).toBeGreaterThanOrEqual(1);
    expect(listed[0]).toMatchObject({
      table: 'mentors',
      recordId: 'm1',
      kept: { lastName: 'Смирнова' },
      other: { lastName: 'Иванова' },
      resolvedAt: null,
    });
  });
});

export type { ProfprobaDb };
