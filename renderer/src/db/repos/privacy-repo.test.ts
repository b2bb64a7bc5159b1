import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Certificate, Consent } from '@shared/domain';
import { freshDbFactory } from '../testing/test-db';
import { loadDemoVenue } from './demo-repo';
import { anonymizeParticipant } from './participant-repo';
import { clearLapsedHealthData, reduceCertificateRegister } from './privacy-repo';

const freshDb = freshDbFactory('privacy-test');

async function demoDb() {
  const db = freshDb();
  await loadDemoVenue('2026-11-24', db);
  return db;
}

function healthConsent(participantId: string, validUntil: string | null, id: string): Consent {
  return {
    id,
    participantId,
    kind: 'health',
    guardianName: 'Законный представитель',
    guardianRelation: 'мать',
    signedOn: '2025-09-01',
    validUntil,
    withdrawnOn: null,
    scan: null,
    createdAt: '2025-09-01T00:00:00.000Z',
    updatedAt: '2025-09-01T00:00:00.000Z',
  };
}

describe('ОВЗ cleared when the health consent lapsed', () => {
  it('clears the stored ОВЗ of a pupil whose health consent ran out yesterday, and only theirs', async () => {
    const db = await demoDb();
    const [lapsed, covered] = (await db.participants.limit(2).toArray()).map((p) => p.id);
    await db.consents.where('participantId').anyOf([lapsed!, covered!]).delete();
    await db.participants.bulkUpdate([
      { key: lapsed!, changes: { hasDisability: true, nosology: 'нарушения слуха' } },
      { key: covered!, changes: { hasDisability: true, nosology: 'нарушения зрения' } },
    ]);
    await db.consents.bulkAdd([
      healthConsent(lapsed!, '2026-11-23', 'c-lapsed'),
      // An old consent ran out, a new one covers today: nothing is cleared.
      healthConsent(covered!, '2026-01-01', 'c-old'),
      healthConsent(covered!, '2027-06-30', 'c-new'),
    ]);
    expect(await clearLapsedHealthData('2026-11-24', db)).toBe(1);
    expect(await db.participants.get(lapsed!)).toMatchObject({ hasDisability: false, nosology: '' });
    expect(await db.participants.get(covered!)).toMatchObject({
      hasDisability: true,
      nosology: 'нарушения зрения',
    });
    // Idempotent: the next run changes nothing.
    expect(await clearLapsedHealthData('2026-11-24', db)).toBe(0);
  });
});

describe('anonymisation leaves no name behind', () => {
  it('clears attendance notes and reduces the register after its term, in the same transaction', async () => {
    const db = await demoDb();
    const mark = (await db.attendance.toArray())[0]!;
    const id = mark.participantId;
    const withCertificate: Certificate = {
      id: 'recent-cert',
      number: 'ЦТТ-2026-0001',
      year: 2026,
      seq: 1,
      participantId: id,
      programId: 'p',
      groupId: mark.groupId,
      issuedOn: '2026-11-20',
      status: 'issued',
      cancelReason: '',
      replacedById: null,
      replacesId: null,
      verificationCode: 'ABCD',
      snapshot: {
        fio: 'Ёлкина Анна Петровна',
        schoolName: 'Школа № 1',
        grade: '8',
        programTitle: 'Лазерная резка',
        profession: 'Оператор',
        level: 'basic',
        format: 'in-person',
        durationMinutes: 90,
        completionDate: '2026-11-20',
        mentorName: 'Наставник',
      },
      createdAt: '2026-11-20T10:00:00.000Z',
      updatedAt: '2026-11-20T10:00:00.000Z',
    };
    await db.certificates.add(withCertificate);
    const marks = await db.attendance.where('participantId').equals(id).toArray();
    expect(marks.length).toBeGreaterThan(0);
    await db.attendance.update(marks[0]!.id, { note: 'болела, справка от мамы Ёлкиной' });
    // One old certificate (term passed) and the recent one.
    const old: Certificate = {
      ...withCertificate,
      id: 'old-cert',
      number: 'OLD-1',
      issuedOn: '2024-05-20',
      snapshot: { ...withCertificate.snapshot, fio: 'Ёлкина Анна Петровна' },
    };
    await db.certificates.add(old);
    const recentFio = withCertificate.snapshot.fio;
    const recentDay = withCertificate.issuedOn;

    await anonymizeParticipant(id, db, new Date(`${recentDay}T12:00:00`));
    expect((await db.attendance.where('participantId').equals(id).toArray()).map((m) => m.note)).toEqual(
      marks.map(() => ''),
    );
    expect((await db.certificates.get('old-cert'))!.snapshot.fio).toBe('Ё. А. П.');
    expect((await db.certificates.get(withCertificate.id))!.snapshot.fio).toBe(recentFio);
    const entry = (await db.journal.toArray()).find((e) => e.action === 'anonymize')!;
    expect(entry.params).toMatchObject({ notes: 1, certificates: 1 });

    // After the term the daily chore reduces the recent one too.
    const later = `${Number(recentDay.slice(0, 4)) + 1}${recentDay.slice(4)}`;
    expect(await reduceCertificateRegister(later, db)).toBe(1);
    expect((await db.certificates.get(withCertificate.id))!.snapshot.fio).not.toContain(
      recentFio.split(' ')[0]!,
    );
    expect(await reduceCertificateRegister(later, db)).toBe(0);
  });
});
