import { expect, test } from '@playwright/test';
import { goToSection, openWithDemo } from './helpers';

test.describe.configure({ timeout: 120_000 });
const SHOTS = process.env.E2E_SCREENSHOTS;

// The web app's print path: the sheet shown in the preview becomes a PDF in a hidden frame titled «Печать»
// whose print() is called (the desktop app shows it in its preview window with the print dialog instead).
test('the quarterly report preview prints the sheet shown', async ({ page }) => {
  await openWithDemo(page);
  await goToSection(page, 'Отчёты');
  await expect(page.getByRole('table', { name: 'Сводка' }).getByRole('row').last()).toContainText('Итого');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/report-print-button.png` });
  await page.getByRole('button', { name: 'Печать листа' }).click();
  await expect(page.getByTitle('Печать')).toBeAttached({ timeout: 30_000 });
  await expect(page.getByText('Ошибка')).toHaveCount(0);
});

// Ctrl+P prints the page's own document: here the sheet shown, through the same web print path.
test('Ctrl+P on the quarterly report prints the sheet shown', async ({ page }) => {
  await openWithDemo(page);
  await goToSection(page, 'Отчёты');
  await expect(page.getByRole('table', { name: 'Сводка' }).getByRole('row').last()).toContainText('Итого');
  await expect(page.getByTitle('Печать')).toHaveCount(0);
  await page.keyboard.press('Control+P');
  await expect(page.getByTitle('Печать')).toBeAttached({ timeout: 30_000 });
});
