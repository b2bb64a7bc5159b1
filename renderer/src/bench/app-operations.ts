import type { LargeDataset } from '@shared/bench/large-venue';

/** Tables the benchmark seeds, in dependency order. */
export const BENCH_TABLES = [
  'venue',
  'programs',
  'mentors',
  'places',
  'schools',
  'participants',
  'consents',
  'groups',
  'sessions',
  'enrollments',
  'attendance',
  'certificates',
  'certificateCounters',
] as const satisfies readonly (keyof LargeDataset)[];

export interface BenchContext {
  exportBytes: Uint8Array | null;
  dataset: LargeDataset | null;
}

/**
 * The app's own code paths measured by the benchmark, each taking the bench context last. Filled in as the
 * features land: import (B1), quarterly report (B2), certificate batch PDF (B3).
 */
export const appOperations: Record<string, (...args: never[]) => Promise<unknown>> = {};
