import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { readFile } from 'node:fs/promises';
import { confirmIssue, goToSection, openEcologyIssueForm, openWithDemo } from './helpers';
import { demoExpectations } from './report-expectations';

const SHEETS = ['Титул', 'Сводка', 'По школам', 'Участники', 'Занятия'];
const HEADERS: Record<string, string[]> = {
  Титул: ['Показатель', 'Значение'],
  Сводка: [
    '№',
    'Профессиональная проба',
    'Профессия',
    'Среда',
    'Уровень',
    'Формат',
    'Проведено занятий',
    'Записано',
    'Прошли пробу',
    '6–7 кл.',
    '8–9 кл.',
    '10–11 кл.',
    'в т.ч. с ОВЗ',
    'Выдано сертификатов',
    'из них отмечено на платформе',
  ],
  'По школам': [
    'Муниципалитет',
    'Образовательная организация',
    '6',
    '7',
    '8',
    '9',
    '10',
    '11',
    'Всего',
    'в т.ч. с ОВЗ',
  ],
  Участники: [
    '№пп',
    'ID на платформе',
    'ФИО',
    'Дата рождения',
    'образовательная организация',
    'класс (без буквы)',
    'буква класса',
    'Проба',
    'Дата прохождения',
    'Формат',
    'наличие ОВЗ',
    'Ключ участника',
  ],
  Занятия: [
    'Дата',
    'Начало',
    'Окончание',
    'Проба',
    'Наставник',
    'Место',
    'Мест',
    'Записано',
    'Присутствовали',
  ],
};

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

function rowValues(sheet: ExcelJS.Worksheet, n: number): unknown[] {
  return (sheet.getRow(n).values as unknown[]).slice(1);
}

const isoOf = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);

test('the quarterly report of the demo venue is saved as XLSX with the contract sheets and totals', async ({
  page,
}) => {
  const x = demoExpectations();
  await openWithDemo(page);
  await goToSection(page, 'Отчёты');
  await expect(page.getByRole('combobox', { name: 'Квартал' })).toHaveValue(x.quarter.label);

  // The preview of «Сводка» before saving.
  const preview = page.getByRole('table', { name: 'Сводка' });
  await expect(preview.getByRole('row')).toHaveCount(x.programs.length + 2);
  await expect(preview.getByRole('row').last()).toContainText('Итого');
  await expect(page.getByRole('group', { name: 'Прошли пробу' })).toContainText(String(x.completions));
  await expect(page.getByRole('group', { name: 'Проведено занятий' })).toContainText(String(x.held));
  await page.screenshot({ path: '/tmp/e2e-reports/reports.png' });

  const file = await download(page, 'Сохранить XLSX');
  expect(file.name).toBe(`Квартальный отчёт ${x.quarter.label}.xlsx`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
  expect(wb.worksheets.map((s) => s.name)).toEqual(SHEETS);
  for (const name of SHEETS) {
    const sheet = wb.getWorksheet(name)!;
    expect(rowValues(sheet, 1), name).toEqual(HEADERS[name]);
    if (name !== 'Титул') expect(sheet.views[0], name).toMatchObject({ state: 'frozen', ySplit: 1 });
  }

  const title = wb.getWorksheet('Титул')!;
  expect(rowValues(title, 2)).toEqual(['Площадка', x.demo.venue.fullName]);
  expect(rowValues(title, 6).map(isoOf)).toEqual(['Период с', x.quarter.from]);
  expect(rowValues(title, 7).map(isoOf)).toEqual(['Период по', x.quarter.to]);
  expect(rowValues(title, 9)).toEqual(['Ответственный', x.demo.venue.coordinatorName]);

  const summary = wb.getWorksheet('Сводка')!;
  const sorted = [...x.programs].sort((a, b) => a.title.localeCompare(b.title, 'ru'));
  sorted.forEach((p, i) => {
    const row = rowValues(summary, i + 2);
    expect(row[1]).toBe(p.title);
    expect([row[6], row[7], row[8], row[12], row[13]], p.title).toEqual([
      p.held,
      p.enrolled,
      p.completed,
      p.ovz,
      0,
    ]);
  });
  const total = rowValues(summary, sorted.length + 2);
  expect(total[0]).toBe('Итого');
  // Every demo pupil is in grade 8 or 9, so the whole «Прошли пробу» is in the 8–9 band.
  expect(total.slice(6)).toEqual([
    x.held,
    x.enrolledSum,
    x.completions,
    0,
    x.completions,
    0,
    x.ovzCompletions,
    0,
    // No platform export is loaded: nothing is confirmed on the platform yet.
    0,
  ]);
  expect(summary.getRow(sorted.length + 2).font?.bold).toBe(true);

  const schools = wb.getWorksheet('По школам')!;
  const schoolTotal = rowValues(schools, schools.rowCount);
  expect(schoolTotal[0]).toBe('Итого');
  expect(schoolTotal[8]).toBe(x.completers);

  const list = wb.getWorksheet('Участники')!;
  expect(list.rowCount).toBe(x.completions + 1);
  for (let r = 2; r <= list.rowCount; r++) {
    const row = rowValues(list, r);
    expect(row[0]).toBe(r - 1);
    expect(row[8]).toBeInstanceOf(Date);
    expect(['да', 'нет']).toContain(row[10]);
  }

  const sessions = wb.getWorksheet('Занятия')!;
  expect(sessions.rowCount).toBe(x.sessionsInQuarter + 2);
  expect(sessions.getCell('A2').value).toBeInstanceOf(Date);
  expect(sessions.getCell('A2').numFmt).toBe('DD.MM.YYYY');
  const sessionTotal = rowValues(sessions, sessions.rowCount);
  expect(sessionTotal[0]).toBe('Итого');
  expect(sessionTotal[8]).toBe(x.attendedInQuarter);
});

test('the same tables come as ;-separated UTF-8 CSV files with BOM in one zip', async ({ page }) => {
  const x = demoExpectations();
  await openWithDemo(page);
  await goToSection(page, 'Отчёты');
  await expect(page.getByRole('table', { name: 'Сводка' })).toBeVisible();
  const file = await download(page, 'Сохранить CSV (zip)');
  expect(file.name).toBe(`Квартальный отчёт ${x.quarter.label} (CSV).zip`);
  const zip = await JSZip.loadAsync(file.bytes);
  const names = SHEETS.map((s, i) => `${i + 1} ${s}.csv`);
  expect(Object.keys(zip.files)).toEqual(names);
  for (const [i, name] of names.entries()) {
    const bytes = await zip.file(name)!.async('uint8array');
    expect([...bytes.slice(0, 3)], name).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    const rows = Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: true }).data;
    expect(rows[0], name).toEqual(HEADERS[SHEETS[i]!]);
    if (SHEETS[i] === 'Сводка')
      expect(rows.at(-1)!.slice(6, 9)).toEqual([x.held, x.enrolledSum, x.completions].map(String));
    if (SHEETS[i] === 'Участники') expect(rows).toHaveLength(x.completions + 1);
  }
});

test('the participant list is filtered by trial and saved in the platform columns', async ({ page }) => {
  const x = demoExpectations();
  const program = x.programs.find((p) => p.completed > 0)!;
  await openWithDemo(page);
  await goToSection(page, 'Отчёты');
  await page.getByRole('tab', { name: 'Список участников' }).click();
  await expect(page.getByText(new RegExp(`^${x.completions} строк`))).toBeVisible();
  await page.getByRole('combobox', { name: 'Пробы' }).click();
  await page.getByRole('option', { name: program.title }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByText(new RegExp(`^${program.completed} строк`))).toBeVisible();

  const file = await download(page, 'Сохранить CSV');
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.bytes);
  expect(text.charAt(0)).toBe('\uFEFF');
  const rows = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
  // The platform's list has the report's «Участники» columns without the pupil key.
  expect(rows[0]).toEqual(HEADERS['Участники']!.slice(0, -1));
  expect(rows).toHaveLength(program.completed + 1);
  expect(new Set(rows.slice(1).map((r) => r[7]))).toEqual(new Set([program.title]));

  const xlsx = await download(page, 'Сохранить XLSX');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  expect(wb.getWorksheet('Участники')!.rowCount).toBe(program.completed + 1);
});

test('the attendance journal of a group lays out participants × sessions', async ({ page }) => {
  const x = demoExpectations();
  const group = x.demo.groups[0]!;
  const members = x.demo.enrollments.filter((e) => e.groupId === group.id).length;
  const sessions = x.demo.sessions
    .filter((s) => s.groupId === group.id)
    .sort((a, b) => a.date.localeCompare(b.date));
  await openWithDemo(page);
  await goToSection(page, 'Отчёты');
  await page.getByRole('tab', { name: 'Журнал посещаемости' }).click();
  await page.getByRole('combobox', { name: 'Группа' }).click();
  await page.getByRole('option', { name: group.name }).click();
  const table = page.getByRole('table', { name: group.name });
  await expect(table.getByRole('row')).toHaveCount(members + 2);
  const ru = (iso: string) => iso.split('-').reverse().join('.');
  for (const s of sessions)
    await expect(table.getByRole('columnheader', { name: `${ru(s.date)} ${s.start}` })).toBeVisible();

  const file = await download(page, 'Сохранить XLSX');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0]!;
  expect(sheet.name).toBe(group.name.slice(0, 31));
  expect(rowValues(sheet, 1)).toEqual([
    '№',
    'ФИО',
    'Школа',
    'Класс',
    ...sessions.map((s) => `${ru(s.date)} ${s.start}`),
    'Посещено',
    'Проба пройдена',
  ]);
  expect(sheet.rowCount).toBe(members + 2);

  // Every group of the period, one sheet each.
  await page.getByText('Все группы за период').click();
  const inQuarter = new Set(
    x.demo.sessions.filter((s) => s.date >= x.quarter.from && s.date <= x.quarter.to).map((s) => s.groupId),
  );
  await expect(page.getByRole('table', { name: 'Группы журнала' }).getByRole('row')).toHaveCount(
    inQuarter.size + 1,
  );
});

test('a date range can be chosen, and a wrong one is explained', async ({ page }) => {
  await openWithDemo(page);
  await goToSection(page, 'Отчёты');
  await page.getByText('Произвольный период').click();
  const from = page.getByRole('textbox', { name: 'Период с' });
  const to = page.getByRole('textbox', { name: 'Период по' });
  await from.fill('01.02.2020');
  await from.press('Tab');
  await to.fill('31.01.2020');
  await to.press('Tab');
  // Toasts are alerts too: look for the field's own message.
  await expect(
    page.getByRole('alert').filter({ hasText: 'Дата начала периода позже даты окончания' }),
  ).toHaveText('Дата начала периода позже даты окончания');
  await expect(page.getByRole('button', { name: 'Сохранить XLSX' })).toBeDisabled();
  await to.fill('29.02.2020');
  await to.press('Tab');
  await expect(page.getByText('За период на этом листе ничего нет')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Проведено занятий' })).toContainText('0');
});

test('the list and journal tabs look right at 1366×768', async ({ page }) => {
  const x = demoExpectations();
  await openWithDemo(page);
  await goToSection(page, 'Отчёты');
  await page.getByRole('tab', { name: 'Список участников' }).click();
  await expect(page.getByRole('table', { name: 'Список участников' })).toBeVisible();
  await page.screenshot({ path: '/tmp/e2e-reports/reports-list.png' });
  await page.getByRole('tab', { name: 'Журнал посещаемости' }).click();
  await page.getByRole('combobox', { name: 'Группа' }).click();
  await page.getByRole('option', { name: x.demo.groups[0]!.name }).click();
  await expect(page.getByRole('table', { name: x.demo.groups[0]!.name })).toBeVisible();
  await page.screenshot({ path: '/tmp/e2e-reports/reports-journal.png' });
});

test('certificates issued in the quarter are counted on the dashboard and in the report', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const x = demoExpectations();
  await openWithDemo(page);
  await goToSection(page, 'Сертификаты');
  const { submit, count } = await openEcologyIssueForm(page);
  await submit.click();
  await confirmIssue(page, count);
  await expect(page.getByText(`Выдано сертификатов: ${count}`)).toBeVisible();

  await goToSection(page, 'Главная');
  await expect(page.getByRole('group', { name: 'Выдано сертификатов', exact: true })).toContainText(
    String(count),
  );
  await goToSection(page, 'Отчёты');
  const ecology = x.demo.programs.find((p) => p.profession === 'Эколог')!;
  const row = page.getByRole('table', { name: 'Сводка' }).getByRole('row').filter({ hasText: ecology.title });
  // «Выдано сертификатов» is the 14th column («из них отмечено на платформе» follows it).
  await expect(row.getByRole('cell').nth(13)).toHaveText(String(count));
  await expect(
    page.getByRole('table', { name: 'Сводка' }).getByRole('row').last().getByRole('cell').nth(13),
  ).toHaveText(String(count));
});
