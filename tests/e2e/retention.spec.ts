import { expect, test } from '@playwright/test';
import { goToSection, openWithDemo } from './helpers';

test.describe.configure({ timeout: 180_000 });

test('withdrawing the parents’ consent offers anonymisation at once, with the register’s basis and term', async ({
  page,
}) => {
  await openWithDemo(page);
  await goToSection(page, 'Участники');
  await page.getByRole('button', { name: 'Новый участник' }).click();
  await page.getByRole('textbox', { name: 'Фамилия', exact: true }).fill('Отзывова');
  await page.getByRole('textbox', { name: 'Имя', exact: true }).fill('Вера');
  await page.getByLabel('Дата рождения').fill('05.05.2012');
  await page.getByRole('button', { name: 'Сохранить участника' }).click();
  await expect(page.getByRole('heading', { name: 'Отзывова Вера', level: 1 })).toBeVisible();

  await page.getByRole('tab', { name: /Согласия/ }).click();
  await page.getByRole('button', { name: 'Добавить согласие' }).click();
  const add = page.getByRole('dialog', { name: 'Добавить согласие' });
  await add.getByRole('combobox', { name: 'Вид согласия' }).click();
  await page.getByRole('option', { name: 'Обработка персональных данных' }).click();
  await add.getByLabel('ФИО подписавшего (законного представителя)').fill('Отзывова Нина Петровна');
  await add.getByLabel('Кем приходится участнику').fill('мать');
  await add.getByRole('button', { name: 'Сохранить согласие' }).click();
  const consents = page.getByRole('table', { name: 'Согласия' });
  await expect(consents.getByText('Действует', { exact: true })).toBeVisible();

  await consents.getByRole('button', { name: 'Отозвать' }).click();
  await page
    .getByRole('dialog', { name: 'Отозвать согласие?' })
    .getByRole('button', { name: 'Отозвать' })
    .click();
  const offer = page.getByRole('dialog', { name: 'Удалить персональные данные участника?' });
  await expect(offer).toContainText('Заметки к отметкам посещаемости этого участника будут очищены.');
  await expect(offer).toContainText(/ФИО ещё 1 год после выдачи.*номер и инициалы/);
  await page.screenshot({ path: test.info().outputPath('withdraw-offers-anonymisation.png') });
  await offer.getByRole('button', { name: 'Удалить персональные данные' }).click();
  await expect(page.getByRole('heading', { name: 'Данные удалены', level: 1 })).toBeVisible();
});
