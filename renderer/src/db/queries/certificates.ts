import {
  codesEqual,
  groupEligibility,
  normalizeCodeInput,
  normalizeNumberInput,
  parseDesign,
  verificationCode,
  type CertificateDesign,
  type Eligibility,
} from '@shared/certificates';
import { VENUE_ID, type Certificate, type Id, type Participant, type Venue } from '@shared/domain';
import { RuleError } from '@shared/errors';
import { groupBy } from '@shared/reports/report-data';
import { ruCollator } from '@shared/text/collation';
import { db as defaultDb, type ProfprobaDb } from '../index';
import { LEGACY_SECRET_KEY } from '../versions/v4';
import { whereIn } from '../where-in';
import { anonymizedParticipantIds } from './participants';

/** Read models of the «Сертификаты» section: the journal, one certificate, who may get one, verification. */

/** This PC's own copy of the verification secret (the venue profile holds the venue's; versions/v4.ts). */
export const SECRET_KEY = LEGACY_SECRET_KEY;
export const DESIGN_KEY = 'certificateDesign';

/** The journal, newest first (by issue date, then by number). */
export async function listCertificates(db: ProfprobaDb = defaultDb): Promise<Certificate[]> {
  const all = await db.certificates.toArray();
  return all.sort((a, b) => b.issuedOn.localeCompare(a.issuedOn) || b.year - a.year || b.seq - a.seq);
}

/** The titles of the programmes, for the journal's filter (a deleted programme keeps its printed title). */
export async function programTitles(db: ProfprobaDb = defaultDb): Promise<Map<Id, string>> {
  const programs = await db.programs.toArray();
  return new Map(programs.map((p) => [p.id, p.title]));
}

export interface CertificateView {
  certificate: Certificate;
  /** The certificate that replaced this one, and the one this one replaced. */
  replacedBy: Certificate | undefined;
  replaces: Certificate | undefined;
}

export async function certificateView(id: Id, db: ProfprobaDb = defaultDb): Promise<CertificateView | null> {
  return db.transaction('r', db.certificates, async () => {
    const certificate = await db.certificates.get(id);
    if (!certificate) return null;
    const [replacedBy, replaces] = await Promise.all([
      certificate.replacedById ? db.certificates.get(certificate.replacedById) : undefined,
      certificate.replacesId ? db.certificates.get(certificate.replacesId) : undefined,
    ]);
    return { certificate, replacedBy, replaces };
  });
}

export interface GroupChoice {
  /** The programme's title: the groups are listed under it. */
  group: string;
  items: { value: Id; label: string }[];
}

/** Every group, under its programme's title, both in alphabetical order (for the issue page's choice). */
export async function groupChoices(db: ProfprobaDb = defaultDb): Promise<GroupChoice[]> {
  const [groups, programs] = await db.transaction('r', [db.groups, db.programs], () =>
    Promise.all([db.groups.toArray(), db.programs.toArray()]),
  );
  const titles = new Map(programs.map((p) => [p.id, p.title]));
  const byProgram = new Map<string, { value: Id; label: string }[]>();
  for (const g of groups) {
    const title = titles.get(g.programId) ?? '—';
    const items = byProgram.get(title) ?? [];
    items.push({ value: g.id, label: g.name });
    byProgram.set(title, items);
  }
  return [...byProgram]
    .sort(([a], [b]) => ruCollator.compare(a, b))
    .map(([group, items]) => ({ group, items: items.sort((a, b) => ruCollator.compare(a.label, b.label)) }));
}

/** The short (or full) names of the schools by id. */
export async function schoolNames(db: ProfprobaDb = defaultDb): Promise<Map<Id, string>> {
  const schools = await db.schools.toArray();
  return new Map(schools.map((s) => [s.id, s.shortName || s.fullName]));
}

/** The tables the eligibility of a group reads. */
export function eligibilityTables(db: ProfprobaDb) {
  return [
    db.groups,
    db.programs,
    db.sessions,
    db.attendance,
    db.enrollments,
    db.participants,
    db.certificates,
  ];
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
  return db.transaction('r', eligibilityTables(db), () => eligibilityInTransaction(groupId, db));
}

/** The same, inside the caller's transaction (the issue checks it again in its own rw transaction). */
export async function eligibilityInTransaction(groupId: Id, db: ProfprobaDb): Promise<GroupEligibilityView> {
  const group = await db.groups.get(groupId);
  if (!group) throw new RuleError('certificates.groupNotFound');
  const program = await db.programs.get(group.programId);
  if (!program) throw new RuleError('certificates.groupProgramNotFound');
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

/**
 * The venue's verification secrets, the one that makes new codes first: the venue profile's (synced, schema
 * v4), then this PC's own copy (`settings`), which a profile from another PC may lack (versions/v4.ts).
 */
export async function getSecrets(db: ProfprobaDb = defaultDb): Promise<string[]> {
  const [venue, row] = await Promise.all([db.venue.get(VENUE_ID), db.settings.get(SECRET_KEY)]);
  const secrets = (venue?.verificationSecrets ?? []).filter((s) => typeof s === 'string' && s !== '');
  const own = typeof row?.value === 'string' ? row.value : '';
  return own && !secrets.includes(own) ? [...secrets, own] : secrets;
}

/** The secret that makes new codes (pupils' QR codes are made and read with it), or null before the first. */
export async function getSecret(db: ProfprobaDb = defaultDb): Promise<string | null> {
  return (await getSecrets(db))[0] ?? null;
}

export async function getCertificateDesign(db: ProfprobaDb = defaultDb): Promise<CertificateDesign> {
  return parseDesign((await db.settings.get(DESIGN_KEY))?.value);
}

export interface PrintSettings {
  venue: Venue | undefined;
  design: CertificateDesign;
}

/** What a printed certificate needs besides itself: the venue (name, director, images) and the design. */
export async function printSettings(db: ProfprobaDb = defaultDb): Promise<PrintSettings> {
  return db.transaction('r', [db.venue, db.settings], async () => {
    const [venue, design] = await Promise.all([db.venue.get(VENUE_ID), getCertificateDesign(db)]);
    return { venue, design };
  });
}

export type VerificationResult =
  | { kind: 'invalid-input'; error: RuleError }
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
  if (!number) return { kind: 'invalid-input', error: new RuleError('certificates.numberMissing') };
  const code = normalizeCodeInput(codeInput);
  if (!code) return { kind: 'invalid-input', error: new RuleError('certificates.codeMalformed') };
  const certificate =
    (await db.certificates.get({ number })) ??
    (await db.certificates.where('number').equalsIgnoreCase(number).first());
  if (!certificate) return { kind: 'unknown' };
  let matches = false;
  for (const secret of await getSecrets(db)) {
    const expected = await verificationCode(secret, {
      number: certificate.number,
      fio: certificate.snapshot.fio,
      programTitle: certificate.snapshot.programTitle,
    });
    if (codesEqual(code, expected)) matches = true;
  }
  if (!matches) return { kind: 'unknown' };
  const replacement = certificate.replacedById
    ? ((await db.certificates.get(certificate.replacedById)) ?? null)
    : null;
  const kind = certificate.status === 'issued' ? 'genuine' : certificate.status;
  return { kind, certificate, replacement };
}

/**
 * How many certificates each group has due now (eligible: completed, not yet certified for the programme), by
 * group id; groups with none are left out. One read of the tables, grouped in memory, so the issue page's
 * choice and «Главная» can say «к выдаче: N» without one query per group. A participant no longer stored or
 * anonymised is skipped, as `eligibilityInTransaction` skips them.
 */
export async function dueByGroup(db: ProfprobaDb = defaultDb): Promise<Map<Id, number>> {
  return db.transaction('r', eligibilityTables(db), async () => {
    const [groups, programs, sessions, marks, enrollments, certificates, stored, anonymized] =
      await Promise.all([
        db.groups.toArray(),
        db.programs.toArray(),
        db.sessions.toArray(),
        db.attendance.toArray(),
        db.enrollments.toArray(),
        db.certificates.toArray(),
        // Keys only: whether a participant is still stored, without reading 20 000 records.
        db.participants.toCollection().primaryKeys(),
        anonymizedParticipantIds(db),
      ]);
    // Grouped by pushing onto each key's list (`groupBy`); a copy of the list for each row was quadratic in a
    // group's size.
    const sessionsOf = groupBy(sessions, (s) => s.groupId);
    const marksOf = groupBy(marks, (m) => m.groupId);
    const enrolledOf = groupBy(
      enrollments.filter((e) => e.status === 'enrolled'),
      (e) => e.groupId,
    );
    const programOf = new Map(programs.map((p) => [p.id, p]));
    const storedIds = new Set(stored);
    const anonymizedIds = new Set(anonymized);
    const certificatesOf = groupBy(certificates, (c) => c.participantId);
    const due = new Map<Id, number>();
    for (const g of groups) {
      const program = programOf.get(g.programId);
      if (!program) continue;
      const groupMarks = marksOf.get(g.id) ?? [];
      const ids = [
        ...new Set([
          ...(enrolledOf.get(g.id) ?? []).map((e) => e.participantId),
          ...groupMarks.map((m) => m.participantId),
        ]),
      ];
      if (ids.length === 0) continue;
      const gone = ids.filter((id) => !storedIds.has(id));
      const { eligible } = groupEligibility({
        programId: program.id,
        participantIds: ids,
        sessions: sessionsOf.get(g.id) ?? [],
        marks: groupMarks,
        rule: program.completion,
        certificates: ids.flatMap((id) => certificatesOf.get(id) ?? []),
        anonymizedIds: gone.length > 0 ? new Set([...anonymizedIds, ...gone]) : anonymizedIds,
      });
      if (eligible.length > 0) due.set(g.id, eligible.length);
    }
    return due;
  });
}
