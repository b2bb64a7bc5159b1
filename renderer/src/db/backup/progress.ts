import { Cancelled } from '@shared/errors';

/** What long backup work reports; the UI turns it into a ProgressDialog with counts. */
export interface BackupProgress {
  phase: 'read' | 'encode' | 'decode' | 'validate' | 'safety-copy' | 'write';
  /** The table being read or written, when the phase goes table by table. */
  table?: string;
  /** Records done so far out of `total` (for `encode`/`decode`: 0 or 1 of 1). */
  done: number;
  total: number;
}

export type ProgressListener = (progress: BackupProgress) => void;

/** Records per bulk read/write: small enough for smooth progress, big enough to stay fast. */
export const CHUNK_SIZE = 2000;

/**
 * Checked between chunks; throwing inside a Dexie transaction aborts (rolls back) the whole of it. The person
 * pressed «Прервать»: nothing was saved, or (restore) the transaction was rolled back.
 */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new Cancelled();
}
