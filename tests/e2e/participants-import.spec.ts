import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { goToSection, openEmptyVenue, openWithDemo } from './helpers';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const fixture = (name: string) => `${FIXTURES}${name}`;
const SHOTS = process.env.E2E_SCREENSHOTS;

// Several imports and navigations per test on a shared, busy machine.
test.describe.configure({ timeout: 180_000 });

/** Data rows of a CSV fixture, counted independently of the app: non-empty lines minus the header. */
function csvDataRows(name: string): number {
  return (
    readFileSync(fixture(name), 'latin1')
      .split(/\r?\n/)
      .filter((l) => l.trim() !== '').length - 1
  );
}

/** Data rows of the platform export: rows below the «№пп» header that have a ФИО. */
async function platformDataRows(): Promise<{ rows: number; schools: number }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(fixture('platform-export-sample.xlsx'));
  const ws = wb.worksheets[0]!;
  let header = 0;
  let rows = 0;
  const schools = new Set<string>();
  ws.eachRow((row, n) => {
    if (row.getCell(1).value === '№пп') header = n;
    else if (header && n > header && row.getCell(5).value) {
      rows += 1;
      schools.add(String(row.getCell(7).value));
    }
  });
  return { rows, schools: schools.size };
}

async function chooseFile(page: Page, name: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Выбрать файл' }).click();
  await (await chooser).setFiles(fixture(name));
}

async function startImport(page: Page) {
  await goToSection(page, 'Участники');
  await page.getByRole('button', { name: 'Импорт', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Импорт участников', level: 1 })).toBeVisible();
}

/** Goes through the five steps and returns the summary. */
/** The encoding and delimiter the recognition step shows for a CSV file. */
async function expectCsvRecognised(page: Page, encoding: string, delimiter: string) {
  await expect(page.getByRole('combobox', { name: 'Кодировка (если текст нечитаем)' })).toHaveValue(encoding);
  await expect(page.getByRole('combobox', { name: 'Разделитель столбцов' })).toHaveValue(delimiter);
}

async function importThroughUi(
  page: Page,
  name: string,
  recognised: string[],
  shot?: string,
  csv?: [encoding: string, delimiter: string],
) {
  await startImport(page);
  await chooseFile(page, name);
  // Reading runs in a worker that loads the spreadsheet library first: allow a busy machine some time.
  await expect(page.getByRole('textbox', { name: 'Строка заголовков' })).toBeVisible({ timeout: 30_000 });
  for (const text of recognised) await expect(page.getByText(text, { exact: true })).toBeVisible();
  if (csv) await expectCsvRecognised(page, ...csv);
  if (SHOTS && shot) await page.screenshot({ path: `${SHOTS}/${shot}-2-recognition.png` });
  await page.getByRole('button', { name: 'Далее' }).click();
  if (SHOTS && shot) await page.screenshot({ path: `${SHOTS}/${shot}-3-mapping.png` });
  await page.getByRole('button', { name: 'Проверить строки' }).click();
  await expect(page.getByRole('table', { name: 'Строки файла' })).toBeVisible();
  if (SHOTS && shot) await page.screenshot({ path: `${SHOTS}/${shot}-4-preview.png` });
  await page.getByRole('button', { name: 'Импортировать', exact: true }).click();
  await expect(page.getByRole('heading', { name: `Импорт файла «${name}» завершён` })).toBeVisible();
  if (SHOTS && shot) await page.screenshot({ path: `${SHOTS}/${shot}-5-summary.png` });
  const summary = page.getByRole('list', { name: 'Итоги импорта' });
  return {
    expectCount: async (label: string, n: number) =>
      expect(summary.getByRole('listitem', { name: `${label}: ${n}`, exact: true })).toBeVisible(),
  };
}

test('the platform export and both school lists import through the wizard; a second import adds nothing', async ({
  page,
}) => {
  const platform = await platformDataRows();
  const cp1251 = csvDataRows('school-list-cp1251.csv');
  const utf8 = csvDataRows('school-list-utf8.csv');
  expect([platform.rows, platform.schools, cp1251, utf8]).toEqual([25, 3, 15, 15]);

  await openEmptyVenue(page);
  await goToSection(page, 'Участники');
  await expect(page.getByText('Участников пока нет')).toBeVisible();

  let s = await importThroughUi(
    page,
    'platform-export-sample.xlsx',
    ['Выгрузка федеральной платформы', 'Ученики'],
    'platform',
  );
  await s.expectCount('Добавлено', platform.rows);
  await s.expectCount('Обновлено', 0);
  await s.expectCount('Пропущено строк с ошибками', 0);
  await s.expectCount('Новых школ', platform.schools);
  await page.getByRole('button', { name: 'К списку участников' }).click();
  await expect(page.getByText(`Показано ${platform.rows} из ${platform.rows}`)).toBeVisible();

  s = await importThroughUi(page, 'school-list-cp1251.csv', ['Список в произвольной форме'], 'cp1251', [
    'Windows-1251',
    'точка с запятой',
  ]);
  await s.expectCount('Добавлено', cp1251);
  await s.expectCount('Новых школ', 0);
  s = await importThroughUi(page, 'school-list-utf8.csv', [], undefined, ['UTF-8 (с BOM)', 'запятая']);
  await s.expectCount('Добавлено', utf8);
  await s.expectCount('Новых школ', 0);
  const total = platform.rows + cp1251 + utf8;
  await page.getByRole('button', { name: 'К списку участников' }).click();
  await expect(page.getByText(`Показано ${total} из ${total}`)).toBeVisible();

  // The same files again: everything is recognised as already stored.
  s = await importThroughUi(page, 'platform-export-sample.xlsx', ['Выгрузка федеральной платформы']);
  await s.expectCount('Добавлено', 0);
  await s.expectCount('Обновлено', 0);
  await s.expectCount('Объединено дубликатов', platform.rows);
  await s.expectCount('Новых школ', 0);
  s = await importThroughUi(page, 'school-list-cp1251.csv', [], undefined, [
    'Windows-1251',
    'точка с запятой',
  ]);
  await s.expectCount('Добавлено', 0);
  await s.expectCount('Объединено дубликатов', cp1251);
  await page.getByRole('button', { name: 'К списку участников' }).click();
  await expect(page.getByText(`Показано ${total} из ${total}`)).toBeVisible();

  // Indexed search, ё/е- and case-insensitive.
  await page.getByRole('textbox', { name: 'Поиск по ФИО или ID' }).fill('СЕМЕН');
  await expect(page.getByText(`Показано 2 из ${total}`)).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Семёнов Кирилл Олегович', exact: true })).toBeVisible();
  await page.getByRole('textbox', { name: 'Поиск по ФИО или ID' }).fill('');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/list.png` });

  // Schools were created on import; two can be merged.
  await page.getByRole('button', { name: 'Школы' }).click();
  const schools = page.getByRole('table', { name: 'Школы' });
  await expect(schools.getByRole('row')).toHaveCount(4);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/schools.png` });
  await page.getByRole('button', { name: 'Объединить школы' }).click();
  await page.getByRole('combobox', { name: 'Оставить школу' }).click();
  await page.getByRole('option', { name: /^МОУ СОШ № 1 г\. Кыштыма/ }).click();
  await page.getByRole('combobox', { name: 'Присоединить к ней школу' }).click();
  await page.getByRole('option', { name: /^МОУ СОШ № 3 г\. Кыштыма/ }).click();
  await page.getByRole('button', { name: 'Объединить', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: 'Объединить школы?' });
  await expect(confirm).toContainText('МОУ СОШ № 3 г. Кыштыма');
  await confirm.getByRole('button', { name: 'Объединить школы' }).click();
  await expect(schools.getByRole('row')).toHaveCount(3);
});

test('broken and foreign files get a Russian message naming the file and change nothing', async ({
  page,
}) => {
  await openWithDemo(page);
  await goToSection(page, 'Участники');
  await expect(page.getByText('Показано 132 из 132')).toBeVisible();
  await startImport(page);

  const cases: [string, RegExp][] = [
    ['not-a-table.pdf', /Файл «not-a-table\.pdf» — не таблица/],
    ['empty.csv', /Файл «empty\.csv» пустой/],
    ['password-protected.xlsx', /Файл «password-protected\.xlsx» защищён паролем/],
    ['old-format.xls', /«old-format\.xls» в старом формате Excel 97–2003/],
    ['no-columns.csv', /В файле «no-columns\.csv» не найдено ни одного знакомого столбца/],
  ];
  for (const [name, message] of cases) {
    await chooseFile(page, name);
    await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible({ timeout: 30_000 });
    if (SHOTS && name === 'password-protected.xlsx')
      await page.screenshot({ path: `${SHOTS}/error-password.png` });
  }

  // A file without a ФИО column stops at the mapping step.
  await chooseFile(page, 'no-fio-column.csv');
  await page.getByRole('button', { name: 'Далее' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Не выбран столбец с ФИО' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Проверить строки' })).toBeDisabled();

  // Impossible dates and grades: listed with row and column; nothing is written when the import is cancelled.
  await page.getByRole('button', { name: 'Назад' }).click();
  await page.getByRole('button', { name: 'Назад' }).click();
  await chooseFile(page, 'bad-values-cp1251.csv');
  await expectCsvRecognised(page, 'Windows-1251', 'точка с запятой');
  await page.getByRole('button', { name: 'Далее' }).click();
  await page.getByRole('button', { name: 'Проверить строки' }).click();
  const table = page.getByRole('table', { name: 'Строки файла' });
  await expect(page.getByText('Строк с ошибками: 3')).toBeVisible();
  await expect(
    table.getByText('«Дата рождения» (столбец D): Несуществующая дата «31.02.2012»'),
  ).toBeVisible();
  await expect(table.getByText('«Класс» (столбец E): Класс 12 вне диапазона 1–11')).toBeVisible();
  await expect(table.getByText('«Фамилия» (столбец A): Не указана фамилия')).toBeVisible();
  await expect(table.getByRole('row', { name: /^4 Ошибка/ })).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/bad-values-preview.png` });
  await expect(page.getByRole('button', { name: 'Импортировать', exact: true })).toBeDisabled();
  await page.getByRole('button', { name: 'Отменить импорт' }).click();
  await expect(page.getByText('Показано 132 из 132')).toBeVisible();
  await page.getByRole('button', { name: 'Школы' }).click();
  await expect(page.getByRole('table', { name: 'Школы' }).getByRole('row')).toHaveCount(7);
});

test('a wrong encoding guess can be corrected on the recognition step', async ({ page }) => {
  await openWithDemo(page);
  await startImport(page);
  await chooseFile(page, 'school-list-cp1251.csv');
  const encoding = page.getByRole('combobox', { name: 'Кодировка (если текст нечитаем)' });
  await expect(encoding).toHaveValue('Windows-1251', { timeout: 30_000 });
  await expect(page.getByRole('cell', { name: 'Воробьёв', exact: true })).toBeVisible();
  await encoding.click();
  await page.getByRole('option', { name: 'UTF-8', exact: true }).click();
  await expect(encoding).toHaveValue('UTF-8');
  await expect(page.getByRole('cell', { name: 'Воробьёв', exact: true })).toBeHidden();
  await encoding.click();
  await page.getByRole('option', { name: 'Windows-1251' }).click();
  await expect(page.getByRole('cell', { name: 'Воробьёв', exact: true })).toBeVisible();
  const delimiter = page.getByRole('combobox', { name: 'Разделитель столбцов' });
  await expect(delimiter).toHaveValue('точка с запятой');
});

test('invalid rows are skipped only after the person agrees, and the valid ones are written', async ({
  page,
}) => {
  await openWithDemo(page);
  await startImport(page);
  await chooseFile(page, 'bad-values-cp1251.csv');
  await page.getByRole('button', { name: 'Далее' }).click();
  // A named mapping profile is saved for the next list from this school.
  await page.getByLabel('Название нового профиля').fill('СОШ № 7');
  await page.getByRole('button', { name: 'Сохранить профиль' }).click();
  await expect(page.getByText('Профиль «СОШ № 7» сохранён')).toBeVisible();
  await page.getByRole('button', { name: 'Проверить строки' }).click();
  await page.getByLabel('Пропустить строки с ошибками (3) и импортировать остальные').check();
  await page.getByRole('button', { name: 'Импортировать', exact: true }).click();
  const summary = page.getByRole('list', { name: 'Итоги импорта' });
  await expect(summary.getByRole('listitem', { name: 'Добавлено: 1', exact: true })).toBeVisible();
  await expect(
    summary.getByRole('listitem', { name: 'Пропущено строк с ошибками: 3', exact: true }),
  ).toBeVisible();
  await expect(summary.getByRole('listitem', { name: 'Новых школ: 1', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'К списку участников' }).click();
  await expect(page.getByText('Показано 133 из 133')).toBeVisible();
});

test('a file dropped on the wizard is read like a chosen one', async ({ page }) => {
  await openWithDemo(page);
  await startImport(page);
  const bytes = [...readFileSync(fixture('school-list-utf8.csv'))];
  const dataTransfer = await page.evaluateHandle(
    ({ data, name }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(data)], name, { type: 'text/csv' }));
      return dt;
    },
    { data: bytes, name: 'school-list-utf8.csv' },
  );
  await page
    .getByRole('region', { name: 'Область для перетаскивания файла' })
    .dispatchEvent('drop', { dataTransfer });
  await expect(page.getByRole('textbox', { name: 'Строка заголовков' })).toBeVisible({ timeout: 30_000 });
  await expectCsvRecognised(page, 'UTF-8 (с BOM)', 'запятая');
  await expect(page.getByText('school-list-utf8.csv', { exact: true })).toBeVisible();
});
