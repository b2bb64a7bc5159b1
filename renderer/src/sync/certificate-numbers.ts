import { RuleError } from '@shared/errors';
import { counterDocId, takeNumbers, type CounterDoc } from '@shared/sync/certificate-counter';

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * Takes `count` certificate numbers of `year` from the server's counter document (shared/sync/certificate-counter.ts).
 * A 409 means another PC took numbers in between: read again, take the next. No connection: refused, naming
 * the server.
 */
export async function reserveNumbers(
  remote: Pouch.Database,
  serverUrl: string,
  year: number,
  count: number,
  highestKnown: number,
): Promise<number[]> {
  const id = counterDocId(year);
  const refused = () => new RuleError('sync.certificateNeedsServer', { url: serverUrl });
  for (let attempt = 0; attempt < 100; attempt++) {
    let doc: CounterDoc;
    try {
      const stored = await remote.get(id);
      doc = { _id: id, _rev: stored._rev, lastSeq: Number(stored.lastSeq) || 0 };
    } catch (error) {
      if (statusOf(error) !== 404) throw refused();
      doc = { _id: id, lastSeq: 0 };
    }
    const taken = takeNumbers(doc.lastSeq, highestKnown, count);
    try {
      await remote.put({ ...doc, lastSeq: taken.lastSeq });
      return taken.seqs;
    } catch (error) {
      if (statusOf(error) === 409) continue;
      throw refused();
    }
  }
  throw refused();
}
