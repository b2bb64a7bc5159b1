import Dexie from 'dexie';
import type { Certificate, Id, Participant } from '@shared/domain';
import { VENUE_ID, newId } from '@shared/domain';
import { todayIso } from '@shared/dates';
import { compareRu } from '@shared/text/collation';
import {
  allocateSeqs,
  buildSnapshot,
  cleanPrefix,
  codesEqual,
  formatCertificateNumber,
  generateSecret,
  groupEligibility,
  importSecret,
  normalizeCodeInput,
  normalizeNumberInput,
  parseDesign,
  verificationCode,
  type CertificateDesign,
  type Eligibility,
  type SkippedEntry,
} from '@shared/certificates';
import { db as defaultDb, type ProfprobaDb } from '../index';
import { logAction } from './audit-repo';
import { whereIn } from '../where-in';

export const SECRET_KEY = 'certificateSecret';
export const DESIGN_KEY = 'certificateDesign';

/** The tables an issue reads and writes: all in one rw transaction, so a batch is whole or nothing. */
function issueTables(db: ProfprobaDb) {
  return [
    db.certificates,
    db.certificateCounters,
    db.settings,
    db.venue,
    db.groups,
    db.programs,
    db.sessions,
    db.attendance,
    db.enrollments,
    db.participants,
    db.schools,
    db.mentors,
  ];
}

/** The venue secret for verification codes, created on first need. Call inside a rw transaction on `settings`. */
async function ensureSecret(db: ProfprobaDb): Promise<string> {
  const row = await db.settings.get(SECRET_KEY);
  if (typeof row?.value === 'string' && row.value) return row.value;
  const secret = generateSecret();
  await db.settings.put({ key: SECRET_KEY, value: secret });
  return secret;
}

export async function getSecret(db: ProfprobaDb = defaultDb): Promise<string | null> {
  const row = await db.settings.get(SECRET_KEY);
  return typeof row?.value === 'string' && row.value ? row.value : null;
}

export async function getCertificateDesign(db: ProfprobaDb = defaultDb): Promise<CertificateDesign> {
  return parseDesign((await db.settings.get(DESIGN_KEY))?.value);
}

export async function saveCertificateDesign(
  design: CertificateDesign,
  db: ProfprobaDb = defaultDb,
): Promise<void> {
  await db.settings.put({ key: DESIGN_KEY, value: parseDesign(design) });
}

/** Who takes part in a group: everyone enrolled, and walk-ins who only have marks. */
async function groupParticipantIds(groupId: Id, db: ProfprobaDb): Promise<Id[]> {
  const [enrollments, marks] = await Promise.all([
    db.enrollments.where('groupId').equals(groupId).toArray(),
    db.attendance.where('groupId').equals(groupId).toArray(),
  ]);
  const ids = enrollments
    .filter((e) => e.status === 'enrolled')
    .sort((a, b) => a.position - b.position)
    .map((e) => e.participantId);
  const seen = new Set(ids);
  for (const m of marks) {
    if (seen.has(m.participantId)) continue;
    seen.add(m.participantId);
    ids.push(m.participantId);
  }
  return ids;
}

export interface GroupEligibilityView extends Eligibility {
  participants: Map<Id, Participant>;
}

/** Who of a group may get a certificate now and who is skipped, with reasons. */
export async function eligibilityForGroup(
  groupId: Id,
  db: ProfprobaDb = defaultDb,
): Promise<GroupEligibilityView> {
  return db.transaction('r', issueTables(db), () => computeEligibility(groupId, db));
}

async function computeEligibility(groupId: Id, db: ProfprobaDb): Promise<GroupEligibilityView> {
  const group = await db.groups.get(groupId);
  if (!group) throw new Error('Группа не найдена: возможно, её удалили.');
  const program = await db.programs.get(group.programId);
  if (!program) throw new Error('Программа группы не найдена.');
  const ids = await groupParticipantIds(groupId, db);
  const [sessions, marks, certificates, people] = await Promise.all([
    db.sessions.where('groupId').equals(groupId).toArray(),
    db.attendance.where('groupId').equals(groupId).toArray(),
    whereIn(db.certificates, 'participantId', ids),
    db.participants.bulkGet(ids),
  ]);
  const participants = new Map<Id, Participant>();
  for (const p of people) if (p) participants.set(p.id, p);
  const anonymizedIds = new Set(
    ids.filter((id) => !participants.get(id) || participants.get(id)!.anonymizedAt !== null),
  );
  const result = groupEligibility({
    programId: program.id,
    participantIds: ids,
    sessions,
    marks,
    rule: program.completion,
    certificates,
    anonymizedIds,
  });
  return { ...result, participants };
}

export interface IssueResult {
  issued: Certificate[];
  skipped: SkippedEntry[];
}

/**
 * Issues certificates to the eligible participants of a group (all of them, or only `participantIds`). One rw
 * transaction: the eligibility is checked again inside it, the numbers are taken from `certificateCounters`
 * and the certificates stored, so two batches issued at once never share a number or a participant.
 */
export async function issueCertificates(
  request: { groupId: Id; participantIds?: readonly Id[]; issuedOn?: string },
  db: ProfprobaDb = defaultDb,
): Promise<IssueResult> {
  const issuedOn = request.issuedOn ?? todayIso();
  const year = Number(issuedOn.slice(0, 4));
  return db.transaction('rw', issueTables(db), async () => {
    const view = await computeEligibility(request.groupId, db);
    const wanted = request.participantIds ? new Set(request.participantIds) : null;
    // Numbers follow the alphabetical order of the batch, as the printed stack is handed out.
    const fioOf = (id: Id) => {
      const p = view.participants.get(id);
      return p ? `${p.lastName} ${p.firstName} ${p.middleName}` : '';
    };
    const chosen = (wanted ? view.eligible.filter((e) => wanted.has(e.participantId)) : view.eligible)
      .slice()
      .sort((a, b) => compareRu(fioOf(a.participantId), fioOf(b.participantId)));
    const skipped = wanted ? view.skipped.filter((s) => wanted.has(s.participantId)) : view.skipped;
    if (chosen.length === 0) return { issued: [], skipped };

    const group = (await db.groups.get(request.groupId))!;
    const program = (await db.programs.get(group.programId))!;
    const venue = await db.venue.get(VENUE_ID);
    const sessions = await db.sessions.where('groupId').equals(group.id).toArray();
    const mentorIds = [
      ...new Set(sessions.filter((s) => s.status !== 'cancelled').flatMap((s) => s.mentorIds)),
    ];
    const mentors = (await db.mentors.bulkGet(mentorIds.length > 0 ? mentorIds : program.mentorIds)).filter(
      (m) => m !== undefined,
    );
    const schoolIds = [
      ...new Set(chosen.map((e) => view.participants.get(e.participantId)?.schoolId)),
    ].filter((id): id is Id => !!id);
    const schools = new Map((await db.schools.bulkGet(schoolIds)).filter((s) => !!s).map((s) => [s.id, s]));

    const numbers = await allocate(year, chosen.length, db);
    const prefix = cleanPrefix(venue?.certificatePrefix);
    const secret = await ensureSecret(db);
    const now = new Date().toISOString();
    const drafts = chosen.map((entry, i) => {
      const participant = view.participants.get(entry.participantId)!;
      const seq = numbers[i]!;
      const certificate: Certificate = {
        id: newId(),
        number: formatCertificateNumber(prefix, year, seq),
        year,
        seq,
        participantId: participant.id,
        programId: program.id,
        groupId: group.id,
        issuedOn,
        status: 'issued',
        cancelReason: '',
        replacedById: null,
        replacesId: null,
        verificationCode: '',
        snapshot: buildSnapshot({
          participant,
          school: participant.schoolId ? schools.get(participant.schoolId) : undefined,
          program,
          completionDate: entry.completedOn,
          mentors,
        }),
        createdAt: now,
        updatedAt: now,
      };
      return certificate;
    });
    await withCodes(drafts, secret);
    await db.certificates.bulkAdd(drafts);
    return { issued: drafts, skipped };
  });
}

/** Takes `count` numbers of `year` from the counter and stores the counter back (inside the caller's transaction). */
async function allocate(year: number, count: number, db: ProfprobaDb): Promise<number[]> {
  const counter = await db.certificateCounters.get(year);
  const highest = await db.certificates.where('year').equals(year).toArray();
  const highestUsed = highest.reduce((max, c) => Math.max(max, c.seq), 0);
  const allocation = allocateSeqs(counter, year, count, highestUsed);
  await db.certificateCounters.put(allocation.counter);
  return allocation.seqs;
}

/**
 * Fills in the verification codes. WebCrypto is not an IndexedDB request, so awaiting it plainly would let the
 * transaction commit under us; Dexie.waitFor keeps it open for that one promise.
 */
async function withCodes(certificates: Certificate[], secret: string): Promise<void> {
  const codes = await Dexie.waitFor(
    (async () => {
      const key = await importSecret(secret);
      return Promise.all(
        certificates.map((c) =>
          verificationCode(key, {
            number: c.number,
            fio: c.snapshot.fio,
            programTitle: c.snapshot.programTitle,
          }),
        ),
      );
    })(),
  );
  certificates.forEach((c, i) => (c.verificationCode = codes[i]!));
}

/** Cancels a certificate; its number stays taken. The reason is required and goes to the audit log. */
export async function cancelCertificate(id: Id, reason: string, db: ProfprobaDb = defaultDb): Promise<void> {
  const why = reason.trim();
  if (!why) throw new Error('Укажите причину аннулирования.');
  await db.transaction('rw', [db.certificates, db.auditLog], async () => {
    const certificate = await db.certificates.get(id);
    if (!certificate) throw new Error('Сертификат не найден.');
    if (certificate.status !== 'issued') {
      throw new Error(
        `Сертификат № ${certificate.number} уже не действует: аннулировать можно только выданный.`,
      );
    }
    await db.certificates.update(id, {
      status: 'cancelled',
      cancelReason: why,
      updatedAt: new Date().toISOString(),
    });
    await logAction('certificate-cancel', 'certificate', id, `Аннулирован № ${certificate.number}`, db);
  });
}

/**
 * Reissues a certificate under a new number with the participant's current data (e.g. after a typo in the ФИО
 * was fixed). The old one becomes «перевыпущен» (a cancelled one stays cancelled), and the two point at each
 * other.
 */
export async function reissueCertificate(
  id: Id,
  options: { issuedOn?: string } = {},
  db: ProfprobaDb = defaultDb,
): Promise<Certificate> {
  const issuedOn = options.issuedOn ?? todayIso();
  const year = Number(issuedOn.slice(0, 4));
  return db.transaction('rw', [...issueTables(db), db.auditLog], async () => {
    const old = await db.certificates.get(id);
    if (!old) throw new Error('Сертификат не найден.');
    if (old.replacedById || old.status === 'reissued') {
      throw new Error(`Сертификат № ${old.number} уже перевыпущен.`);
    }
    const others = await db.certificates
      .where('[participantId+programId]')
      .equals([old.participantId, old.programId])
      .toArray();
    const inForce = others.find((c) => c.id !== old.id && c.status === 'issued');
    if (inForce) {
      throw new Error(`У участника уже есть действующий сертификат № ${inForce.number} по этой программе.`);
    }
    const participant = await db.participants.get(old.participantId);
    if (!participant || participant.anonymizedAt) {
      throw new Error('Персональные данные участника удалены: перевыпустить сертификат нельзя.');
    }
    const [program, school, venue] = await Promise.all([
      db.programs.get(old.programId),
      participant.schoolId ? db.schools.get(participant.schoolId) : undefined,
      db.venue.get(VENUE_ID),
    ]);
    const snapshot = program
      ? {
          ...buildSnapshot({
            participant,
            school,
            program,
            completionDate: old.snapshot.completionDate,
            mentors: [],
          }),
          mentorName: old.snapshot.mentorName,
        }
      : { ...old.snapshot };
    if (!school) {
      snapshot.schoolName = old.snapshot.schoolName;
      snapshot.schoolShortName = old.snapshot.schoolShortName;
    }
    const [seq] = await allocate(year, 1, db);
    const now = new Date().toISOString();
    const replacement: Certificate = {
      ...old,
      id: newId(),
      number: formatCertificateNumber(cleanPrefix(venue?.certificatePrefix), year, seq!),
      year,
      seq: seq!,
      issuedOn,
      status: 'issued',
      cancelReason: '',
      replacedById: null,
      replacesId: old.id,
      verificationCode: '',
      snapshot,
      createdAt: now,
      updatedAt: now,
    };
    const secret = await ensureSecret(db);
    await withCodes([replacement], secret);
    await db.certificates.add(replacement);
    await db.certificates.update(old.id, {
      status: old.status === 'cancelled' ? 'cancelled' : 'reissued',
      replacedById: replacement.id,
      updatedAt: now,
    });
    await logAction(
      'certificate-reissue',
      'certificate',
      old.id,
      `Перевыпущен № ${old.number} → № ${replacement.number}`,
      db,
    );
    return replacement;
  });
}

export type VerificationResult =
  | { kind: 'invalid-input'; message: string }
  | { kind: 'unknown' }
  | { kind: 'genuine' | 'cancelled' | 'reissued'; certificate: Certificate; replacement: Certificate | null };

/**
 * Checks a number and a code against the local journal, offline. A code that does not match is reported as
 * unknown, without revealing whose number it is.
 */
export async function verifyCertificate(
  numberInput: string,
  codeInput: string,
  db: ProfprobaDb = defaultDb,
): Promise<VerificationResult> {
  const number = normalizeNumberInput(numberInput);
  if (!number) return { kind: 'invalid-input', message: 'Введите номер сертификата.' };
  const code = normalizeCodeInput(codeInput);
  if (!code) {
    return {
      kind: 'invalid-input',
      message: 'Код проверки — 8 знаков вида XXXX-XXXX (латинские буквы и цифры 2–9).',
    };
  }
  const certificate =
    (await db.certificates.get({ number })) ??
    (await db.certificates.where('number').equalsIgnoreCase(number).first());
  const secret = await getSecret(db);
  if (!certificate || !secret) return { kind: 'unknown' };
  const expected = await verificationCode(secret, {
    number: certificate.number,
    fio: certificate.snapshot.fio,
    programTitle: certificate.snapshot.programTitle,
  });
  if (!codesEqual(code, expected)) return { kind: 'unknown' };
  const replacement = certificate.replacedById
    ? ((await db.certificates.get(certificate.replacedById)) ?? null)
    : null;
  const kind = certificate.status === 'issued' ? 'genuine' : certificate.status;
  return { kind, certificate, replacement };
}
