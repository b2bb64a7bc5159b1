import type { Certificate, CompletionRule, Id, IsoDate } from '../domain';
import {
  completionsOf,
  type Completion,
  type MarkForCompletion,
  type SessionForCompletion,
} from '../attendance/completion';

export const SKIP_REASONS = ['not-completed', 'already-certified', 'anonymized'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export interface EligibleEntry {
  participantId: Id;
  completedOn: IsoDate;
  completion: Completion;
}

export interface SkippedEntry {
  participantId: Id;
  reason: SkipReason;
  completion: Completion;
  /** For «already certified»: the number of the certificate held. */
  heldNumber: string | null;
}

export interface Eligibility {
  eligible: EligibleEntry[];
  skipped: SkippedEntry[];
}

/**
 * A certificate in force. A reissued one is not: its replacement (listed too) is the one that counts, so when the
 * replacement is later cancelled the participant may be issued again.
 */
export function holdsCertificate(certificate: Pick<Certificate, 'status'>): boolean {
  return certificate.status === 'issued';
}

/**
 * Who of a group may get a certificate for its programme now: those who completed the trial (the shared
 * completion rule) and do not already hold a certificate for that programme that is not cancelled. Everybody
 * else is listed with the reason, so the person issuing sees why someone is missing.
 */
export function groupEligibility(input: {
  programId: Id;
  participantIds: readonly Id[];
  sessions: readonly SessionForCompletion[];
  marks: readonly MarkForCompletion[];
  rule: CompletionRule;
  /** Certificates of these participants (any programme, any status). */
  certificates: readonly Pick<Certificate, 'participantId' | 'programId' | 'status' | 'number'>[];
  /** Participants whose personal data was erased: there is no name to print. */
  anonymizedIds?: ReadonlySet<Id>;
}): Eligibility {
  const ids = [...new Set(input.participantIds)];
  const completions = completionsOf(ids, input.sessions, input.marks, input.rule);
  const held = new Map<Id, string>();
  for (const c of input.certificates) {
    if (c.programId === input.programId && holdsCertificate(c) && !held.has(c.participantId)) {
      held.set(c.participantId, c.number);
    }
  }
  const result: Eligibility = { eligible: [], skipped: [] };
  for (const participantId of ids) {
    const completion = completions.get(participantId)!;
    const skip = (reason: SkipReason) =>
      result.skipped.push({ participantId, reason, completion, heldNumber: held.get(participantId) ?? null });
    if (input.anonymizedIds?.has(participantId)) skip('anonymized');
    else if (held.has(participantId)) skip('already-certified');
    else if (!completion.completed || !completion.completedOn) skip('not-completed');
    else result.eligible.push({ participantId, completedOn: completion.completedOn, completion });
  }
  return result;
}
