import { expect, test, type Page } from '@playwright/test';
import { goToSection, openWithDemo } from './helpers';

test.describe.configure({ timeout: 180_000 });
const SHOTS = process.env.E2E_SCREENSHOTS;

async function tickFirstTwoAndEnroll(page: Page): Promise<string[]> {
  await goToSection(page, 'Участники');
  const boxes = page.getByRole('table', { name: 'Участники' }).getByRole('checkbox', { name: /^Выбрать: / });
  await boxes.nth(0).click();
  await boxes.nth(1).click({ modifiers: ['Shift'] });
  const names: string[] = [];
  for (const i of [0, 1])
    names.push(((await boxes.nth(i).getAttribute('aria-label')) ?? '').replace('Выбрать: ', ''));
  await page.getByRole('button', { name: 'Записать выбранных (2)' }).click();
  await expect(page.getByRole('heading', { name: 'Запись в группу', level: 1 })).toBeVisible();
  await page.getByRole('combobox', { name: 'Группа' }).click();
  await page.getByRole('option').last().click();
  return names;
}

test('the enrollment of the selection shows, before saving, who cannot be enrolled and why', async ({
  page,
}) => {
  await openWithDemo(page);
  const names = await tickFirstTwoAndEnroll(page);
  const check = page
    .getByRole('region', { name: 'Проверка выбранных' })
    .or(page.getByRole('status', { name: 'Проверка выбранных' }));
  await expect(check).toBeVisible();
  await page.getByRole('button', { name: 'Записать в группу' }).click();
  const warning = page.getByRole('dialog', { name: 'Есть пересечения' });
  await expect(
    warning.or(page.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Запись в группу' })),
  ).toBeVisible();
  if (await warning.isVisible()) await warning.getByRole('button', { name: 'Сохранить всё равно' }).click();
  await expect(page.getByRole('heading', { name: 'Запись в группу', level: 1 })).toBeHidden();

  // The same two again, for the same group: each is named with the reason, nothing is saved yet.
  await tickFirstTwoAndEnroll(page);
  const refused = page.getByRole('region', { name: 'Проверка выбранных' });
  await expect(refused.getByText('Не могут быть записаны')).toBeVisible();
  for (const name of names)
    await expect(refused.getByText(`${name} уже в этой группе или в её листе ожидания.`)).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/enroll-selection-reasons.png` });
});
