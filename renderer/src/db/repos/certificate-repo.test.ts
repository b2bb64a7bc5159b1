import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ProfprobaDb } from '../database';
import { loadDemoVenue } from './demo-repo';
import { eligibilityForGroup, SECRET_KEY, verifyCertificate } from '../queries/certificates';
import { cancelCertificate, issueCertificates, reissueCertificate } from './certificate-repo';
import { completionsOf } from '@shared/attendance/completion';
import type { Group } from '@shared/domain';

const TODAY = '2026-11-24';
let counter = 0;
const opened: Dexie[] = [];

async function demoDb(): Promise<ProfprobaDb> {
  counter += 1;
  const db = new ProfprobaDb(`cert-test-${Date.now()}-${counter}`);
  opened.push(db);
  await loadDemoVenue(TODAY, db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** Demo groups whose both sessions are past, so some members completed. */
async function completedGroups(db: ProfprobaDb): Promise<Group[]> {
  const groups = await db.groups.toArray();
  const result: Group[] = [];
  for (const g of groups) {
    const sessions = await db.sessions.where('groupId').equals(g.id).toArray();
    if (sessions.every((s) => s.date < TODAY)) result.push(g);
  }
  return result;
}

describe('certificate repository', () => {
  it('issues a group batch with sequential numbers, codes and snapshots, skipping the others', async () => {
    const db = await demoDb();
    const [group] = await completedGroups(db);
    const view = await eligibilityForGroup(group!.id, db);
    expect(view.eligible.length).toBeGreaterThan(0);

    // The eligible list agrees with the shared completion rule.
    const sessions = await db.sessions.where('groupId').equals(group!.id).toArray();
    const marks = await db.attendance.where('groupId').equals(group!.id).toArray();
    const ids = [...view.eligible, ...view.skipped].map((e) => e.participantId);
    const completions = completionsOf(ids, sessions, marks, { mode: 'all' });
    expect(view.eligible.every((e) => completions.get(e.participantId)?.completed)).toBe(true);
    expect(view.skipped.every((s) => !completions.get(s.participantId)?.completed)).toBe(true);

    const { issued } = await issueCertificates({ groupId: group!.id, issuedOn: TODAY }, db);
    expect(issued.map((c) => c.number)).toEqual(
      issued.map((_, i) => `ИМП-2026-${String(i + 1).padStart(4, '0')}`),
    );
    expect(await db.certificateCounters.get(2026)).toEqual({ year: 2026, lastSeq: issued.length });
    const stored = await db.certificates.get(issued[0]!.id);
    expect(stored?.verificationCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(stored?.snapshot.fio).toBeTruthy();
    expect(JSON.stringify(stored)).not.toMatch(/birthDate|nosology|hasDisability/);
    expect(typeof (await db.settings.get(SECRET_KEY))?.value).toBe('string');

    // Issuing again gives nothing new: everybody now holds a certificate.
    const again = await issueCertificates({ groupId: group!.id, issuedOn: TODAY }, db);
    expect(again.issued).toEqual([]);
    expect(again.skipped.filter((s) => s.reason === 'already-certified')).toHaveLength(issued.length);
  });

  it('two batches issued concurrently get disjoint numbers', async () => {
    const db = await demoDb();
    const groups = await completedGroups(db);
    expect(groups.length).toBeGreaterThanOrEqual(2);
    const [a, b] = await Promise.all([
      issueCertificates({ groupId: groups[0]!.id, issuedOn: TODAY }, db),
      issueCertificates({ groupId: groups[1]!.id, issuedOn: TODAY }, db),
    ]);
    const numbers = [...a.issued, ...b.issued].map((c) => c.number);
    expect(a.issued.length).toBeGreaterThan(0);
    expect(b.issued.length).toBeGreaterThan(0);
    expect(new Set(numbers).size).toBe(numbers.length);
    const seqs = [...a.issued, ...b.issued].map((c) => c.seq).sort((x, y) => x - y);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    expect((await db.certificateCounters.get(2026))?.lastSeq).toBe(numbers.length);
  });

  it('the same participant issued twice at once gets one certificate', async () => {
    const db = await demoDb();
    const [group] = await completedGroups(db);
    const view = await eligibilityForGroup(group!.id, db);
    const one = view.eligible[0]!.participantId;
    const [x, y] = await Promise.all([
      issueCertificates({ groupId: group!.id, participantIds: [one], issuedOn: TODAY }, db),
      issueCertificates({ groupId: group!.id, participantIds: [one], issuedOn: TODAY }, db),
    ]);
    expect(x.issued.length + y.issued.length).toBe(1);
    expect(await db.certificates.count()).toBe(1);
  });

  it('numbers roll over to 0001 in a new year and continue in the old one', async () => {
    const db = await demoDb();
    const [g1, g2] = await completedGroups(db);
    const first = await issueCertificates({ groupId: g1!.id, issuedOn: '2026-12-30' }, db);
    const next = await issueCertificates({ groupId: g2!.id, issuedOn: '2027-01-11' }, db);
    expect(first.issued[0]!.number).toBe('ИМП-2026-0001');
    expect(next.issued[0]!.number).toBe('ИМП-2027-0001');
    expect(next.issued[0]!.year).toBe(2027);
  });

  it('cancels with a reason and an audit entry; the number is never reused', async () => {
    const db = await demoDb();
    const [group, other] = await completedGroups(db);
    const { issued } = await issueCertificates({ groupId: group!.id, issuedOn: TODAY }, db);
    const last = issued[issued.length - 1]!;
    await expect(cancelCertificate(last.id, '  ', db)).rejects.toMatchObject({
      code: 'certificates.reasonRequired',
    });
    await cancelCertificate(last.id, 'Ошибка в фамилии', db);
    const cancelled = await db.certificates.get(last.id);
    expect(cancelled?.status).toBe('cancelled');
    expect(cancelled?.cancelReason).toBe('Ошибка в фамилии');
    const log = await db.journal.where('action').equals('certificate-cancel').toArray();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ code: 'certificateCancelled', params: { number: last.number } });
    await expect(cancelCertificate(last.id, 'ещё раз', db)).rejects.toMatchObject({
      code: 'certificates.notInForce',
      params: { number: last.number },
    });

    // The cancelled participant may be issued again, under a new number.
    const again = await issueCertificates({ groupId: group!.id, issuedOn: TODAY }, db);
    expect(again.issued.map((c) => c.participantId)).toEqual([last.participantId]);
    expect(again.issued[0]!.seq).toBe(last.seq + 1);
    const more = await issueCertificates({ groupId: other!.id, issuedOn: TODAY }, db);
    const all = await db.certificates.toArray();
    expect(new Set(all.map((c) => c.number)).size).toBe(all.length);
    expect(more.issued[0]!.seq).toBe(last.seq + 2);
  });

  it('reissues under a new number, links both ways and logs it', async () => {
    const db = await demoDb();
    const [group] = await completedGroups(db);
    const { issued } = await issueCertificates({ groupId: group!.id, issuedOn: TODAY }, db);
    const old = issued[0]!;
    await db.participants.update(old.participantId, { lastName: 'Исправленная' });
    const replacement = await reissueCertificate(old.id, { issuedOn: TODAY }, db);
    expect(replacement.number).toBe(`ИМП-2026-${String(issued.length + 1).padStart(4, '0')}`);
    expect(replacement.replacesId).toBe(old.id);
    expect(replacement.snapshot.fio.startsWith('Исправленная ')).toBe(true);
    const oldNow = await db.certificates.get(old.id);
    expect(oldNow?.status).toBe('reissued');
    expect(oldNow?.replacedById).toBe(replacement.id);
    expect(await db.journal.where('action').equals('certificate-reissue').count()).toBe(1);
    await expect(reissueCertificate(old.id, {}, db)).rejects.toMatchObject({
      code: 'certificates.alreadyReissued',
      params: { number: old.number },
    });
    // The replacement cancelled too: nothing is in force, so the participant may be issued again.
    await cancelCertificate(replacement.id, 'Выдан по ошибке', db);
    const fresh = await issueCertificates({ groupId: group!.id, issuedOn: TODAY }, db);
    expect(fresh.issued.map((c) => c.participantId)).toEqual([old.participantId]);

    // A cancelled certificate can be reissued too; it stays cancelled.
    const second = issued[1]!;
    await cancelCertificate(second.id, 'Утерян', db);
    const r2 = await reissueCertificate(second.id, { issuedOn: TODAY }, db);
    const secondNow = await db.certificates.get(second.id);
    expect(secondNow?.status).toBe('cancelled');
    expect(secondNow?.replacedById).toBe(r2.id);
  });

  it('verifies offline: genuine, cancelled, reissued, forged and unknown', async () => {
    const db = await demoDb();
    const [group] = await completedGroups(db);
    const { issued } = await issueCertificates({ groupId: group!.id, issuedOn: TODAY }, db);
    const [a, b, c] = issued as [(typeof issued)[0], (typeof issued)[0], (typeof issued)[0]];
    expect((await verifyCertificate(a.number, a.verificationCode, db)).kind).toBe('genuine');
    expect((await verifyCertificate(a.number.toLowerCase(), a.verificationCode.toLowerCase(), db)).kind).toBe(
      'genuine',
    );
    const code = a.verificationCode;
    const forged = (code[0] === 'A' ? 'B' : 'A') + code.slice(1);
    expect((await verifyCertificate(a.number, forged, db)).kind).toBe('unknown');
    expect((await verifyCertificate(a.number, b.verificationCode, db)).kind).toBe('unknown');
    expect((await verifyCertificate('ИМП-2026-9999', code, db)).kind).toBe('unknown');
    expect(await verifyCertificate(a.number, '123', db)).toMatchObject({
      kind: 'invalid-input',
      error: { code: 'certificates.codeMalformed' },
    });
    expect(await verifyCertificate('  ', code, db)).toMatchObject({
      kind: 'invalid-input',
      error: { code: 'certificates.numberMissing' },
    });

    await cancelCertificate(b.id, 'Выдан по ошибке', db);
    const cancelled = await verifyCertificate(b.number, b.verificationCode, db);
    expect(cancelled.kind).toBe('cancelled');
    const replacement = await reissueCertificate(c.id, { issuedOn: TODAY }, db);
    const reissued = await verifyCertificate(c.number, c.verificationCode, db);
    expect(reissued.kind).toBe('reissued');
    expect(reissued.kind === 'reissued' && reissued.replacement?.number).toBe(replacement.number);
  });
});
