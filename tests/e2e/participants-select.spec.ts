import { expect, test } from '@playwright/test';
import { goToSection, openWithDemo } from './helpers';

test.describe.configure({ timeout: 180_000 });
const SHOTS = process.env.E2E_SCREENSHOTS;

test('people are chosen directly: Shift-click ranges, all shown, and the enrollment says why it refuses', async ({
  page,
}) => {
  await openWithDemo(page);
  await goToSection(page, 'Участники');
  await expect(page.getByText(/^Показано 132 из 132$/)).toBeVisible();
  const boxes = page.getByRole('table', { name: 'Участники' }).getByRole('checkbox', { name: /^Выбрать: / });

  // A click and a Shift-click choose the four rows between them; the card does not open.
  await boxes.nth(0).click();
  await boxes.nth(3).click({ modifiers: ['Shift'] });
  await expect(page.getByRole('heading', { name: 'Участники', level: 1 })).toBeVisible();
  for (const i of [0, 1, 2, 3]) await expect(boxes.nth(i)).toBeChecked();
  await expect(boxes.nth(4)).not.toBeChecked();
  await expect(page.getByText('Выбрано 4', { exact: true })).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/participants-selection.png` });
  const names: string[] = [];
  for (const i of [0, 1, 2, 3])
    names.push(((await boxes.nth(i).getAttribute('aria-label')) ?? '').replace('Выбрать: ', ''));

  // All shown: more than a group holds, so the enrollment is refused and the reason is written out.
  const all = page.getByRole('checkbox', { name: 'Выбрать всех показанных (132)' });
  await all.check();
  await expect(page.getByText('Выбрано 132', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Записать выбранных (132)' })).toBeDisabled();
  await expect(page.getByText(/^Записать можно до 100 человек за раз/)).toBeVisible();
  await all.uncheck();
  await expect(page.getByRole('button', { name: 'Записать в группу (132)' })).toBeDisabled();

  // The four chosen ones go to the enrollment page, which checks each against the group.
  await boxes.nth(0).click();
  await boxes.nth(3).click({ modifiers: ['Shift'] });
  await page.getByRole('button', { name: 'Записать выбранных (4)' }).click();
  await expect(page.getByRole('heading', { name: 'Запись в группу', level: 1 })).toBeVisible();
  await expect(page.getByText(/^Выбрано: 4 участник/)).toBeVisible();
  for (const name of names) await expect(page.getByText(name)).toBeVisible();
  await page.getByRole('combobox', { name: 'Группа' }).click();
  await page.getByRole('option').first().click();
  await page.getByRole('button', { name: 'Записать в группу' }).click();
  // Whatever the group, the answer is either done or a reason per person; never a silent refusal.
  await expect(
    page.getByRole('dialog', { name: 'Есть пересечения' }).or(page.getByText(/Записан|записан/).first()),
  ).toBeVisible();
});
