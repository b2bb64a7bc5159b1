import type { Participant } from '../domain';
import { withKeys } from '../participants/build';
import type { SyncedTable, SyncRecord } from './docs';

/**
 * A record that came from another PC, as this PC stores it: the fields derived from the record's own (a
 * participant's search and duplicate keys, `fioKey` and `searchWords`) made again by this version's rule, as
 * every local write makes them (`withKeys`). A PC still on an older version sends its own keys: before schema
 * v5 a name typed with Latin look-alike letters («Абpaмoв») kept the key of the uncorrected name, and here the
 * indexes built on the keys (the card's duplicate check, the walk-in lookup, the list's order and its search)
 * would miss that pupil. A record whose name parts are not text (no version writes one) is stored as it came:
 * a document that cannot be keyed must not stop the whole feed.
 */
export function storedForm(table: SyncedTable, record: SyncRecord): SyncRecord {
  if (table !== 'participants') return record;
  const p = record as unknown as Participant;
  if (![p.lastName, p.firstName, p.middleName].every((part) => typeof part === 'string')) return record;
  return withKeys(p) as unknown as SyncRecord;
}
