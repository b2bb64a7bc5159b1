/**
 * The certificate-number rule with sync on (issue 19): numbers are taken on the venue's server, from one
 * counter document per year, with CouchDB's optimistic concurrency — a PC reads the counter, writes it moved
 * forward under the revision it read, and on a 409 (another PC was faster) reads again and takes the next
 * numbers. Offline, issuing is refused with a message naming the server. So two PCs never print the same number.
 */

export function counterDocId(year: number): string {
  return `counter:certificates:${year}`;
}

export interface CounterDoc {
  _id: string;
  _rev?: string;
  lastSeq: number;
}

/**
 * The numbers a PC takes: after the server's counter and after every number this PC already knows of (a
 * counter document lost on the server never makes a number come back).
 */
export function takeNumbers(
  serverLast: number,
  highestKnown: number,
  count: number,
): { seqs: number[]; lastSeq: number } {
  const last = Math.max(serverLast, highestKnown);
  return { seqs: Array.from({ length: count }, (_, i) => last + i + 1), lastSeq: last + count };
}
