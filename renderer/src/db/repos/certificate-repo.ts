import Dexie from 'dexie';
import type { Certificate, Id } from '@shared/domain';
import { VENUE_ID, newId } from '@shared/domain';
import { todayIso } from '@shared/dates';
import { compareRu } from '@shared/text/collation';
import {
  allocateSeqs,
  buildSnapshot,
  cleanPrefix,
  formatCertificateNumber,
  generateSecret,
  importSecret,
  parseDesign,
  verificationCode,
  type CertificateDesign,
  type SkippedEntry,
} from '@shared/certificates';
import { RuleError } from '@shared/errors';
import { db as defaultDb, type ProfprobaDb } from '../index';
import { DESIGN_KEY, eligibilityInTransaction, getSecrets, SECRET_KEY } from '../queries/certificates';
import { logAction } from './audit-repo';

// The bench still reads the design from here; its home is `db/queries/certificates.ts`.

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

/**
 * The venue secret for verification codes, created on first need. It lives on the venue profile, so it syncs
 * to every PC of the venue (versions/v4.ts). This PC keeps its own copy in `settings` too, and puts it on the
 * profile when the profile lacks it (two PCs that each had a secret before they met on the server: the profile
 * of one won), so what this PC printed verifies everywhere again. Call inside a rw transaction on `venue` and
 * `settings`.
 */
export async function ensureSecret(db: ProfprobaDb): Promise<string> {
  const [current] = await getSecrets(db);
  const secret = current ?? generateSecret();
  if (!current) await db.settings.put({ key: SECRET_KEY, value: secret });
  const [venue, own] = await Promise.all([db.venue.get(VENUE_ID), db.settings.get(SECRET_KEY)]);
  if (venue) {
    const onProfile = venue.verificationSecrets ?? [];
    const wanted = [
      ...new Set([secret, ...onProfile, ...(typeof own?.value === 'string' ? [own.value] : [])]),
    ];
    if (wanted.length !== onProfile.length) {
      await db.venue.update(VENUE_ID, { verificationSecrets: wanted, updatedAt: new Date().toISOString() });
    }
  }
  return secret;
}

export async function saveCertificateDesign(
  design: CertificateDesign,
  db: ProfprobaDb = defaultDb,
): Promise<void> {
  await db.settings.put({ key: DESIGN_KEY, value: parseDesign(design) });
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
    const view = await eligibilityInTransaction(request.groupId, db);
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

/**
 * Where the numbers come from while several PCs share the data (sync on, issue 19): the venue server's counter,
 * so two PCs never take the same number. It gets the year, how many numbers and the highest this PC knows of.
 */
export type CertificateNumberSource = (
  year: number,
  count: number,
  highestKnown: number,
) => Promise<number[]>;

const numberSources = new WeakMap<ProfprobaDb, CertificateNumberSource>();

/** Sync sets the server's counter as the source of numbers for a database, and takes it away (null) when off. */
export function setCertificateNumberSource(db: ProfprobaDb, source: CertificateNumberSource | null): void {
  if (source) numberSources.set(db, source);
  else numberSources.delete(db);
}

/** Takes `count` numbers of `year` from the counter and stores the counter back (inside the caller's transaction). */
async function allocate(year: number, count: number, db: ProfprobaDb): Promise<number[]> {
  const counter = await db.certificateCounters.get(year);
  const highest = await db.certificates.where('year').equals(year).toArray();
  const highestUsed = highest.reduce((max, c) => Math.max(max, c.seq), 0);
  const allocation = allocateSeqs(counter, year, count, highestUsed);
  const source = numberSources.get(db);
  if (!source) {
    await db.certificateCounters.put(allocation.counter);
    return allocation.seqs;
  }
  // The server is asked inside the transaction: Dexie.waitFor keeps it open while the request runs, so the
  // numbers and the certificates are stored together or not at all.
  const known = allocation.counter.lastSeq - count;
  const seqs = await Dexie.waitFor(source(year, count, known));
  await db.certificateCounters.put({ year, lastSeq: Math.max(known, ...seqs) });
  return seqs;
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
  if (!why) throw new RuleError('certificates.reasonRequired', {}, 'reason');
  await db.transaction('rw', [db.certificates, db.journal], async () => {
    const certificate = await db.certificates.get(id);
    if (!certificate) throw new RuleError('certificates.notFound');
    if (certificate.status !== 'issued') {
      throw new RuleError('certificates.notInForce', { number: certificate.number });
    }
    await db.certificates.update(id, {
      status: 'cancelled',
      cancelReason: why,
      updatedAt: new Date().toISOString(),
    });
    await logAction(
      'certificate-cancel',
      'certificate',
      id,
      {
        code: 'certificateCancelled',
        params: { number: certificate.number },
      },
      db,
    );
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
  return db.transaction('rw', [...issueTables(db), db.journal], async () => {
    const old = await db.certificates.get(id);
    if (!old) throw new RuleError('certificates.notFound');
    if (old.replacedById || old.status === 'reissued') {
      throw new RuleError('certificates.alreadyReissued', { number: old.number });
    }
    const others = await db.certificates
      .where('[participantId+programId]')
      .equals([old.participantId, old.programId])
      .toArray();
    const inForce = others.find((c) => c.id !== old.id && c.status === 'issued');
    if (inForce) {
      throw new RuleError('certificates.otherInForce', { number: inForce.number });
    }
    const participant = await db.participants.get(old.participantId);
    if (!participant || participant.anonymizedAt) {
      throw new RuleError('certificates.participantAnonymized');
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
      {
        code: 'certificateReissued',
        params: { number: old.number, replacement: replacement.number },
      },
      db,
    );
    return replacement;
  });
}
