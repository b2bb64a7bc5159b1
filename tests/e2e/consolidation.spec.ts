import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { demoReportData, reportOf } from '../../shared/consolidation/testing';
import { joinFio } from '../../shared/text/fio';
import { tablesToXlsx } from '../../renderer/src/features/reports/export-files';
import { goToSection, openWithDemo } from './helpers';
import { browserToday, currentQuarter } from './report-expectations';

/*
 * Three venue reports made by the app's own code from three different generated venues — the demo venue's
 * through the interface, two more by the same export function — plus a damaged file, consolidated through the
 * «Свод по площадкам» tab. The consolidated XLSX is read back and checked against plain sums over the venue
 * files themselves.
 */

const SECRET = 'ключ региона 2026';
const TOTALS = [
  'Проведено занятий',
  'Записано',
  'Прошли пробу',
  '6–7 кл.',
  '8–9 кл.',
  '10–11 кл.',
  'в т.ч. с ОВЗ',
  'Выдано сертификатов',
];

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

async function workbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  return wb;
}

function rows(wb: ExcelJS.Workbook, sheet: string): unknown[][] {
  const ws = wb.getWorksheet(sheet)!;
  const out: unknown[][] = [];
  ws.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

const iso = (v: unknown) =>
  v instanceof Date ? v.toISOString().slice(0, 10) : v === null || v === undefined ? '' : String(v);

/** The «Итого» of «Сводка», by header. */
function summaryTotals(wb: ExcelJS.Workbook): number[] {
  const [header, ...rest] = rows(wb, 'Сводка');
  const total = rest.at(-1)!;
  expect(total[0]).toBe('Итого');
  return TOTALS.map((h) => Number(total[header!.indexOf(h)] ?? 0));
}

/** Distinct pupils of a venue file: ФИО + birth date, or ФИО alone within the venue when there is no date. */
function pupils(wb: ExcelJS.Workbook, venue: string): string[] {
  const [header, ...list] = rows(wb, 'Участники');
  const fio = header!.indexOf('ФИО');
  const birth = header!.indexOf('Дата рождения');
  return [
    ...new Set(list.map((r) => (r[birth] ? `${iso(r[fio])}|${iso(r[birth])}` : `${venue}|${iso(r[fio])}`))),
  ];
}

test('venue reports made by the app consolidate: totals add up, shared pupils counted once, refusals named', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const today = browserToday();
  const quarter = currentQuarter(today);
  const year = Number(quarter.from.slice(0, 4));
  const month = Number(quarter.from.slice(5, 7));
  const previous =
    month === 1
      ? { from: `${year - 1}-10-01`, to: `${year - 1}-12-31` }
      : {
          from: `${year}-${String(month - 3).padStart(2, '0')}-01`,
          to: new Date(Date.UTC(year, month - 1, 0)).toISOString().slice(0, 10),
        };

  // Venue A: the demo venue, given the region's key in its profile, its report saved through the interface.
  await openWithDemo(page);
  await goToSection(page, 'Настройки');
  await page.getByRole('textbox', { name: 'Ключ региона для обезличенного ключа участника' }).fill(SECRET);
  await page.getByRole('button', { name: 'Сохранить профиль площадки' }).click();
  await expect(page.getByText('Профиль площадки сохранён')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'ID площадки (для свода)' })).toHaveValue(/^[0-9a-f-]{36}$/);
  await page.getByRole('textbox', { name: 'ID площадки (для свода)' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/e2e-consolidation/venue-profile.png' });
  await goToSection(page, 'Отчёты');
  await expect(page.getByRole('table', { name: 'Сводка' })).toBeVisible();
  const a = await download(page, 'Сохранить XLSX');
  const wbA = await workbook(a.bytes);
  const titleA = new Map(rows(wbA, 'Титул').map((r) => [String(r[0]), r[1]]));
  expect(titleA.get('Версия формата')).toBe(2);
  expect(titleA.get('Вид отчёта')).toBe('Отчёт площадки');
  expect(String(titleA.get('ID площадки'))).toMatch(/^[0-9a-f-]{36}$/);

  // Venue B: another generated venue whose two pupils also completed a trial at A (the same children: ФИО,
  // birth date and platform ID as A's report has them), under the same region key.
  const listA = rows(wbA, 'Участники');
  const [headA, ...rowsA] = listA;
  const col = (h: string) => headA!.indexOf(h);
  const sharedRows = rowsA.filter((r) => r[col('Дата рождения')] && r[col('ID на платформе')]).slice(0, 2);
  expect(sharedRows).toHaveLength(2);
  const baseB = demoReportData(today, 424242, {
    venueId: 'venue-b',
    name: 'Колледж «Б» (сгенерированный)',
    municipality: 'Район Б',
    secret: SECRET,
  });
  const firstB = await reportOf(baseB, quarter, today);
  const completersB = [
    ...new Set(firstB.tables.find((t) => t.name === 'Участники')!.rows.map((r) => String(r[2]))),
  ];
  const participants = baseB.participants.map((p) => {
    const i = completersB.slice(0, 2).indexOf(joinFio(p));
    if (i < 0) return p;
    const [lastName, firstName, ...middle] = iso(sharedRows[i]![col('ФИО')]).split(' ');
    return {
      ...p,
      lastName: lastName!,
      firstName: firstName!,
      middleName: middle.join(' '),
      birthDate: iso(sharedRows[i]![col('Дата рождения')]),
      platformId: iso(sharedRows[i]![col('ID на платформе')]),
    };
  });
  const b = await tablesToXlsx((await reportOf({ ...baseB, participants }, quarter, today)).tables);
  // Venue C: a third generated venue, its report of the previous quarter.
  const c = await tablesToXlsx(
    (
      await reportOf(
        demoReportData(today, 777, {
          venueId: 'venue-c',
          name: 'Точка роста «В»',
          municipality: 'Район В',
          secret: SECRET,
        }),
        previous,
        today,
      )
    ).tables,
  );
  // A damaged file: B cut in half.
  const damaged = b.slice(0, Math.floor(b.length / 2));

  await page.getByRole('tab', { name: 'Свод по площадкам' }).click();
  await page.getByLabel('Добавить файлы', { exact: true }).setInputFiles([
    { name: 'Площадка А.xlsx', mimeType: 'application/octet-stream', buffer: a.bytes },
    { name: 'Площадка Б.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(b) },
    { name: 'Площадка В.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(c) },
    { name: 'Повреждённый.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(damaged) },
  ]);
  const list = page.getByRole('table', { name: 'Файлы свода' });
  await expect(list.getByRole('row')).toHaveCount(5);
  const row = (file: string) => list.getByRole('row').filter({ hasText: file });
  await expect(row('Площадка А.xlsx')).toContainText('✓ принят');
  await expect(row('Площадка Б.xlsx')).toContainText('✓ принят');
  await expect(row('Площадка В.xlsx')).toContainText('✗ не принят');
  await expect(row('Площадка В.xlsx')).toContainText('другой период');
  await expect(row('Повреждённый.xlsx')).toContainText('файл повреждён');
  await expect(page.getByRole('group', { name: 'Площадок в своде' })).toContainText('2');
  await expect(page.getByRole('group', { name: 'На двух площадках и более' })).toContainText('2');
  await page.screenshot({ path: '/tmp/e2e-consolidation/consolidation.png' });

  const file = await download(page, 'Сохранить свод (XLSX)');
  expect(file.name).toBe(`Свод по площадкам ${quarter.label}.xlsx`);
  const svod = await workbook(file.bytes);
  expect(svod.worksheets.map((s) => s.name)).toEqual([
    'Титул',
    'Свод',
    'По средам',
    'По муниципалитетам',
    'Уникальные участники',
    'Участники',
    'Проверка',
  ]);

  // «Свод»: its «Итого» is the sum of the accepted venues' «Сводка» totals.
  const wbB = await workbook(b);
  const expected = summaryTotals(wbA).map((n, i) => n + summaryTotals(wbB)[i]!);
  const [svodHeader, ...svodRows] = rows(svod, 'Свод');
  expect(svodRows).toHaveLength(3);
  expect(svodRows.at(-1)![0]).toBe('Итого');
  expect(TOTALS.map((h) => svodRows.at(-1)![svodHeader!.indexOf(h)])).toEqual(expected);
  expect(expected[2]).toBeGreaterThan(0);

  // Distinct pupils: A's and B's, the two shared ones once.
  const distinct = new Set([...pupils(wbA, 'A'), ...pupils(wbB, 'B')]).size;
  expect(distinct).toBe(pupils(wbA, 'A').length + pupils(wbB, 'B').length - 2);
  const unique = new Map(rows(svod, 'Уникальные участники').map((r) => [String(r[0]), r[1]]));
  expect(unique.get('Уникальных участников')).toBe(distinct);
  expect(unique.get('из них прошли пробы на двух площадках и более')).toBe(2);

  // «Проверка»: the refused files with their reasons.
  const check = rows(svod, 'Проверка').slice(1);
  const refused = check.filter((r) => r[4] === 'файл не принят');
  expect(refused.map((r) => r[0])).toEqual(['Площадка В.xlsx', 'Повреждённый.xlsx']);
  expect(String(refused[0]![5])).toContain('другой период');
  expect(String(refused[1]![5])).toContain('файл повреждён');
});
