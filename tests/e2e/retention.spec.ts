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

test('a pupil past the retention term is listed and anonymised; «Главная» reminds once a month', async ({
  page,
}) => {
  await openWithDemo(page);
  await goToSection(page, 'Участники');
  await page.getByRole('button', { name: 'Новый участник' }).click();
  await page.getByRole('textbox', { name: 'Фамилия', exact: true }).fill('Срокова');
  await page.getByRole('textbox', { name: 'Имя', exact: true }).fill('Ольга');
  await page.getByLabel('Дата рождения').fill('05.05.2012');
  await page.getByRole('button', { name: 'Сохранить участника' }).click();
  await expect(page.getByRole('heading', { name: 'Срокова Ольга', level: 1 })).toBeVisible();

  // Today nobody is past the 3-year term: no reminder.
  await goToSection(page, 'Главная');
  await expect(page.getByText('Участников, у которых истёк срок хранения данных')).toHaveCount(0);

  // Four years on, with no trial since, the pupil is past the term.
  const now = Date.now();
  const later = new Date(now + 4 * 365 * 86_400_000);
  await page.clock.setFixedTime(later);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Главная', level: 1 })).toBeVisible();
  const reminder = page.getByRole('region', { name: 'Истёк срок хранения данных' });
  await expect(reminder).toContainText('Участников, у которых истёк срок хранения данных');
  await page.screenshot({ path: test.info().outputPath('retention-reminder.png') });
  await reminder.getByRole('button', { name: 'Напомнить в следующем месяце' }).click();
  await expect(reminder).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Главная', level: 1 })).toBeVisible();
  // Wait until «Главная» has read its data (the figures show) before checking the reminder stays away.
  await expect(page.getByRole('group', { name: 'Участников' })).not.toContainText('…');
  await expect(reminder).toHaveCount(0);

  // The next month it reminds again; its button leads to Настройки › «Хранение данных».
  await page.clock.setFixedTime(new Date(later.getTime() + 32 * 86_400_000));
  await page.reload();
  await reminder.getByRole('button', { name: 'Открыть «Хранение данных»' }).click();
  await expect(page.getByRole('tab', { name: 'Хранение данных', selected: true })).toBeVisible();
  await expect(page.getByLabel('Хранить данные участника после его последней пробы, лет')).toHaveValue('3');
  await expect(page.getByText('От 1 до 5 лет')).toBeVisible();

  const past = page.getByRole('table', { name: 'Истёк срок хранения' });
  await expect(past.getByRole('row', { name: /Срокова Ольга/ })).toContainText('проб не было');
  await page.screenshot({ path: test.info().outputPath('retention-panel.png'), fullPage: false });
  await past.getByRole('checkbox', { name: 'Выбрать: Срокова Ольга' }).check();
  await page.getByRole('button', { name: 'Обезличить выбранных' }).click();
  const confirm = page.getByRole('dialog', { name: 'Обезличить выбранных участников?' });
  await expect(confirm).toContainText('Выбрано участников: 1.');
  await confirm.getByRole('button', { name: 'Обезличить выбранных' }).click();
  await expect(page.getByText('Обезличено участников: 1')).toBeVisible();
  await expect(past.getByRole('row', { name: /Срокова Ольга/ })).toHaveCount(0);

  // One journal entry with counts only.
  await page.getByRole('tab', { name: 'Журнал действий' }).click();
  await expect(page.getByText('Обезличены участники, у которых истёк срок хранения: 1;')).toBeVisible();
});
