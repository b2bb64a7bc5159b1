import { expect, test } from '@playwright/test';
import { openWithDemo } from './helpers';

test('«Главная» stops its worker as soon as a navigation to another section begins', async ({ page }) => {
  // The list's code is held back, so the navigation stays under way (and «Главная» on screen) until released.
  let release = () => undefined as void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/participants-section-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await openWithDemo(page);
  await expect(page.getByRole('group', { name: 'Участников', exact: true })).not.toContainText('…');
  const worker = page.workers().find((w) => /dashboard\.worker/.test(w.url()));
  expect(worker).toBeDefined();
  let closed = false;
  worker!.on('close', () => (closed = true));

  await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Участники' }).click();
  await expect.poll(() => closed).toBe(true);
  // Still under way: the worker stopped at the navigation's start, not when «Главная» went.
  await expect(page.getByRole('heading', { name: 'Главная', level: 1 })).toBeVisible();

  release();
  await expect(page.getByRole('heading', { name: 'Участники', level: 1 })).toBeVisible();
});
