import type { Id, IsoDate, School } from '@shared/domain';
import { todayIso } from '@shared/dates';
import { classifyRows, healthConsentAsked, type ClassifiedRow } from '@shared/import/classify';
import type { ImportRow } from '@shared/import/rows';
import { consentStatusByParticipant } from '@shared/participants/consent-rules';
import { db as defaultDb, type ProfprobaDb } from '../index';
import { whereIn } from '../where-in';

/**
 * The import's check against the database (run in the import worker): the file's rows classified against the
 * stored participants and schools, as `classifyRows(rows, loadExistingData())` does, reading less.
 *
 * Every participant is read: the duplicate rule's ФИО key is computed from the name (`duplicateKeysOf`), and a
 * record stored before look-alike letters were corrected (no upgrade rewrote it) has an older key in the
 * `fioKey` index, so the index cannot pick the candidates. The consents are another matter: the classification
 * asks for a valid health consent only of a stored pupil matched by a row bringing ОВЗ. So the rows are
 * classified first with none, and only when some row asks are those pupils' health consents read (by the
 * `[participantId+kind]` index) and the rows classified again; the matching does not depend on the consents.
 * A file without ОВЗ reads no consent at all (every consent was read and decoded before: 20 000 for 20 000
 * pupils in the benchmark's venue, as long as reading the participants).
 */
export async function classifyAgainstDatabase(
  rows: readonly ImportRow[],
  db: ProfprobaDb = defaultDb,
  today: IsoDate = todayIso(),
): Promise<{ rows: ClassifiedRow[]; schools: School[] }> {
  const [participants, schools] = await db.transaction('r', [db.participants, db.schools], () =>
    Promise.all([db.participants.toArray(), db.schools.toArray()]),
  );
  const without = { participants, schools, healthConsentIds: new Set<Id>() };
  const first = classifyRows(rows, without);
  const asked = healthConsentAsked(first);
  if (asked.length === 0) return { rows: first, schools };
  const healthConsentIds = await validHealthConsents(asked, db, today);
  return { rows: classifyRows(rows, { ...without, healthConsentIds }), schools };
}

/** Of `ids`, the participants with a valid health-data consent on `today`. */
export async function validHealthConsents(
  ids: readonly Id[],
  db: ProfprobaDb = defaultDb,
  today: IsoDate = todayIso(),
): Promise<Set<Id>> {
  const consents = await whereIn(
    db.consents,
    '[participantId+kind]',
    ids.map((id) => [id, 'health']),
  );
  const status = consentStatusByParticipant(consents, 'health', today);
  return new Set([...status].filter(([, s]) => s === 'valid').map(([id]) => id));
}
