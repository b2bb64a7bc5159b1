import type { Id, IsoDate, PlatformTrial } from '../domain';
import type { FioParts } from '../text/fio';
import { fioKey, parseFio } from '../text/fio';
import { normalizeKey } from '../text/normalize';
import { normalizePlatformId } from '../participants/duplicates';

/**
 * Сверка с платформой (docs/reconciliation.md): the completions recorded here against the trials the federal
 * platform records, both ways. Pure: the query layer reads the data, this decides.
 */

export interface ReconcileProgram {
  id: Id;
  title: string;
  profession: string;
  /** The programme's title as the venue registered it on the platform, when it differs. */
  platformName?: string;
}

export type ReconcileParticipant = FioParts & {
  id: Id;
  birthDate: IsoDate | null;
  platformId: string | null;
  /** The stored `fioKey`, when the caller has it (saves computing it again). */
  fioKey?: string;
};

/** A completion recorded here, with the dates of its group's sessions (not cancelled). */
export interface ReconcileCompletion {
  participantId: Id;
  programId: Id;
  groupId: Id;
  date: IsoDate;
  sessionDates: readonly IsoDate[];
}

export type ReconcileTrial = Pick<
  PlatformTrial,
  'id' | 'platformId' | 'fio' | 'birthDate' | 'name' | 'date' | 'candidateDates' | 'kind' | 'rowNumber'
>;

export interface CompletionVerdict {
  completion: ReconcileCompletion;
  /** ✓ recorded on the platform, or ✗ not there yet. */
  onPlatform: boolean;
  /** The platform record that confirms it, and the date it carries (a candidate date for an unpaired cell). */
  trialId: Id | null;
  platformDate: IsoDate | null;
}

/** Why a platform trial at this venue has no completion here. */
export type ExtraReason = 'unknown-pupil' | 'no-completion' | 'date-mismatch';

export interface ExtraTrial {
  trial: ReconcileTrial;
  participantId: Id | null;
  programId: Id;
  reason: ExtraReason;
}

export interface Reconciliation {
  completions: CompletionVerdict[];
  extras: ExtraTrial[];
  counts: { completions: number; onPlatform: number; missing: number; extras: number };
}

/**
 * A trial's name as compared: the normalised key (case, ё→е, spaces) with quotes and punctuation dropped, so
 * «Оператор станков с ЧПУ» and «оператор  станков с ЧПУ.» are one name.
 */
export function trialNameKey(name: string): string {
  return normalizeKey(name.replace(/[«»"'“”„`.,:;!?()[\]\-–—]+/g, ' '));
}

/** The names a programme answers to on the platform: its platform name, title and profession. */
export function programNameKeys(p: ReconcileProgram): string[] {
  return [...new Set([p.platformName ?? '', p.title, p.profession].map(trialNameKey).filter(Boolean))];
}

function shortKey(p: FioParts): string {
  return fioKey({ lastName: p.lastName, firstName: p.firstName, middleName: '' });
}

/**
 * Finds the pupil here a platform row is about: by platform ID first; then by normalised ФИО (ё/е, spaces,
 * case, Latin look-alikes: `fioKey`) and birth date; then, when one side has no patronymic, by surname, name
 * and birth date, if exactly one pupil fits. Without a birth date there is no match by name.
 */
export class PupilMatcher {
  private readonly byPlatform = new Map<string, Id>();
  private readonly byFull = new Map<string, Id>();
  // Built on the first row the full key does not find: most rows never need it.
  private byShort: Map<string, { id: Id; hasMiddle: boolean }[]> | null = null;

  constructor(private readonly participants: readonly ReconcileParticipant[]) {
    for (const p of participants) {
      const pid = normalizePlatformId(p.platformId);
      if (pid && !this.byPlatform.has(pid)) this.byPlatform.set(pid, p.id);
      if (!p.birthDate) continue;
      // The stored key is this same `fioKey` (an anonymised record's never matches a name).
      const full = `${p.fioKey ?? fioKey(p)}|${p.birthDate}`;
      if (!this.byFull.has(full)) this.byFull.set(full, p.id);
    }
  }

  private shortIndex(): Map<string, { id: Id; hasMiddle: boolean }[]> {
    if (this.byShort) return this.byShort;
    const index = new Map<string, { id: Id; hasMiddle: boolean }[]>();
    for (const p of this.participants) {
      if (!p.birthDate || p.fioKey?.startsWith('~')) continue;
      const short = `${shortKey(p)}|${p.birthDate}`;
      const list = index.get(short) ?? [];
      list.push({ id: p.id, hasMiddle: !!p.middleName.trim() });
      index.set(short, list);
    }
    return (this.byShort = index);
  }

  // An export row with several trials gives several records of the same pupil: each row's answer is kept.
  private readonly found = new Map<string, Id | null>();

  find(row: { platformId: string | null; fio: string; birthDate: IsoDate | null }): Id | null {
    const key = `${row.platformId ?? ''}\u0000${row.fio}\u0000${row.birthDate ?? ''}`;
    let id = this.found.get(key);
    if (id === undefined) this.found.set(key, (id = this.match(row)));
    return id;
  }

  private match(row: { platformId: string | null; fio: string; birthDate: IsoDate | null }): Id | null {
    const pid = normalizePlatformId(row.platformId);
    if (pid) {
      const hit = this.byPlatform.get(pid);
      if (hit) return hit;
    }
    if (!row.birthDate) return null;
    const parts = parseFio(row.fio);
    if (!parts) return null;
    const full = this.byFull.get(`${fioKey(parts)}|${row.birthDate}`);
    if (full) return full;
    const rowHasMiddle = !!parts.middleName.trim();
    const candidates = (this.shortIndex().get(`${shortKey(parts)}|${row.birthDate}`) ?? []).filter(
      (c) => !rowHasMiddle || !c.hasMiddle,
    );
    return candidates.length === 1 ? candidates[0]!.id : null;
  }
}

function within(date: IsoDate, from: IsoDate, to: IsoDate): boolean {
  return date >= from && date <= to;
}

/**
 * The date of a platform trial that lies within the group's sessions (between its first and last session,
 * both included): its own date, or for an unpaired cell the first candidate date that does.
 */
function dateWithin(trial: ReconcileTrial, from: IsoDate, to: IsoDate): IsoDate | null {
  if (trial.date) return within(trial.date, from, to) ? trial.date : null;
  return trial.candidateDates.find((d) => within(d, from, to)) ?? null;
}

/**
 * The matcher of one read of the participants, made once per read: the Сверка's load ties an export's records
 * with it, and the Сверка drawn right after from the same read asks the same rows again, answered from the
 * matcher's memory instead of matched a second time. A new read (another array) gets a matcher of its own.
 */
const matchers = new WeakMap<readonly ReconcileParticipant[], PupilMatcher>();

export function pupilMatcherFor(participants: readonly ReconcileParticipant[]): PupilMatcher {
  let matcher = matchers.get(participants);
  if (!matcher) matchers.set(participants, (matcher = new PupilMatcher(participants)));
  return matcher;
}

/**
 * Reconciles the completions of a period with the platform's trials. A completion is ✓ when a trial of the
 * same pupil carries a name of its programme and a date within the group's sessions; every platform trial
 * confirms one completion at most. The trials the platform records at this venue (named like one of its
 * programmes) with a date in the period that confirm nothing are the extras.
 */
export function reconcile(input: {
  programs: readonly ReconcileProgram[];
  participants: readonly ReconcileParticipant[];
  completions: readonly ReconcileCompletion[];
  trials: readonly ReconcileTrial[];
  period: { from: IsoDate; to: IsoDate };
}): Reconciliation {
  const matcher = pupilMatcherFor(input.participants);
  const keysOf = new Map(input.programs.map((p) => [p.id, new Set(programNameKeys(p))]));
  // Which programme a platform name means: the first programme (by title order) answering to it.
  const programOfKey = new Map<string, Id>();
  for (const p of [...input.programs].sort((a, b) => a.title.localeCompare(b.title, 'ru')))
    for (const k of programNameKeys(p)) if (!programOfKey.has(k)) programOfKey.set(k, p.id);

  // The programmes answering to each name key, for «completed here under another date».
  const programsOfKey = new Map<string, Id[]>();
  for (const [pid, keys] of keysOf)
    for (const k of keys) programsOfKey.set(k, [...(programsOfKey.get(k) ?? []), pid]);

  const pupilOf = new Map<Id, Id | null>();
  const nameKeyOf = new Map<Id, string>();
  // An export repeats a few trial names over thousands of rows: each is normalised once.
  const keyOfName = new Map<string, string>();
  const trialsByPupil = new Map<Id, ReconcileTrial[]>();
  for (const t of input.trials) {
    const pupil = matcher.find(t);
    pupilOf.set(t.id, pupil);
    let nameKey = keyOfName.get(t.name);
    if (nameKey === undefined) keyOfName.set(t.name, (nameKey = trialNameKey(t.name)));
    nameKeyOf.set(t.id, nameKey);
    if (!pupil) continue;
    const list = trialsByPupil.get(pupil) ?? [];
    list.push(t);
    trialsByPupil.set(pupil, list);
  }

  const used = new Set<Id>();
  const completions = [...input.completions]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((completion): CompletionVerdict => {
      const keys = keysOf.get(completion.programId) ?? new Set<string>();
      const dates = [...completion.sessionDates, completion.date].sort();
      const from = dates[0]!;
      const to = dates[dates.length - 1]!;
      let best: { trial: ReconcileTrial; date: IsoDate } | null = null;
      for (const t of trialsByPupil.get(completion.participantId) ?? []) {
        if (used.has(t.id) || !keys.has(nameKeyOf.get(t.id)!)) continue;
        const date = dateWithin(t, from, to);
        if (!date) continue;
        // A trial with its own date is preferred to one whose date is only a candidate.
        if (!best || (t.date && !best.trial.date)) best = { trial: t, date };
      }
      if (!best) return { completion, onPlatform: false, trialId: null, platformDate: null };
      used.add(best.trial.id);
      return { completion, onPlatform: true, trialId: best.trial.id, platformDate: best.date };
    });

  const completedPrograms = new Set(input.completions.map((c) => `${c.participantId}|${c.programId}`));
  const extras: ExtraTrial[] = [];
  for (const t of input.trials) {
    if (used.has(t.id)) continue;
    const programId = programOfKey.get(nameKeyOf.get(t.id)!);
    if (!programId) continue;
    const inPeriod = t.date
      ? within(t.date, input.period.from, input.period.to)
      : t.candidateDates.some((d) => within(d, input.period.from, input.period.to));
    if (!inPeriod) continue;
    const participantId = pupilOf.get(t.id) ?? null;
    const key = nameKeyOf.get(t.id)!;
    const completedHere =
      !!participantId &&
      (programsOfKey.get(key) ?? []).some((pid) => completedPrograms.has(`${participantId}|${pid}`));
    const reason: ExtraReason = !participantId
      ? 'unknown-pupil'
      : completedHere
        ? 'date-mismatch'
        : 'no-completion';
    extras.push({ trial: t, participantId, programId, reason });
  }

  const onPlatform = completions.filter((c) => c.onPlatform).length;
  return {
    completions,
    extras,
    counts: {
      completions: completions.length,
      onPlatform,
      missing: completions.length - onPlatform,
      extras: extras.length,
    },
  };
}

/**
 * Sessions the venue may now mark «отмечено на платформе»: not cancelled, not yet marked, with attendance
 * recorded, and every pupil who attended them has a ✓ completion of that group.
 */
export function sessionsReadyToConfirm(
  sessions: readonly { id: Id; groupId: Id; status: string; platformConfirmedOn: IsoDate | null }[],
  attended: readonly { sessionId: Id; participantId: Id }[],
  verdicts: readonly CompletionVerdict[],
): Id[] {
  const confirmed = new Set(
    verdicts.filter((v) => v.onPlatform).map((v) => `${v.completion.groupId}|${v.completion.participantId}`),
  );
  const pupils = new Map<Id, Id[]>();
  for (const m of attended) {
    const list = pupils.get(m.sessionId) ?? [];
    list.push(m.participantId);
    pupils.set(m.sessionId, list);
  }
  return sessions
    .filter((s) => s.status !== 'cancelled' && !s.platformConfirmedOn)
    .filter((s) => {
      const list = pupils.get(s.id) ?? [];
      return list.length > 0 && list.every((p) => confirmed.has(`${s.groupId}|${p}`));
    })
    .map((s) => s.id);
}
