import { formatDate } from '../dates';
import type { IsoDate } from '../domain/common';
import type { ErrorParams } from '../errors';
import { normalizePlatformId } from '../participants/duplicates';
import {
  PUPIL_KEY_HEADER,
  REPORT_FORMAT_VERSION,
  REPORT_KIND_CONSOLIDATED,
  TITLE_COLUMNS,
  TITLE_LABELS,
} from '../reports/quarterly-report';
import { totalRow, type ReportCell, type ReportTable } from '../reports/report-table';
import { ruCollator } from '../text/collation';
import { fioKey, parseFio } from '../text/fio';
import {
  addTotals,
  CHECK_COLUMNS,
  CHECK_DOUBTFUL,
  CHECK_REFUSED,
  CONSOLIDATED_PARTICIPANT_COLUMNS,
  MUNICIPALITY_COLUMNS,
  SPHERE_COLUMNS,
  UNIQUE_COLUMNS,
  VENUE_COLUMNS,
  zeroTotals,
  type Totals,
} from './contract';
import { pupilKeyMaterial } from './pupil-key';
import type { FileNote, ParsedReport, VenueEntry } from './report-file';

export type ConsolidationCode = `consolidation.${string}`;

/** One input file as the worker read it: its parsed report, or why it could not be read. */
export type FileOutcome =
  | { file: string; ok: true; report: ParsedReport }
  | { file: string; ok: false; code: ConsolidationCode; params: ErrorParams };

/** A file's line in the check list (and in «Проверка»). */
export interface FileVerdict {
  file: string;
  accepted: boolean;
  venue: string;
  period: { from: IsoDate; to: IsoDate } | null;
  rows: number;
  /** Why it was refused; null when accepted. */
  reason: { code: ConsolidationCode; params: ErrorParams } | null;
  notes: FileNote[];
}

export interface Consolidation {
  verdicts: FileVerdict[];
  tables: ReportTable[];
  figures: {
    venues: number;
    uniquePupils: number;
    multiVenuePupils: number;
    completions: number;
    refused: number;
  };
}

export interface ConsolidateOptions {
  period: { from: IsoDate; to: IsoDate };
  generatedOn: IsoDate;
  /** The Russian words of a code (the «Проверка» sheet is document content, always Russian). */
  describe: (code: ConsolidationCode, params: ErrorParams) => string;
}

export const NO_MUNICIPALITY = 'Муниципалитет не указан';

/** Union-find over participant rows: the same pupil across venues ends in one set. */
class Clusters {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[i] !== root) {
      const next = this.parent[i]!;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

const periodText = (p: { from: IsoDate; to: IsoDate }) => `${formatDate(p.from)}–${formatDate(p.to)}`;

const samePeriod = (a: { from: string; to: string }, b: { from: string; to: string }) =>
  a.from === b.from && a.to === b.to;

/** Everything in one value: `a` when all are `a`, else empty. */
function common(values: readonly string[]): string {
  const set = new Set(values.filter(Boolean));
  return set.size === 1 ? [...set][0]! : '';
}

/**
 * Consolidates the venues' quarterly reports (docs/consolidation.md): refuses files of another period and the
 * older of two files of the same venue, adds up the rest by venue, sphere and municipality, and counts distinct
 * pupils across venues — matched by the pupil key, the platform ID, then ФИО + birth date.
 */
export function consolidate(outcomes: readonly FileOutcome[], options: ConsolidateOptions): Consolidation {
  const { period, describe } = options;
  const verdicts: FileVerdict[] = outcomes.map((o) =>
    o.ok
      ? {
          file: o.file,
          accepted: true,
          venue: o.report.name,
          period: o.report.period,
          rows: o.report.participants.length,
          reason: samePeriod(o.report.period, period)
            ? null
            : {
                code: 'consolidation.otherPeriod',
                params: { period: periodText(o.report.period), expected: periodText(period) },
              },
          notes: o.report.notes,
        }
      : {
          file: o.file,
          accepted: false,
          venue: '',
          period: null,
          rows: 0,
          reason: { code: o.code, params: o.params },
          notes: [],
        },
  );
  verdicts.forEach((v) => (v.accepted = v.reason === null));

  // The same venue twice: the newer file is kept, the older one names it.
  const order = outcomes
    .map((o, i) => i)
    .filter((i) => verdicts[i]!.accepted)
    .sort((a, b) => {
      const ga = (outcomes[a] as { report: ParsedReport }).report.generatedOn ?? '';
      const gb = (outcomes[b] as { report: ParsedReport }).report.generatedOn ?? '';
      return gb.localeCompare(ga) || a - b;
    });
  const claimed = new Map<string, number>();
  const accepted: ParsedReport[] = [];
  for (const i of order) {
    const report = (outcomes[i] as { report: ParsedReport }).report;
    const taken = report.venues.map((v) => claimed.get(v.identity)).find((holder) => holder !== undefined);
    if (taken !== undefined) {
      verdicts[i]!.accepted = false;
      verdicts[i]!.reason = { code: 'consolidation.sameVenue', params: { newer: outcomes[taken]!.file } };
      continue;
    }
    for (const v of report.venues) claimed.set(v.identity, i);
    accepted.push(report);
  }
  accepted.sort(
    (a, b) => outcomes.findIndex((o) => o.file === a.file) - outcomes.findIndex((o) => o.file === b.file),
  );

  const venues: VenueEntry[] = accepted
    .flatMap((r) => r.venues)
    .sort(
      (a, b) =>
        ruCollator.compare(a.municipality || NO_MUNICIPALITY, b.municipality || NO_MUNICIPALITY) ||
        ruCollator.compare(a.name, b.name),
    );

  // Distinct pupils.
  const rows = accepted.flatMap((r) => r.participants.map((p) => ({ p, report: r })));
  const clusters = new Clusters(rows.length);
  const firstBy = new Map<string, number>();
  const keyDiffers = new Map<string, number>();
  const link = (key: string, i: number) => {
    const first = firstBy.get(key);
    if (first === undefined) firstBy.set(key, i);
    else clusters.union(first, i);
    return first;
  };
  rows.forEach(({ p, report }, i) => {
    if (p.pupilKey) link(`k:${p.pupilKey}`, i);
    const platformId = normalizePlatformId(p.platformId);
    if (platformId) link(`p:${platformId}`, i);
    const parts = parseFio(p.fio);
    const material = parts ? pupilKeyMaterial(parts, p.birthDate) : null;
    // Without a birth date, two trials of one ФИО at the same venue are that venue's one participant (its
    // database told them apart already); across venues a bare ФИО is never enough.
    if (parts && !p.birthDate) link(`v:${p.venueIdentity}|${fioKey(parts)}`, i);
    if (material) {
      const first = link(`f:${material}`, i);
      const other = first === undefined ? undefined : rows[first]!;
      // The same name and birth date under two keys: the venues were given different region keys.
      if (other && other.p.pupilKey && p.pupilKey && other.p.pupilKey !== p.pupilKey) {
        const pair = `${other.report.file}\u0000${report.file}`;
        keyDiffers.set(pair, (keyDiffers.get(pair) ?? 0) + 1);
      }
    }
  });
  const venuesOfCluster = new Map<number, Set<string>>();
  rows.forEach(({ p }, i) => {
    const root = clusters.find(i);
    let set = venuesOfCluster.get(root);
    if (!set) venuesOfCluster.set(root, (set = new Set()));
    set.add(p.venueIdentity);
  });
  const uniquePupils = venuesOfCluster.size;
  const multiVenuePupils = [...venuesOfCluster.values()].filter((s) => s.size > 1).length;

  // «Свод»
  const venueRows: ReportCell[][] = venues.map((v) => [
    v.name,
    v.venueId,
    v.inn,
    v.region,
    v.municipality,
    v.generatedOn,
    ...v.totals,
  ]);
  const venueTotal = totalRow(VENUE_COLUMNS, venueRows);

  // «По средам»
  const spheres = new Map<string, { venues: number; totals: Totals }>();
  for (const r of accepted)
    for (const s of r.spheres) {
      let entry = spheres.get(s.sphere);
      if (!entry) spheres.set(s.sphere, (entry = { venues: 0, totals: zeroTotals() }));
      entry.venues += s.venues;
      addTotals(entry.totals, s.totals);
    }
  const sphereRows: ReportCell[][] = [...spheres.entries()]
    .sort(([a], [b]) => ruCollator.compare(a, b))
    .map(([sphere, s]) => [sphere, s.venues, ...s.totals]);
  const sphereTotal = totalRow(SPHERE_COLUMNS, sphereRows);

  // «По муниципалитетам»
  const municipalityOf = new Map(venues.map((v) => [v.identity, v.municipality || NO_MUNICIPALITY]));
  const byMunicipality = new Map<string, { venues: number; totals: Totals; pupils: Set<number> }>();
  for (const v of venues) {
    const name = v.municipality || NO_MUNICIPALITY;
    let entry = byMunicipality.get(name);
    if (!entry) byMunicipality.set(name, (entry = { venues: 0, totals: zeroTotals(), pupils: new Set() }));
    entry.venues += 1;
    addTotals(entry.totals, v.totals);
  }
  rows.forEach(({ p }, i) => {
    const name = municipalityOf.get(p.venueIdentity) ?? NO_MUNICIPALITY;
    let entry = byMunicipality.get(name);
    if (!entry) byMunicipality.set(name, (entry = { venues: 0, totals: zeroTotals(), pupils: new Set() }));
    entry.pupils.add(clusters.find(i));
  });
  const municipalityRows: ReportCell[][] = [...byMunicipality.entries()]
    .sort(
      ([a], [b]) => Number(a === NO_MUNICIPALITY) - Number(b === NO_MUNICIPALITY) || ruCollator.compare(a, b),
    )
    .map(([name, m]) => [name, m.venues, ...m.totals, m.pupils.size]);
  const municipalityTotal = totalRow(MUNICIPALITY_COLUMNS, municipalityRows);
  municipalityTotal[municipalityTotal.length - 1] = uniquePupils;

  // «Участники»: every accepted row, with the venue it came from.
  const venueById = new Map(venues.map((v) => [v.identity, v]));
  const participantRows: ReportCell[][] = rows
    .map(({ p }) => {
      const v = venueById.get(p.venueIdentity);
      return [...p.cells, p.pupilKey, v?.name ?? '', v?.venueId ?? ''] as ReportCell[];
    })
    .sort(
      (a, b) =>
        ruCollator.compare(String(a[2] ?? ''), String(b[2] ?? '')) ||
        String(a[8] ?? '').localeCompare(String(b[8] ?? '')) ||
        ruCollator.compare(String(a[11] ?? ''), String(b[11] ?? '')),
    );
  participantRows.forEach((r, i) => (r[0] = i + 1));
  const keyed = rows.filter(({ p }) => p.pupilKey).length;

  const uniqueRows: ReportCell[][] = [
    ['Уникальных участников', uniquePupils],
    ['из них прошли пробы на одной площадке', uniquePupils - multiVenuePupils],
    ['из них прошли пробы на двух площадках и более', multiVenuePupils],
    ['Пройденных проб (строк «Участники»)', rows.length],
    ['Площадок в своде', venues.length],
    [`Строк с ключом участника («${PUPIL_KEY_HEADER}»)`, keyed],
    ['Строк без ключа (сопоставлены по ID на платформе, затем по ФИО и дате рождения)', rows.length - keyed],
  ];

  // «Проверка»: every refused file, every doubtful file and row.
  const checkRows: ReportCell[][] = [];
  verdicts.forEach((v) => {
    if (v.reason)
      checkRows.push([
        v.file,
        v.venue,
        '',
        null,
        CHECK_REFUSED,
        describe(v.reason.code, { file: v.file, ...v.reason.params }),
      ]);
  });
  for (const r of accepted) {
    for (const n of r.notes)
      checkRows.push([
        r.file,
        r.name,
        n.sheet,
        n.row,
        CHECK_DOUBTFUL,
        describe(n.code, { file: r.file, row: n.row ?? '', ...n.params }),
      ]);
  }
  for (const [pair, count] of keyDiffers) {
    const [a, b] = pair.split('\u0000') as [string, string];
    checkRows.push([
      b,
      '',
      'Участники',
      null,
      CHECK_DOUBTFUL,
      describe('consolidation.keysDiffer', { file: b, other: a, count }),
    ]);
  }

  const refused = verdicts.filter((v) => !v.accepted).length;
  const titleRows: ReportCell[][] = [
    [TITLE_LABELS.venue, REPORT_KIND_CONSOLIDATED],
    [TITLE_LABELS.inn, ''],
    ['ОКТМО', ''],
    [TITLE_LABELS.municipality, common(venues.map((v) => v.municipality))],
    [TITLE_LABELS.from, { date: period.from }],
    [TITLE_LABELS.to, { date: period.to }],
    [TITLE_LABELS.generated, { date: options.generatedOn }],
    ['Ответственный', ''],
    [TITLE_LABELS.region, common(venues.map((v) => v.region))],
    [TITLE_LABELS.venueId, ''],
    [TITLE_LABELS.kind, REPORT_KIND_CONSOLIDATED],
    [TITLE_LABELS.version, REPORT_FORMAT_VERSION],
    ['Площадок в своде', venues.length],
    ['Файлов не принято', refused],
  ];

  return {
    verdicts,
    tables: [
      { name: 'Титул', columns: TITLE_COLUMNS, rows: titleRows, total: null },
      { name: 'Свод', columns: VENUE_COLUMNS, rows: venueRows, total: venueTotal },
      { name: 'По средам', columns: SPHERE_COLUMNS, rows: sphereRows, total: sphereTotal },
      {
        name: 'По муниципалитетам',
        columns: MUNICIPALITY_COLUMNS,
        rows: municipalityRows,
        total: municipalityTotal,
      },
      { name: 'Уникальные участники', columns: UNIQUE_COLUMNS, rows: uniqueRows, total: null },
      { name: 'Участники', columns: CONSOLIDATED_PARTICIPANT_COLUMNS, rows: participantRows, total: null },
      { name: 'Проверка', columns: CHECK_COLUMNS, rows: checkRows, total: null },
    ],
    figures: { venues: venues.length, uniquePupils, multiVenuePupils, completions: rows.length, refused },
  };
}
