import type { Id, Participant, School } from '../domain';
import { joinFio } from '../text/fio';
import { normalizeKey } from '../text/normalize';
import { DuplicateIndex, duplicateKeysOf, type DuplicateKeys } from '../participants/duplicates';
import type { ParticipantDraft } from '../participants/draft';
import type { ImportRow, RowProblem } from './rows';
import { valueProblem } from './problems';

export const ROW_STATUSES = [
  'new',
  'update',
  'duplicate-existing',
  'duplicate-in-file',
  'possible-duplicate',
  'invalid',
] as const;
export type RowStatus = (typeof ROW_STATUSES)[number];

/** Fields an import may change on an existing participant. */
export type ParticipantPatch = Partial<
  Pick<
    Participant,
    | 'lastName'
    | 'firstName'
    | 'middleName'
    | 'birthDate'
    | 'sex'
    | 'grade'
    | 'classLetter'
    | 'contact'
    | 'hasDisability'
    | 'nosology'
    | 'platformId'
    | 'verification'
  >
>;

export interface ClassifiedRow extends ImportRow {
  status: RowStatus;
  /** The existing participant this row matches (update / duplicate-existing / possible-duplicate). */
  matchId: Id | null;
  /** The earlier row of the file this one repeats. */
  duplicateOfRow: number | null;
  /** For updates: the field changes, for the preview («Класс: 8 → 9»). */
  changes: RowChange[];
  patch: ParticipantPatch;
  /** normalizeKey of the school name, or null when the row names no school. */
  schoolKey: string | null;
  /** The school the row moves the participant to, when it differs from the current one. */
  schoolChanged: boolean;
}

export interface ExistingData {
  participants: readonly Participant[];
  schools: readonly School[];
  /** Participants with a valid health-data consent: only they may get an ОВЗ flag from a file. */
  healthConsentIds: ReadonlySet<Id>;
}

/** One change an update makes, for the preview's words (`preview.changes.<field>` in the locale). */
export interface RowChange {
  field:
    | 'fio'
    | 'birthDate'
    | 'sex'
    | 'grade'
    | 'classLetter'
    | 'contact'
    | 'platformId'
    | 'verification'
    | 'ovz'
    | 'school';
  from?: string;
  to?: string;
}

const ovzWithoutConsent = (): RowProblem => ({
  column: { field: 'ovz' },
  problem: valueProblem('participants.ovzWithoutConsent'),
});

/** Resolves a school name from a file to an existing school (by full or short name), case/ё/space-insensitive. */
export function schoolResolver(schools: readonly School[]): (key: string) => School | undefined {
  const byKey = new Map<string, School>();
  for (const s of schools) {
    byKey.set(s.nameKey, s);
    const short = normalizeKey(s.shortName);
    if (short && !byKey.has(short)) byKey.set(short, s);
  }
  return (key) => byKey.get(key);
}

/**
 * Fills the blanks of `into` from `from` (a later repeat of the same person in the file). Says whether a field
 * of the duplicate rule's keys (patronymic, birth date, platform id) changed.
 */
function fillBlanks(into: ParticipantDraft, from: ParticipantDraft): boolean {
  const keyed =
    (!into.middleName && !!from.middleName) ||
    (!into.birthDate && !!from.birthDate) ||
    (!into.platformId && !!from.platformId);
  if (!into.middleName && from.middleName) into.middleName = from.middleName;
  if (!into.birthDate && from.birthDate) into.birthDate = from.birthDate;
  if (!into.sex && from.sex) into.sex = from.sex;
  if (into.grade === null && from.grade !== null) into.grade = from.grade;
  if (!into.classLetter && from.classLetter) into.classLetter = from.classLetter;
  if (!into.contact && from.contact) into.contact = from.contact;
  if (into.hasDisability === null && from.hasDisability !== null) into.hasDisability = from.hasDisability;
  if (!into.nosology && from.nosology) into.nosology = from.nosology;
  if (!into.platformId && from.platformId) into.platformId = from.platformId;
  if (!into.verification && from.verification) into.verification = from.verification;
  return keyed;
}

/**
 * Classifies every row against the database and the rows above it:
 * - invalid: a value that cannot be read (listed, skipped);
 * - duplicate-in-file: the same person as an earlier row (platform id, or ФИО + birth date); its values
 *   fill the earlier row's blanks;
 * - update / duplicate-existing: the same person as a stored participant, with or without new values;
 * - possible-duplicate: the same ФИО as someone stored or above, but no birth date to be sure — never
 *   merged automatically, skipped unless the person says to add it;
 * - new.
 */
export function classifyRows(rows: readonly ImportRow[], existing: ExistingData): ClassifiedRow[] {
  const stored = new DuplicateIndex<Participant>();
  for (const p of existing.participants) if (!p.anonymizedAt) stored.add(duplicateKeysOf(p), p);
  const resolveSchool = schoolResolver(existing.schools);
  const schoolKeyOf = new Map(existing.schools.map((s) => [s.id, s.nameKey]));
  // A file names a few dozen schools over thousands of rows: each name is normalised once.
  const schoolKeys = new Map<string, string>();
  const schoolKeyFor = (name: string): string => {
    let key = schoolKeys.get(name);
    if (key === undefined) schoolKeys.set(name, (key = normalizeKey(name)));
    return key;
  };

  const out: ClassifiedRow[] = rows.map((r) => ({
    ...r,
    draft: { ...r.draft },
    warnings: [...r.warnings],
    status: r.errors.length > 0 ? 'invalid' : 'new',
    matchId: null,
    duplicateOfRow: null,
    changes: [],
    patch: {},
    schoolKey: r.schoolName ? schoolKeyFor(r.schoolName) : null,
    schoolChanged: false,
  }));

  // Each row's keys are made once (the ФИО key is the costly part), and again only for a row whose keyed
  // fields a later repeat filled in.
  const keys: (DuplicateKeys | null)[] = new Array<DuplicateKeys | null>(out.length).fill(null);
  const indexOf = new Map<ClassifiedRow, number>();
  const keysOf = (i: number): DuplicateKeys => (keys[i] ??= duplicateKeysOf(out[i]!.draft));

  // Duplicates within the file first, so a later repeat can complete the earlier row before it is compared.
  const seen = new DuplicateIndex<ClassifiedRow>();
  for (let i = 0; i < out.length; i++) {
    const row = out[i]!;
    if (row.status === 'invalid') continue;
    const k = keysOf(i);
    const earlier = seen.find(k);
    if (earlier) {
      row.status = 'duplicate-in-file';
      row.duplicateOfRow = earlier.rowNumber;
      if (fillBlanks(earlier.draft, row.draft)) keys[indexOf.get(earlier)!] = null;
      if (!earlier.schoolKey && row.schoolKey) {
        earlier.schoolKey = row.schoolKey;
        earlier.schoolName = row.schoolName;
      }
      continue;
    }
    const sameName = seen.findPossible(k);
    if (sameName) {
      row.status = 'possible-duplicate';
      row.duplicateOfRow = sameName.rowNumber;
    }
    seen.add(k, row);
    indexOf.set(row, i);
  }

  for (let i = 0; i < out.length; i++) {
    const row = out[i]!;
    if (row.status === 'invalid' || row.status === 'duplicate-in-file') continue;
    const k = keysOf(i);
    const match = stored.find(k);
    if (!match) {
      const sameName = stored.findPossible(k);
      if (sameName) {
        row.status = 'possible-duplicate';
        row.matchId = sameName.id;
      }
      if (row.draft.hasDisability) row.warnings.push(ovzWithoutConsent());
      continue;
    }
    row.matchId = match.id;
    row.duplicateOfRow = null;
    const { patch, changes, warnings } = patchFor(match, row.draft, existing.healthConsentIds.has(match.id));
    row.warnings.push(...warnings);
    const currentSchoolKey = match.schoolId ? schoolKeyOf.get(match.schoolId) : undefined;
    const target = row.schoolKey ? resolveSchool(row.schoolKey) : undefined;
    if (row.schoolKey && (target ? target.id !== match.schoolId : currentSchoolKey !== row.schoolKey)) {
      row.schoolChanged = true;
      changes.push({ field: 'school', to: row.schoolName });
    }
    row.patch = patch;
    row.changes = changes;
    row.status = changes.length > 0 ? 'update' : 'duplicate-existing';
  }
  return out;
}

/**
 * The stored participants whose health consent the classification asked about: those matched by a row that
 * brings ОВЗ (after a later repeat filled it in). Nothing else depends on `healthConsentIds`, so classifying
 * again with the consents of these alone gives what classifying with every consent gives.
 */
export function healthConsentAsked(rows: readonly ClassifiedRow[]): Id[] {
  const ids = new Set<Id>();
  for (const row of rows)
    if (
      row.matchId &&
      row.draft.hasDisability &&
      (row.status === 'update' || row.status === 'duplicate-existing')
    )
      ids.add(row.matchId);
  return [...ids];
}

function patchFor(
  p: Participant,
  d: ParticipantDraft,
  healthConsent: boolean,
): { patch: ParticipantPatch; changes: RowChange[]; warnings: RowProblem[] } {
  const patch: ParticipantPatch = {};
  const changes: RowChange[] = [];
  const warnings: RowProblem[] = [];
  const storedFio = joinFio(p);
  const fileFio = joinFio(d);
  // The same text has the same key: most rows repeat the stored name exactly, and skip the normalising.
  if (storedFio !== fileFio && normalizeKey(storedFio) !== normalizeKey(fileFio)) {
    patch.lastName = d.lastName;
    patch.firstName = d.firstName;
    patch.middleName = d.middleName;
    changes.push({ field: 'fio', from: storedFio, to: fileFio });
  }
  if (d.birthDate && d.birthDate !== p.birthDate) {
    patch.birthDate = d.birthDate;
    changes.push({ field: 'birthDate' });
  }
  if (d.sex && d.sex !== p.sex) {
    patch.sex = d.sex;
    changes.push({ field: 'sex', to: d.sex });
  }
  if (d.grade !== null && d.grade !== p.grade) {
    patch.grade = d.grade;
    changes.push({ field: 'grade', from: p.grade === null ? '—' : String(p.grade), to: String(d.grade) });
  }
  if (d.classLetter && d.classLetter !== p.classLetter) {
    patch.classLetter = d.classLetter;
    changes.push({ field: 'classLetter', to: d.classLetter });
  }
  if (d.contact && d.contact !== p.contact) {
    patch.contact = d.contact;
    changes.push({ field: 'contact' });
  }
  if (d.platformId && d.platformId !== p.platformId) {
    patch.platformId = d.platformId;
    changes.push({ field: 'platformId' });
  }
  if (d.verification && d.verification !== p.verification) {
    patch.verification = d.verification;
    changes.push({ field: 'verification' });
  }
  if (d.hasDisability) {
    if (!healthConsent) warnings.push(ovzWithoutConsent());
    else if (!p.hasDisability || (d.nosology && d.nosology !== p.nosology)) {
      patch.hasDisability = true;
      if (d.nosology) patch.nosology = d.nosology;
      changes.push({ field: 'ovz' });
    }
  }
  return { patch, changes, warnings };
}

export interface ImportCounts {
  added: number;
  updated: number;
  merged: number;
  invalid: number;
  possibleSkipped: number;
  possibleAdded: number;
  newSchools: number;
}

export interface PlannedSchool {
  key: string;
  fullName: string;
  municipality: string;
  navigatorName: string;
}

export interface ImportPlan {
  /** Schools to create, keyed by normalised name. */
  newSchools: PlannedSchool[];
  adds: { rowNumber: number; draft: ParticipantDraft; schoolKey: string | null }[];
  updates: { rowNumber: number; participantId: Id; patch: ParticipantPatch; schoolKey: string | null }[];
  counts: ImportCounts;
}

/**
 * What the commit will write. Possible duplicates are added only when the person ticked them
 * (`addPossible` holds their row numbers); invalid rows are never written.
 */
export function buildImportPlan(
  rows: readonly ClassifiedRow[],
  schools: readonly School[],
  addPossible: ReadonlySet<number> = new Set(),
): ImportPlan {
  const resolve = schoolResolver(schools);
  const newSchools = new Map<string, PlannedSchool>();
  const noteSchool = (row: ClassifiedRow) => {
    if (!row.schoolKey || resolve(row.schoolKey) || newSchools.has(row.schoolKey)) return;
    newSchools.set(row.schoolKey, {
      key: row.schoolKey,
      fullName: row.schoolName,
      municipality: row.municipality,
      navigatorName: row.navigatorName,
    });
  };
  const plan: ImportPlan = {
    newSchools: [],
    adds: [],
    updates: [],
    counts: {
      added: 0,
      updated: 0,
      merged: 0,
      invalid: 0,
      possibleSkipped: 0,
      possibleAdded: 0,
      newSchools: 0,
    },
  };
  for (const row of rows) {
    switch (row.status) {
      case 'invalid':
        plan.counts.invalid += 1;
        break;
      case 'duplicate-in-file':
      case 'duplicate-existing':
        plan.counts.merged += 1;
        break;
      case 'possible-duplicate':
        if (!addPossible.has(row.rowNumber)) {
          plan.counts.possibleSkipped += 1;
          break;
        }
        plan.counts.possibleAdded += 1;
        noteSchool(row);
        plan.adds.push({ rowNumber: row.rowNumber, draft: row.draft, schoolKey: row.schoolKey });
        plan.counts.added += 1;
        break;
      case 'new':
        noteSchool(row);
        plan.adds.push({ rowNumber: row.rowNumber, draft: row.draft, schoolKey: row.schoolKey });
        plan.counts.added += 1;
        break;
      case 'update':
        if (row.schoolChanged) noteSchool(row);
        plan.updates.push({
          rowNumber: row.rowNumber,
          participantId: row.matchId!,
          patch: row.patch,
          schoolKey: row.schoolChanged ? row.schoolKey : null,
        });
        plan.counts.updated += 1;
        break;
    }
  }
  plan.newSchools = [...newSchools.values()];
  plan.counts.newSchools = plan.newSchools.length;
  return plan;
}
