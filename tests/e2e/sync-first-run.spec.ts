import { expect, test } from '@playwright/test';
import { goToSection, openWithDemo, participantCount } from './helpers';
import { useSyncServer } from './sync-fixture';

/**
 * A second PC of a venue starts empty: the first-run screen offers «Подключиться к серверу площадки» beside a new
 * venue, the demo and a restore; it takes the venue's data that PC A put on the server and lands on «Главная».
 */
// Ports of its own (sync.spec.ts takes the app's port + 50…, sync-restore.spec.ts + 70…).
const sync = useSyncServer(90);

test('a new PC connects to the venue’s server from the first-run screen and lands on «Главная» with A’s pupils', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  await sync.createDatabase('venue');

  // PC A: the demo venue, merged into the server's empty database.
  const a = await (await browser.newContext()).newPage();
  await openWithDemo(a);
  const pupils = await participantCount(a);
  await goToSection(a, 'Настройки');
  await a.getByRole('tab', { name: 'Синхронизация' }).click();
  await a.getByRole('textbox', { name: 'Адрес сервера' }).fill(sync.server.url);
  await a.getByRole('textbox', { name: 'База данных' }).fill('venue');
  await a.getByRole('textbox', { name: 'Пользователь' }).fill('office');
  await a.getByLabel('Пароль', { exact: true }).fill('офис-пароль');
  await a.getByRole('switch', { name: 'Синхронизация включена' }).click({ force: true });
  await a
    .getByRole('dialog', { name: 'Первое подключение этого компьютера' })
    .getByRole('button', { name: 'Подключить' })
    .click();
  const badgeA = a.getByRole('status', { name: 'Синхронизация' });
  await expect(badgeA).toContainText('в сети · синхронизировано', { timeout: 60_000 });
  await expect(badgeA).not.toContainText('не отправлено');

  // PC B: nothing stored; the first-run screen offers the server beside the other ways to start.
  const b = await (await browser.newContext()).newPage();
  await b.goto('./');
  await expect(b.getByRole('heading', { name: 'Добро пожаловать в ПрофПробу', level: 1 })).toBeVisible();
  await expect(b.getByRole('heading', { name: 'Подключиться к серверу площадки', level: 2 })).toBeVisible();
  await b.screenshot({ path: test.info().outputPath('first-run-choices.png') });
  await b.getByRole('button', { name: 'Подключиться к серверу' }).click();
  await b.getByRole('textbox', { name: 'Адрес сервера' }).fill(sync.server.url);
  await b.getByRole('textbox', { name: 'База данных' }).fill('venue');
  await b.getByRole('textbox', { name: 'Пользователь' }).fill('lab');
  await b.getByLabel('Пароль', { exact: true }).fill('лаб-пароль');
  await b.getByRole('button', { name: 'Проверить соединение' }).click();
  await expect(b.getByRole('status').filter({ hasText: 'Соединение установлено' })).toBeVisible();
  await b.screenshot({ path: test.info().outputPath('first-run-connect.png') });
  await b.getByRole('switch', { name: 'Синхронизация включена' }).click({ force: true });

  // The preview of counts comes first; an empty PC takes the server's data by default.
  const preview = b.getByRole('dialog', { name: 'Первое подключение этого компьютера' });
  const participantsRow = preview.getByRole('row', { name: /^Участники/ });
  await expect(participantsRow.getByRole('cell').nth(1)).toHaveText(String(pupils));
  await expect(participantsRow.getByRole('cell').nth(2)).toHaveText('0');
  await expect(preview.getByRole('radio', { name: 'Взять данные с сервера' })).toBeChecked();
  await preview.getByRole('button', { name: 'Подключить' }).click();

  // The venue's data arrives and the app opens on «Главная», synced, with A's venue and pupils.
  await expect(b.getByRole('heading', { name: 'Главная', level: 1 })).toBeVisible({ timeout: 60_000 });
  await expect(
    b
      .getByRole('navigation', { name: 'Разделы' })
      .first()
      .getByText('ЦДТТ «Импульс» (демо)', { exact: true }),
  ).toBeVisible();
  await expect(b.getByRole('status', { name: 'Синхронизация' })).toContainText('в сети · синхронизировано', {
    timeout: 60_000,
  });
  await expect.poll(() => participantCount(b), { timeout: 30_000 }).toBe(pupils);
  await a.context().close();
  await b.context().close();
});
