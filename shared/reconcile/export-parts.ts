import type {
  Id,
  IsoDate,
  IsoDateTime,
  PlatformExportPart,
  PlatformTrial,
  StoredPlatformTrial,
} from '../domain';

/** How many records a stored part of a platform export holds at most (docs/reconciliation.md). */
export const TRIALS_PER_PART = 1000;

/** What every part of one export shares. */
export interface ExportSource {
  sourceFile: string;
  exportedOn: IsoDate;
  importedAt: IsoDateTime;
}

/**
 * An export's records as the parts they are stored in: `size` records a part, in the export's order. An export
 * without records is one empty part, so the screen still names the file and date it loaded.
 */
export function exportParts(
  trials: readonly StoredPlatformTrial[],
  source: ExportSource,
  newPartId: () => Id,
  size: number = TRIALS_PER_PART,
): PlatformExportPart[] {
  if (!(size >= 1)) throw new Error(`a part holds at least one record: ${size}`);
  const parts: PlatformExportPart[] = [];
  for (let start = 0; start === 0 || start < trials.length; start += size) {
    const slice = trials.slice(start, start + size);
    const pupils = new Set<Id>();
    for (const t of slice) if (t.participantId) pupils.add(t.participantId);
    parts.push({
      id: newPartId(),
      sourceFile: source.sourceFile,
      exportedOn: source.exportedOn,
      importedAt: source.importedAt,
      part: parts.length,
      records: slice.length,
      participantIds: [...pupils],
      trials: slice,
    });
  }
  return parts;
}

/**
 * The records of stored parts, each with its part's file and dates, in the order they were loaded and, within
 * an export, the export's. Parts of two exports (two PCs that loaded one each before they synced) give the
 * records of both, as the records of both stayed when each was a record of its own.
 */
export function trialsOfParts(parts: readonly PlatformExportPart[]): PlatformTrial[] {
  const ordered = [...parts].sort(
    (a, b) =>
      a.importedAt.localeCompare(b.importedAt) ||
      a.sourceFile.localeCompare(b.sourceFile) ||
      a.part - b.part ||
      a.id.localeCompare(b.id),
  );
  const out: PlatformTrial[] = [];
  for (const p of ordered) {
    for (const t of p.trials)
      out.push({ ...t, sourceFile: p.sourceFile, exportedOn: p.exportedOn, importedAt: p.importedAt });
  }
  return out;
}

/**
 * Stored platform records (one each, as schema v2–v4 kept them) as parts: one export per file, export date and
 * import time, its records in their export rows' order.
 */
export function partsOfTrials(
  trials: readonly PlatformTrial[],
  newPartId: () => Id,
  size: number = TRIALS_PER_PART,
): PlatformExportPart[] {
  const exports = new Map<string, { source: ExportSource; trials: StoredPlatformTrial[] }>();
  for (const { sourceFile, exportedOn, importedAt, ...trial } of trials) {
    const key = JSON.stringify([importedAt, sourceFile, exportedOn]);
    let entry = exports.get(key);
    if (!entry) exports.set(key, (entry = { source: { sourceFile, exportedOn, importedAt }, trials: [] }));
    entry.trials.push(trial);
  }
  return [...exports.values()].flatMap(({ source, trials: list }) =>
    exportParts(
      [...list].sort((a, b) => a.rowNumber - b.rowNumber),
      source,
      newPartId,
      size,
    ),
  );
}
