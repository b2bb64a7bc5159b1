import { pupilKeysFor } from '@shared/consolidation/pupil-key';
import { MALE_FIRST, MALE_MIDDLE, SURNAMES } from '@shared/demo/names';
import { SPHERE_LABELS, type Sphere } from '@shared/domain';
import { pick, seededRandom } from '@shared/random';
import {
  REPORT_FORMAT_VERSION,
  REPORT_KIND_VENUE,
  REPORT_PARTICIPANT_COLUMNS,
  SESSION_COLUMNS,
  SUMMARY_COLUMNS,
  TITLE_COLUMNS,
} from '@shared/reports/quarterly-report';
import { totalRow, type ReportCell, type ReportTable } from '@shared/reports/report-table';
import { openXlsx } from '../lib/xlsx-read';
import { tablesToXlsx } from '../features/reports/public';

/**
 * B10's input: `count` venue quarterly reports of `completions` completed trials each, in the report's own
 * sheets and columns and written by the app's own writer, so the consolidation reads what venues send. A fifth
 * of the pupils are drawn from a region-wide pool, so many appear at several venues (the distinct count has
 * work to do); every venue uses the same region key.
 */
export const B10_PERIOD = { from: '2026-04-01', to: '2026-06-30' };
const SECRET = 'ключ региона бенчмарка';

export interface VenueReportFile {
  name: string;
  bytes: Uint8Array;
}

let files: VenueReportFile[] = [];

export function venueReportFiles(): VenueReportFile[] {
  return files;
}

export async function makeVenueReports(count: number, completions: number): Promise<number> {
  const rnd = seededRandom(10);
  const spheres = Object.keys(SPHERE_LABELS) as Sphere[];
  const person = (i: number) => ({
    id: `p${i}`,
    lastName: pick(rnd, SURNAMES),
    firstName: pick(rnd, MALE_FIRST),
    middleName: pick(rnd, MALE_MIDDLE),
    birthDate: `2011-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    platformId: String(2_000_000 + i),
  });
  const pool = Array.from({ length: count * completions }, (_, i) => person(i));
  const keys = await pupilKeysFor(pool, SECRET);
  files = [];
  for (let v = 0; v < count; v++) {
    const programs = Array.from({ length: 20 }, (_, i) => `Проба ${v + 1}.${i + 1}`);
    const summaryRows: ReportCell[][] = programs.map((title, i) => {
      const done = completions / programs.length;
      return [
        i + 1,
        title,
        'Профессия',
        SPHERE_LABELS[spheres[i % spheres.length]!],
        'Ознакомительный',
        'Очный',
        4,
        done + 3,
        done,
        0,
        done,
        0,
        1,
        done,
      ];
    });
    const participantRows: ReportCell[][] = Array.from({ length: completions }, (_, i) => {
      // Every fifth pupil comes from a shared pool of 2 000, the rest are the venue's own.
      const p =
        i % 5 === 0 ? pool[Math.floor(rnd() * Math.min(2000, pool.length))]! : pool[v * completions + i]!;
      return [
        i + 1,
        p.platformId,
        `${p.lastName} ${p.firstName} ${p.middleName}`,
        p.birthDate,
        'МБОУ СОШ № 1',
        8,
        'А',
        programs[i % programs.length]!,
        '2026-05-15',
        'Очный',
        'нет',
        keys.get(p.id) ?? '',
      ];
    });
    const sessionRows: ReportCell[][] = Array.from({ length: 80 }, (_, i) => [
      '2026-05-15',
      '10:00',
      '11:30',
      programs[i % programs.length]!,
      'Иванов И. И.',
      'Мастерская',
      12,
      10,
      9,
    ]);
    const tables: ReportTable[] = [
      {
        name: 'Титул',
        columns: TITLE_COLUMNS,
        rows: [
          ['Площадка', `Площадка бенчмарка № ${v + 1}`],
          ['ИНН', String(3700000000 + v)],
          ['ОКТМО', '24701000'],
          ['Муниципалитет', `Муниципалитет ${(v % 10) + 1}`],
          ['Период с', { date: B10_PERIOD.from }],
          ['Период по', { date: B10_PERIOD.to }],
          ['Сформирован', { date: '2026-07-05' }],
          ['Ответственный', 'Петров П. П.'],
          ['Регион', 'Ивановская область'],
          ['ID площадки', `bench-venue-${v + 1}`],
          ['Вид отчёта', REPORT_KIND_VENUE],
          ['Версия формата', REPORT_FORMAT_VERSION],
        ],
        total: null,
      },
      {
        name: 'Сводка',
        columns: SUMMARY_COLUMNS,
        rows: summaryRows,
        total: totalRow(SUMMARY_COLUMNS, summaryRows),
      },
      { name: 'Участники', columns: REPORT_PARTICIPANT_COLUMNS, rows: participantRows, total: null },
      {
        name: 'Занятия',
        columns: SESSION_COLUMNS,
        rows: sessionRows,
        total: totalRow(SESSION_COLUMNS, sessionRows),
      },
    ];
    files.push({ name: `Площадка ${v + 1}.xlsx`, bytes: await tablesToXlsx(tables) });
  }
  return files.reduce((sum, f) => sum + f.bytes.byteLength, 0);
}

/** B10 floor: the same files read by the app's XLSX reader alone (every sheet), one after another, nothing taken out of them. */
export async function floorReadVenueReports(): Promise<number> {
  const start = performance.now();
  for (const f of files) {
    const book = await openXlsx(f.bytes);
    for (const sheet of book.sheets) await book.readSheet(sheet);
  }
  return performance.now() - start;
}
