import { expect, test } from '@playwright/test';
import { confirmIssue, goToSection, openEcologyIssueForm, openWithDemo } from './helpers';

test.describe.configure({ timeout: 240_000 });
const SHOTS = process.env.E2E_SCREENSHOTS;

// Printing goes through the platform adapter: in the web app, the generated PDF in a hidden frame titled
// «Печать» whose print() is called (the desktop app shows its print dialog instead).
test('a batch of certificates just issued and the week schedule print from the app', async ({
  page,
  context,
}) => {
  await openWithDemo(page);
  // «Главная» links the pupils waiting for a certificate to issuing, where each group says how many are due.
  await page.getByRole('link', { name: /^\d+ ждут? сертификата$/ }).click();
  await expect(page.getByRole('heading', { name: 'Выдача сертификатов', level: 1 })).toBeVisible();
  await page.getByRole('combobox', { name: 'Группа' }).click();
  await expect(page.getByRole('option', { name: /^Эколог — .* · к выдаче: \d+$/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await goToSection(page, 'Сертификаты');
  const { submit, count } = await openEcologyIssueForm(page);
  await submit.click();
  await expect(page.getByRole('figure', { name: 'Образец страницы' })).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/issue-confirm.png` });
  await confirmIssue(page, count);
  await expect(page.getByText(`Выдано сертификатов: ${count}`)).toBeVisible();

  // Read before printing: the tab with an open print dialog may crash in headless Chromium.
  const url = page.url();
  await page.getByRole('button', { name: `Печать (${count})` }).click();
  await expect(page.getByTitle('Печать')).toBeAttached({ timeout: 60_000 });
  await expect(page.getByText('Ошибка')).toHaveCount(0);

  // A fresh tab: headless Chromium can crash when a page with an open print dialog navigates.
  const again = await context.newPage();
  await again.goto(url);
  await goToSection(again, 'Расписание');
  await again.getByRole('button', { name: 'Печать расписания недели' }).click();
  await expect(again.getByTitle('Печать')).toBeAttached({ timeout: 30_000 });
});
