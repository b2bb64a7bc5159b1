import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { buildDemoVenue } from '../../shared/demo/demo-venue';
import { goToSection, openWithDemo } from './helpers';

// A 600 000-round key derivation per copy and a whole-database restore: more than the default minute.
test.describe.configure({ timeout: 150_000 });

const VENUE_PASSWORD = 'Склад ключей площадки 2026';

test('an automatic copy on disk has no readable ФИО and restores with the venue password on a fresh profile', async ({
  browser,
  page,
}) => {
  const file = test.info().outputPath('auto.profproba-backup');
  // The file the desktop shell would write: the stand-in hands the bytes to this test, which puts them on disk.
  await page.exposeFunction('__startFile', (name: string) => {
    writeFileSync(file, '');
    return name;
  });
  await page.exposeFunction('__appendToDisk', (base64: string) => {
    appendFileSync(file, Buffer.from(base64, 'base64'));
  });
  // A stand-in for the preload's API (the renderer picks the desktop platform when window.profproba exists)
  // with a stand-in for safeStorage that only this "PC" can undo.
  await page.addInitScript(() => {
    // In pieces: spreading a part of megabytes into one call overflows the stack.
    const toBase64 = (bytes: Uint8Array) => {
      let text = '';
      for (let i = 0; i < bytes.length; i += 0x8000)
        text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(text);
    };
    Object.assign(window, {
      profproba: {
        // A file arrives in parts: the stand-in sends each part to the test, which appends it to the file.
        beginFileWrite: async ({ fileName }: { fileName: string }) => {
          await (window as unknown as { __startFile: (n: string) => Promise<string> }).__startFile(fileName);
          return fileName;
        },
        appendFileWrite: async (_handle: string, bytes: Uint8Array) => {
          await (window as unknown as { __appendToDisk: (b: string) => Promise<void> }).__appendToDisk(
            toBase64(bytes),
          );
        },
        finishFileWrite: async (handle: string) => handle,
        abortFileWrite: async () => undefined,
        openFile: async () => null,
        printPdf: async () => true,
        getAppVersion: async () => '0.1.0',
        openFolder: async () => undefined,
        purgeBackups: async () => 0,
        protectKey: async (key: Uint8Array) => new Uint8Array([0x50, ...key.map((b) => b ^ 0x5a)]),
        unprotectKey: async (wrapped: Uint8Array) => {
          if (wrapped[0] !== 0x50) throw new Error('another PC');
          return wrapped.subarray(1).map((b) => b ^ 0x5a);
        },
        closeReady: async () => undefined,
        onOpenBackupFile: () => () => undefined,
        onBeforeClose: (listener: () => Promise<unknown>) => {
          Object.assign(window, { __beforeClose: listener });
          return () => undefined;
        },
      },
    });
  });

  await openWithDemo(page);
  await goToSection(page, 'Настройки');
  await page.getByRole('tab', { name: 'Резервные копии' }).click();
  await expect(page.getByText(/^Пароль площадки не задан/)).toBeVisible();
  await page.getByLabel('Новый пароль площадки').fill(VENUE_PASSWORD);
  await page.getByLabel('Подтверждение нового пароля площадки').fill(VENUE_PASSWORD);
  await page.getByRole('button', { name: 'Задать пароль' }).click();
  await expect(page.getByText('Пароль площадки задан.')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('venue-password.png') });

  // Forced: the backup on quit is written every time the window closes.
  await page.evaluate(() => (window as unknown as { __beforeClose: () => Promise<unknown> }).__beforeClose());
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 29).toString('utf8')).toBe('{"format":"profproba-backup",');
  const surnames = [...new Set(buildDemoVenue('2026-11-24').participants.map((p) => p.lastName))];
  expect(surnames.length).toBeGreaterThan(20);
  for (const surname of surnames) {
    expect(bytes.indexOf(Buffer.from(surname, 'utf8'))).toBe(-1);
    expect(bytes.indexOf(Buffer.from(surname, 'utf16le'))).toBe(-1);
  }

  // A fresh profile (another PC, the web app): no key of this PC, so the venue password opens the copy.
  const context = await browser.newContext();
  const fresh = await context.newPage();
  await fresh.goto('./');
  await fresh.getByRole('button', { name: 'Восстановить из копии' }).click();
  const chooser = fresh.waitForEvent('filechooser');
  await fresh.getByRole('button', { name: 'Восстановить из файла…' }).click();
  await (await chooser).setFiles(file);
  const ask = fresh.getByRole('dialog', { name: 'Копия зашифрована' });
  await ask.getByLabel('Пароль резервной копии').fill('не тот пароль');
  await ask.getByRole('button', { name: 'Расшифровать' }).click();
  await expect(ask.getByText(/^Неверный пароль/)).toBeVisible();
  await ask.getByLabel('Пароль резервной копии').fill(VENUE_PASSWORD);
  await ask.getByRole('button', { name: 'Расшифровать' }).click();
  const dialog = fresh.getByRole('dialog', { name: 'Восстановить данные из резервной копии?' });
  await expect(dialog.getByRole('row', { name: /^Участники 0 132$/ })).toBeVisible();
  await dialog.getByRole('button', { name: 'Заменить данные из копии' }).click();
  await expect(fresh.getByRole('heading', { name: 'Главная', level: 1 })).toBeVisible();
  await goToSection(fresh, 'Участники');
  await expect(fresh.getByText(/Показано \d+ из 132/)).toBeVisible();
  await context.close();
});
