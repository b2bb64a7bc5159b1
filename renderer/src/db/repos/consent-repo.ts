import type { Consent, Id, StoredFile } from '@shared/domain';
import { newId } from '@shared/domain/common';
import { todayIso } from '@shared/dates';
import { hasValidConsent } from '@shared/participants/consent-rules';
import type { ConsentValues } from '@shared/participants/schemas';
import { db as defaultDb, type ProfprobaDb } from '../index';
import { RuleError } from '@shared/errors';

/** The largest scan kept in the database (a photo or a PDF of one page or two). */
export const MAX_SCAN_BYTES = 5 * 1024 * 1024;

export interface ConsentSaveResult {
  consent: Consent;
  /** True when ОВЗ and nosology were erased because no valid health consent is left. */
  healthDataCleared: boolean;
}

/**
 * Health data may only live next to a valid health consent: when a change leaves none, the ОВЗ flag and
 * nosology are erased in the same transaction.
 */
async function enforceHealthRule(participantId: Id, db: ProfprobaDb): Promise<boolean> {
  const p = await db.participants.get(participantId);
  if (!p || (!p.hasDisability && !p.nosology)) return false;
  const consents = await db.consents.where('participantId').equals(participantId).toArray();
  if (hasValidConsent(consents, 'health', todayIso())) return false;
  await db.participants.update(participantId, {
    hasDisability: false,
    nosology: '',
    updatedAt: new Date().toISOString(),
  });
  return true;
}

export async function saveConsent(
  participantId: Id,
  values: ConsentValues,
  scan: StoredFile | null,
  id: Id | null,
  db: ProfprobaDb = defaultDb,
): Promise<ConsentSaveResult> {
  return db.transaction('rw', db.consents, db.participants, async () => {
    const p = await db.participants.get(participantId);
    if (!p) throw new RuleError('participants.notFound');
    if (p.anonymizedAt) throw new RuleError('participants.consentsErased');
    const now = new Date().toISOString();
    const current = id ? await db.consents.get(id) : undefined;
    const consent: Consent = {
      id: current?.id ?? newId(),
      participantId,
      kind: values.kind,
      guardianName: values.guardianName,
      guardianRelation: values.guardianRelation,
      signedOn: values.signedOn,
      validUntil: values.validUntil,
      withdrawnOn: values.withdrawnOn,
      scan,
      createdAt: current?.createdAt ?? now,
      updatedAt: now,
    };
    await db.consents.put(consent);
    const healthDataCleared = await enforceHealthRule(participantId, db);
    return { consent, healthDataCleared };
  });
}

/** Withdraws a consent on a date (the record stays, as evidence of what was allowed when). */
export async function withdrawConsent(id: Id, on: string, db: ProfprobaDb = defaultDb): Promise<boolean> {
  return db.transaction('rw', db.consents, db.participants, async () => {
    const c = await db.consents.get(id);
    if (!c) throw new RuleError('participants.consentNotFound');
    await db.consents.update(id, { withdrawnOn: on, updatedAt: new Date().toISOString() });
    return enforceHealthRule(c.participantId, db);
  });
}

export async function deleteConsent(id: Id, db: ProfprobaDb = defaultDb): Promise<boolean> {
  return db.transaction('rw', db.consents, db.participants, async () => {
    const c = await db.consents.get(id);
    if (!c) return false;
    await db.consents.delete(id);
    return enforceHealthRule(c.participantId, db);
  });
}

export async function consentsOf(participantId: Id, db: ProfprobaDb = defaultDb): Promise<Consent[]> {
  return db.consents.where('participantId').equals(participantId).toArray();
}
