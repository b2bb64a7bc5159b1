import { expect, type Page } from '@playwright/test';

/** Opens the app on a fresh origin state and loads the demo venue through the first-run screen. */
export async function openWithDemo(page: Page): Promise<void> {
  await page.goto('./');
  await page.getByRole('button', { name: 'Загрузить демо-площадку' }).click();
  await expect(page.getByRole('heading', { name: 'Главная', level: 1 })).toBeVisible();
}

/** Navigates by the left menu, as a person does. */
export async function goToSection(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}
