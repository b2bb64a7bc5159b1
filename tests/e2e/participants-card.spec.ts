import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { goToSection, openWithDemo } from './helpers';

const SHOTS = process.env.E2E_SCREENSHOTS;

// Several imports and navigations per test on a shared, busy machine.
test.describe.configure({ timeout: 180_000 });
const HEALTH_REFUSAL = /Отметку ОВЗ и нозологию можно сохранить только при действующем согласии/;

async function createParticipant(page: Page, last: string, first: string) {
  await goToSection(page, 'Участники');
  await page.getByRole('button', { name: 'Новый участник' }).click();
  await page.getByRole('textbox', { name: 'Фамилия', exact: true }).fill(last);
  await page.getByRole('textbox', { name: 'Имя', exact: true }).fill(first);
  await page.getByLabel('Дата рождения').fill('05.05.2012');
  await page.getByRole('button', { name: 'Сохранить участника' }).click();
  await expect(page.getByRole('heading', { name: `${last} ${first}`, level: 1 })).toBeVisible();
}

test('ОВЗ is refused without a valid health consent, allowed with one, erased when it is withdrawn', async ({
  page,
}) => {
  await openWithDemo(page);
  await createParticipant(page, 'Ёлкина', 'Алёна');

  await page.getByLabel('Есть ОВЗ').check();
  await page.getByLabel('Нозология').fill('Нарушения слуха');
  await page.getByRole('button', { name: 'Сохранить участника' }).click();
  await expect(page.getByText(HEALTH_REFUSAL).first()).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/card-ovz-refused.png` });

  await page.getByRole('tab', { name: /Согласия/ }).click();
  await page.getByRole('button', { name: 'Добавить согласие' }).click();
  const dialog = page.getByRole('dialog', { name: 'Добавить согласие' });
  await dialog.getByRole('combobox', { name: 'Вид согласия' }).click();
  await page.getByRole('option', { name: 'Специальная категория: здоровье' }).click();
  await dialog.getByLabel('ФИО подписавшего (законного представителя)').fill('Ёлкина Мария Ивановна');
  await dialog.getByLabel('Кем приходится участнику').fill('мать');
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Прикрепить скан' }).click();
  await (await chooser).setFiles(fileURLToPath(new URL('../fixtures/not-a-table.pdf', import.meta.url)));
  await expect(dialog.getByText('not-a-table.pdf')).toBeVisible();
  await dialog.getByRole('button', { name: 'Сохранить согласие' }).click();
  await expect(
    page.getByRole('table', { name: 'Согласия' }).getByText('Действует', { exact: true }),
  ).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/card-consents.png` });

  await page.getByRole('tab', { name: 'Данные' }).click();
  await page.getByLabel('Есть ОВЗ').check();
  await page.getByLabel('Нозология').fill('Нарушения слуха');
  await page.getByRole('button', { name: 'Сохранить участника' }).click();
  // An earlier save's toast may still be on screen on a slow machine.
  await expect(page.getByText('Участник сохранён').last()).toBeVisible();

  await goToSection(page, 'Участники');
  await page.getByRole('textbox', { name: 'Поиск по ФИО или ID' }).fill('елкина');
  await expect(page.getByText('Показано 1 из 133')).toBeVisible();
  await page.getByRole('combobox', { name: 'ОВЗ' }).click();
  await page.getByRole('option', { name: 'С ОВЗ' }).click();
  await expect(page.getByText('Показано 1 из 133')).toBeVisible();
  await page.getByRole('textbox', { name: 'Поиск по ФИО или ID' }).fill('');
  // The demo venue has a few pupils with ОВЗ (each with a health consent); the filter shows only them.
  await expect(page.getByText(/Показано [1-9]\d* из 133/)).toBeVisible();
  await page.getByRole('textbox', { name: 'Поиск по ФИО или ID' }).fill('ёлкина');
  await page.getByRole('cell', { name: 'Ёлкина Алёна', exact: true }).click();

  await page.getByRole('tab', { name: /Согласия/ }).click();
  await page.getByRole('button', { name: 'Отозвать' }).click();
  await page
    .getByRole('dialog', { name: 'Отозвать согласие?' })
    .getByRole('button', { name: 'Отозвать' })
    .click();
  await expect(page.getByText('Согласие отозвано; отметка ОВЗ и нозология удалены')).toBeVisible();
  await page.getByRole('tab', { name: 'Данные' }).click();
  await expect(page.getByLabel('Есть ОВЗ')).not.toBeChecked();
});

test('anonymisation erases the personal data after a confirmation and keeps the record for counts', async ({
  page,
}) => {
  await openWithDemo(page);
  await createParticipant(page, 'Анонимова', 'Анна');
  await page.getByRole('button', { name: 'Анонимизировать' }).click();
  const dialog = page.getByRole('dialog', { name: 'Удалить персональные данные участника?' });
  await expect(dialog).toContainText('дата рождения');
  await expect(dialog).toContainText('посещаемость');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/anonymize-dialog.png` });
  await dialog.getByRole('button', { name: 'Удалить персональные данные' }).click();
  await expect(page.getByRole('heading', { name: 'Данные удалены', level: 1 })).toBeVisible();
  await expect(page.getByText('Персональных данных больше нет.')).toBeVisible();

  await goToSection(page, 'Участники');
  await expect(page.getByText('Показано 133 из 133')).toBeVisible();
  await page.getByRole('textbox', { name: 'Поиск по ФИО или ID' }).fill('Анонимова');
  await expect(page.getByText('Показано 0 из 133')).toBeVisible();
});

test('a demo participant card shows groups, attendance and completion', async ({ page }) => {
  await openWithDemo(page);
  await goToSection(page, 'Участники');
  await page.getByRole('table', { name: 'Участники' }).getByRole('row').nth(1).click();
  await page.getByRole('tab', { name: 'Группы и посещаемость' }).click();
  const table = page.getByRole('table', { name: 'Группы и посещаемость' });
  const empty = page.getByText('Участник пока не записан ни в одну группу.');
  await expect(table.or(empty)).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/card-activity.png` });
});

test('the filtered list exports to XLSX with the shown rows', async ({ page }) => {
  await openWithDemo(page);
  await goToSection(page, 'Участники');
  await page.getByRole('combobox', { name: 'Класс' }).click();
  await page.getByRole('option', { name: '8 класс' }).click();
  const shown = page.getByText(/Показано \d+ из 132/);
  await expect(shown).toBeVisible();
  const n = Number(/Показано (\d+)/.exec((await shown.textContent()) ?? '')![1]);
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThan(132);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Экспорт в Excel' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Участники \d\d\.\d\d\.\d{4}\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(await file.path())) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Участники')!;
  expect(ws.getRow(1).getCell(2).value).toBe('Фамилия');
  expect(ws.rowCount).toBe(n + 1);
  for (let r = 2; r <= ws.rowCount; r++) expect(ws.getRow(r).getCell(9).value).toBe(8);
});
