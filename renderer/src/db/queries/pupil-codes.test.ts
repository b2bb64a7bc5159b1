import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { attendanceMarkId } from '@shared/domain';
import { pupilToken } from '@shared/qr';
import { TokenIndex } from '@shared/qr/token-index';
import { freshDbFactory } from '../testing/test-db';
import { loadDemoVenue } from '../repos/demo-repo';
import { markScanned, setMark, undoChanges } from '../repos/attendance-repo';
import { ensurePupilCodeSecret } from '../repos/pupil-code-repo';
import { getPupilCodeSecret, listParticipantIds, loadBadgePupils, loadScannedPupil } from './pupil-codes';
import { loadSessionContext } from './attendance';

const freshDb = freshDbFactory('pupil-codes');
const TODAY = '2026-11-24';

async function demo() {
  const db = freshDb();
  await loadDemoVenue(TODAY, db);
  const session = (await db.sessions.where('date').above(TODAY).sortBy('date'))[0]!;
  const ctx = (await loadSessionContext(session.id, db))!;
  return { db, session, ctx };
}

describe('pupil codes', () => {
  it('the secret is made once, on first need, and is the certificates’ secret', async () => {
    const { db } = await demo();
    expect(await getPupilCodeSecret(db)).toBeNull();
    const secret = await ensurePupilCodeSecret(db);
    expect(secret.length).toBeGreaterThan(20);
    expect(await ensurePupilCodeSecret(db)).toBe(secret);
    expect(await getPupilCodeSecret(db)).toBe(secret);
  });

  it('a printed token resolves to its pupil among all the venue’s pupils', async () => {
    const { db, ctx } = await demo();
    const secret = await ensurePupilCodeSecret(db);
    const ids = await listParticipantIds(db);
    expect(ids.length).toBeGreaterThan(ctx.participants.length);
    const index = new TokenIndex(secret);
    await index.include(ids);
    const pupil = ctx.participants[2]!;
    const token = await pupilToken(secret, pupil.id);
    expect(index.lookup(token)).toBe(pupil.id);
    const scanned = await loadScannedPupil(pupil.id, db);
    expect(scanned?.participant.lastName).toBe(pupil.lastName);
    expect(await loadScannedPupil('nobody', db)).toBeNull();
  });

  it('a scan marks present with a journal entry; a second scan changes nothing; undo puts back the state', async () => {
    const { db, session, ctx } = await demo();
    const pid = ctx.participants[0]!.id;
    const change = await markScanned(session.id, pid, db);
    expect(change?.after?.status).toBe('present');
    expect(change?.before).toBeNull();
    // The same record a click makes.
    const stored = await db.attendance.get(change!.id);
    expect(stored).toEqual(change!.after);
    const entries = await db.journal.where('action').equals('mark').toArray();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ code: 'markScanned', entity: 'attendance', entityId: change!.id });
    expect(entries[0]!.params).toEqual({ sessionId: session.id, participantId: pid });
    expect(await markScanned(session.id, pid, db)).toBeNull();
    expect(await db.journal.where('action').equals('mark').count()).toBe(1);
    await undoChanges([change!], db);
    expect(await db.attendance.get(change!.id)).toBeUndefined();
  });

  it('a scan turns «отсутствовал» into present, keeps «опоздал», and refuses a pupil not in the group', async () => {
    const { db, session, ctx } = await demo();
    const [a, b] = ctx.participants;
    await setMark(session.id, a!.id, 'absent', db);
    await setMark(session.id, b!.id, 'late', db);
    expect((await markScanned(session.id, a!.id, db))?.after?.status).toBe('present');

    expect(await markScanned(session.id, b!.id, db)).toBeNull();
    const outsider = (await listParticipantIds(db)).find((id) => !ctx.participants.some((p) => p.id === id))!;
    await expect(markScanned(session.id, outsider, db)).rejects.toMatchObject({
      code: 'attendance.notEnrolled',
    });
    // Enrolled in this group once, now on its waiting list: refused, nothing written.
    const c = ctx.participants[3]!;
    await db.enrollments
      .where('[groupId+participantId]')
      .equals([session.groupId, c.id])
      .modify({ status: 'waiting' });
    const journal = await db.journal.count();
    await expect(markScanned(session.id, c.id, db)).rejects.toMatchObject({ code: 'attendance.notEnrolled' });
    expect(await db.attendance.get(attendanceMarkId(session.id, c.id))).toBeUndefined();
    expect(await db.journal.count()).toBe(journal);
  });

  it('lists a group’s enrolled pupils for badges, sorted the Russian way, or the chosen ones', async () => {
    const { db, session, ctx } = await demo();
    const pupils = await loadBadgePupils({ groupId: session.groupId }, db);
    expect(pupils.map((p) => p.participant.id)).toEqual(ctx.participants.map((p) => p.id));
    expect(pupils[0]!.group?.id).toBe(session.groupId);
    const chosen = await loadBadgePupils({ participantIds: [ctx.participants[1]!.id, 'gone'] }, db);
    expect(chosen.map((p) => p.participant.id)).toEqual([ctx.participants[1]!.id]);
  });
});
