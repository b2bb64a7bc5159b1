import { buildDemoVenue } from '../demo/demo-venue';
import type { IsoDate } from '../domain/common';
import type { CellTable } from '../import/cells';
import { buildQuarterlyReportWithKeys, type QuarterlyReport } from '../reports/quarterly-report';
import type { ReportData, ReportPeriod } from '../reports/report-data';
import { isDateCell, type ReportTable } from '../reports/report-table';
import type { SheetTables } from './report-file';

/**
 * Test and benchmark helpers: a generated venue's report data, and report tables as the cell tables a
 * worksheet reads back as (dates in date columns and tagged dates as dates, empty text as nothing).
 */
export function demoReportData(
  today: IsoDate,
  seed: number,
  venue: { venueId: string; name: string; municipality: string; secret: string },
): ReportData {
  const demo = buildDemoVenue(today, seed);
  return {
    ...demo,
    venue: {
      ...demo.venue,
      fullName: venue.name,
      shortName: venue.name,
      municipality: venue.municipality,
      venueId: venue.venueId,
      pupilKeySecret: venue.secret,
    },
    certificates: [],
  };
}

export function tablesAsSheets(tables: readonly ReportTable[]): SheetTables {
  return new Map(
    tables.map((t): [string, CellTable] => {
      const rows = t.total ? [...t.rows, t.total] : t.rows;
      return [
        t.name,
        [
          t.columns.map((c) => c.header),
          ...rows.map((r) =>
            r.map((cell, i) => {
              if (cell === null || cell === '') return null;
              if (isDateCell(cell)) return { date: cell.date };
              if (t.columns[i]?.kind === 'date' && typeof cell === 'string') return { date: cell };
              return cell;
            }),
          ),
        ],
      ];
    }),
  );
}

export async function reportOf(
  data: ReportData,
  period: ReportPeriod,
  generatedOn: IsoDate,
): Promise<QuarterlyReport> {
  return buildQuarterlyReportWithKeys(data, period, generatedOn);
}
