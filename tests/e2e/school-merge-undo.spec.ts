import { expect, test, type Page } from '@playwright/test';
import { goToSection, openWithDemo } from './helpers';

test.describe.configure({ timeout: 120_000 });
const SHOTS = process.env.E2E_SCREENSHOTS;

/** The demo venue has five schools; «Гимназия № 2» is merged into «Лицей № 5». */
async function mergeGymnasiumIntoLyceum(page: Page) {
  await goToSection(page, 'Участники');
  await page.getByRole('button', { name: 'Школы' }).click();
  const schools = page.getByRole('table', { name: 'Школы' });
  await expect(schools.getByRole('cell', { name: 'МБОУ Гимназия № 2' })).toBeVisible();
  const before = await schools.getByRole('row').count();
  await page.getByRole('button', { name: 'Объединить школы' }).click();
  await page.getByRole('combobox', { name: 'Оставить школу' }).click();
  await page.getByRole('option', { name: /^МБОУ Лицей № 5/ }).click();
  await page.getByRole('combobox', { name: 'Присоединить к ней школу' }).click();
  await page.getByRole('option', { name: /^МБОУ Гимназия № 2/ }).click();
  await page.getByRole('button', { name: 'Объединить', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: 'Объединить школы?' });
  await expect(confirm).toContainText('Отменить объединение можно в журнале действий');
  await confirm.getByRole('button', { name: 'Объединить школы' }).click();
  await expect(schools.getByRole('row')).toHaveCount(before - 1);
  return { schools, before };
}

async function openJournal(page: Page) {
  await goToSection(page, 'Настройки');
  await page.getByRole('tab', { name: 'Журнал действий' }).click();
  return page.getByRole('table', { name: /Журнал/ });
}

test('a school merge is undone as a whole from the action journal', async ({ page }) => {
  await openWithDemo(page);
  const { before } = await mergeGymnasiumIntoLyceum(page);

  const journal = await openJournal(page);
  await journal.getByRole('button', { name: 'Отменить объединение' }).click();
  const dialog = page.getByRole('dialog', { name: 'Отменить объединение школ?' });
  await expect(dialog).toContainText('Удалённая школа вернётся');
  await dialog.getByRole('button', { name: 'Отменить объединение' }).click();
  await expect(page.getByText(/^Объединение отменено: вернули участников — \d+$/)).toBeVisible();
  await expect(journal.getByText(/^Объединение школ отменено: школа восстановлена/)).toBeVisible();
  await expect(journal.getByText(/^Объединение отменено \d\d\.\d\d\.\d{4}/)).toBeVisible();
  await expect(journal.getByRole('button', { name: 'Отменить объединение' })).toHaveCount(0);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/journal-merge-undone.png` });

  await goToSection(page, 'Участники');
  await page.getByRole('button', { name: 'Школы' }).click();
  const schools = page.getByRole('table', { name: 'Школы' });
  await expect(schools.getByRole('row')).toHaveCount(before);
  await expect(schools.getByRole('cell', { name: 'МБОУ Гимназия № 2' })).toBeVisible();
});

test('once the kept school is edited, the journal says what blocks undoing the merge', async ({ page }) => {
  await openWithDemo(page);
  const { schools } = await mergeGymnasiumIntoLyceum(page);
  await schools.getByRole('cell', { name: 'МБОУ Лицей № 5' }).click();
  const form = page.getByRole('form', { name: 'Данные школы' });
  await form.getByRole('textbox', { name: 'ИНН' }).fill('7413000000');
  await form.getByRole('button', { name: 'Сохранить школу' }).click();
  await expect(form).toBeHidden();

  const journal = await openJournal(page);
  await expect(
    journal.getByText('Отменить объединение уже нельзя: оставленная школа изменена после объединения.', {
      exact: true,
    }),
  ).toBeVisible();
  await expect(journal.getByRole('button', { name: 'Отменить объединение' })).toHaveCount(0);
});
