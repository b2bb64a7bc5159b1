import { expect, type Locator, type Page } from '@playwright/test';

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

/**
 * From «Сертификаты», opens «Выдать сертификаты» for the demo's ecology group (its sessions are past and
 * marked) and returns the submit button with the number of certificates it will issue.
 */
export async function openEcologyIssueForm(page: Page): Promise<{ submit: Locator; count: number }> {
  await page.getByRole('button', { name: 'Выдать сертификаты' }).first().click();
  await page.getByRole('combobox', { name: 'Группа' }).click();
  await page.getByRole('option', { name: /^Эколог — / }).click();
  const submit = page.getByRole('button', { name: /^Выдать сертификаты \(\d+\)$/ });
  await expect(submit).toBeEnabled();
  const count = Number(/\((\d+)\)/.exec((await submit.textContent()) ?? '')?.[1]);
  return { submit, count };
}
