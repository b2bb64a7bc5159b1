import type { Consent, ConsentKind, Id, IsoDate } from '../domain';
import type { ErrorCode } from '../errors';

export const CONSENT_STATUSES = ['valid', 'expired', 'withdrawn', 'none'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];
// Their words: `enums.consentStatus.<status>` in the common locale.

/**
 * A consent is valid on a day when it was signed on or before that day, its term has not run out (valid
 * until is inclusive; no term means until withdrawn) and it was not withdrawn on or before that day.
 */
export function isConsentValid(
  consent: Pick<Consent, 'signedOn' | 'validUntil' | 'withdrawnOn'>,
  on: IsoDate,
): boolean {
  return consentRecordStatus(consent, on) === 'valid';
}

export function consentRecordStatus(
  consent: Pick<Consent, 'signedOn' | 'validUntil' | 'withdrawnOn'>,
  on: IsoDate,
): Exclude<ConsentStatus, 'none'> {
  if (consent.withdrawnOn && consent.withdrawnOn <= on) return 'withdrawn';
  if (consent.validUntil && consent.validUntil < on) return 'expired';
  if (consent.signedOn > on) return 'expired';
  return 'valid';
}

/** The best status among a participant's consents of one kind: valid beats expired beats withdrawn. */
export function consentStatus(consents: readonly Consent[], kind: ConsentKind, on: IsoDate): ConsentStatus {
  const ofKind = consents.filter((c) => c.kind === kind);
  if (ofKind.length === 0) return 'none';
  const statuses = ofKind.map((c) => consentRecordStatus(c, on));
  if (statuses.includes('valid')) return 'valid';
  if (statuses.includes('expired')) return 'expired';
  return 'withdrawn';
}

export function hasValidConsent(consents: readonly Consent[], kind: ConsentKind, on: IsoDate): boolean {
  return consentStatus(consents, kind, on) === 'valid';
}

/** Status of one kind for many participants at once (for list filters). */
export function consentStatusByParticipant(
  consents: readonly Consent[],
  kind: ConsentKind,
  on: IsoDate,
): Map<Id, ConsentStatus> {
  const byParticipant = new Map<Id, Consent[]>();
  for (const c of consents) {
    if (c.kind !== kind) continue;
    let list = byParticipant.get(c.participantId);
    if (!list) byParticipant.set(c.participantId, (list = []));
    list.push(c);
  }
  const out = new Map<Id, ConsentStatus>();
  for (const [id, list] of byParticipant) out.set(id, consentStatus(list, kind, on));
  return out;
}

/**
 * The rule for health data: ОВЗ and nosology are stored only with a valid health consent. Returns the
 * error code of the reason when the values may not be saved, null when they may.
 */
export function healthDataProblem(
  values: { hasDisability: boolean; nosology: string },
  consents: readonly Consent[],
  on: IsoDate,
): ErrorCode | null {
  const wantsHealthData = values.hasDisability || values.nosology.trim() !== '';
  if (!wantsHealthData) return null;
  return hasValidConsent(consents, 'health', on) ? null : 'participants.healthConsentRequired';
}

/** Health data as every reader sees it: ОВЗ and nosology of a participant, if the record holds them. */
export interface HealthData {
  id: Id;
  hasDisability: boolean;
  nosology?: string;
}

function holdsHealthData(p: HealthData): boolean {
  return p.hasDisability || (p.nosology ?? '').trim() !== '';
}

/**
 * A participant's health data as it may be read on a day: kept only while a valid health consent covers
 * it. A consent that ran out (`validUntil` passed) or was withdrawn takes ОВЗ and nosology with it, whether
 * or not the stored record has been cleared yet; so reports, exports and the card never show ОВЗ that
 * outlived its consent. `consents` may hold other participants' too (they are ignored). Returns the same
 * object when nothing is blanked.
 */
export function effectiveHealthData<P extends HealthData>(
  participant: P,
  consents: readonly Consent[],
  on: IsoDate,
): P {
  if (!holdsHealthData(participant)) return participant;
  const own = consents.filter((c) => c.participantId === participant.id);
  if (hasValidConsent(own, 'health', on)) return participant;
  return participant.nosology === undefined
    ? { ...participant, hasDisability: false }
    : { ...participant, hasDisability: false, nosology: '' };
}

/** Whether ОВЗ counts for a participant on a day (`effectiveHealthData`). */
export function effectiveDisability(
  participant: HealthData,
  consents: readonly Consent[],
  on: IsoDate,
): boolean {
  return effectiveHealthData(participant, consents, on).hasDisability;
}

/** The ids among `participants` whose stored health data needs a consent check (few: only those with ОВЗ). */
export function idsWithHealthData(participants: readonly HealthData[]): Id[] {
  return participants.filter(holdsHealthData).map((p) => p.id);
}

/**
 * `effectiveHealthData` for many participants: `consents` may be every consent or only those of
 * `idsWithHealthData(participants)`; they are grouped by participant once.
 */
export function withEffectiveHealthData<P extends HealthData>(
  participants: readonly P[],
  consents: readonly Consent[],
  on: IsoDate,
): P[] {
  const byParticipant = new Map<Id, Consent[]>();
  for (const c of consents) {
    if (c.kind !== 'health') continue;
    let list = byParticipant.get(c.participantId);
    if (!list) byParticipant.set(c.participantId, (list = []));
    list.push(c);
  }
  return participants.map((p) => effectiveHealthData(p, byParticipant.get(p.id) ?? [], on));
}
