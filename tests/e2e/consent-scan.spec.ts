import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { goToSection, openWithDemo } from './helpers';

test.describe.configure({ timeout: 180_000 });

// A 2×2 PNG: small, but real image bytes with values above 127 (a lossy text round trip would show).
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEklEQVR4nGM4wfVLbksPA4QCACxkBlXNSRuzAAAAAElFTkSuQmCC',
  'base64',
);

test('a consent scan is kept as the file itself: its thumbnail shows and the download has the same bytes', async ({
  page,
}) => {
  await openWithDemo(page);
  await goToSection(page, 'Участники');
  await page.getByRole('button', { name: 'Новый участник' }).click();
  await page.getByRole('textbox', { name: 'Фамилия', exact: true }).fill('Сканова');
  await page.getByRole('textbox', { name: 'Имя', exact: true }).fill('Ирина');
  await page.getByLabel('Дата рождения').fill('05.05.2012');
  await page.getByRole('button', { name: 'Сохранить участника' }).click();
  await expect(page.getByRole('heading', { name: 'Сканова Ирина', level: 1 })).toBeVisible();

  await page.getByRole('tab', { name: /Согласия/ }).click();
  await page.getByRole('button', { name: 'Добавить согласие' }).click();
  const add = page.getByRole('dialog', { name: 'Добавить согласие' });
  await add.getByRole('combobox', { name: 'Вид согласия' }).click();
  await page.getByRole('option', { name: 'Обработка персональных данных' }).click();
  await add.getByLabel('ФИО подписавшего (законного представителя)').fill('Сканова Нина Петровна');
  await add.getByLabel('Кем приходится участнику').fill('мать');
  const chooser = page.waitForEvent('filechooser');
  await add.getByRole('button', { name: 'Прикрепить скан' }).click();
  await (await chooser).setFiles({ name: 'согласие.png', mimeType: 'image/png', buffer: PNG });
  await add.getByRole('button', { name: 'Сохранить согласие' }).click();

  const consents = page.getByRole('table', { name: 'Согласия' });
  const thumbnail = consents.getByRole('img', { name: 'согласие.png' });
  await expect(thumbnail).toHaveAttribute('src', /^blob:/);
  await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(2);

  const download = page.waitForEvent('download');
  await consents.getByRole('button', { name: 'согласие.png' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('согласие.png');
  expect(Buffer.compare(await readFile((await file.path())!), PNG)).toBe(0);
});
