import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { goToSection, openEmptyVenue, openWithDemo } from './helpers';
import { useSyncServer } from './sync-fixture';

/**
 * A restore on one PC of a synced venue: it asks whether to send the restored data to the server or to leave sync
 * off on this PC. Two browser contexts are two PCs, both pointed at an in-process CouchDB-compatible server.
 */
// Ports of its own (sync.spec.ts takes the app's port + 50…): the spec files may run at once.
const sync = useSyncServer(70);

/** The venue's short name as the server holds it (its `venue:` document). */
async function serverShortName(database: string): Promise<unknown> {
  const { rows } = await new sync.server.PouchDB(database).allDocs({ include_docs: true });
  const venue = rows.find((row) => row.id.startsWith('venue:'))?.doc as { data?: { shortName?: unknown } };
  return venue?.data?.shortName;
}

function badge(page: Page): Locator {
  return page.getByRole('status', { name: 'Синхронизация' });
}

/** Настройки › Синхронизация: fills the server and turns sync on with the given first-connection choice. */
async function connect(
  page: Page,
  database: string,
  user: string,
  password: string,
  choice: 'Взять данные с сервера' | 'Объединить с данными этого компьютера',
): Promise<void> {
  await goToSection(page, 'Настройки');
  await page.getByRole('tab', { name: 'Синхронизация' }).click();
  await page.getByRole('textbox', { name: 'Адрес сервера' }).fill(sync.server.url);
  await page.getByRole('textbox', { name: 'База данных' }).fill(database);
  await page.getByRole('textbox', { name: 'Пользователь' }).fill(user);
  await page.getByLabel('Пароль', { exact: true }).fill(password);
  await page.getByRole('switch', { name: 'Синхронизация включена' }).click({ force: true });
  const preview = page.getByRole('dialog', { name: 'Первое подключение этого компьютера' });
  await preview.getByRole('radio', { name: choice }).check();
  await preview.getByRole('button', { name: 'Подключить' }).click();
  await expect(badge(page)).toContainText('в сети · синхронизировано', { timeout: 60_000 });
}

/** The venue's short name under the app's name in the menu (it follows the database live). */
function venueName(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'Разделы' }).first().getByText(name, { exact: true });
}

async function setShortName(page: Page, name: string): Promise<void> {
  await goToSection(page, 'Настройки');
  await page.getByRole('tab', { name: 'Профиль площадки' }).click();
  await page.getByLabel('Краткое наименование').fill(name);
  await page.getByRole('button', { name: 'Сохранить профиль площадки' }).click();
  await expect(page.getByText('Профиль площадки сохранён').first()).toBeVisible();
}

/**
 * PC A (the demo venue, a backup saved before sync) and PC B (new, took A's data from the server); then A renames
 * the venue, B receives the new name, and A restores its backup up to the question about sync.
 */
async function twoPcsThenRestoreOnA(
  browser: Browser,
  database: string,
): Promise<{ a: Page; b: Page; original: string; restoreQuestion: Locator }> {
  await sync.createDatabase(database);
  const a = await (await browser.newContext()).newPage();
  await openWithDemo(a);
  await goToSection(a, 'Настройки');
  await a.getByRole('tab', { name: 'Резервные копии' }).click();
  // Every copy the app writes by itself (here the copy before the restore) needs the venue password.
  await a.getByLabel('Новый пароль площадки').fill('Пароль площадки 2026');
  await a.getByLabel('Подтверждение нового пароля площадки').fill('Пароль площадки 2026');
  await a.getByRole('button', { name: 'Задать пароль' }).click();
  await expect(a.getByText('Пароль площадки задан.')).toBeVisible();
  const saved = a.waitForEvent('download');
  await a.getByRole('button', { name: 'Сохранить резервную копию' }).click();
  const backupPath = test.info().outputPath('venue.profproba-backup');
  await (await saved).saveAs(backupPath);
  await goToSection(a, 'Настройки');
  await a.getByRole('tab', { name: 'Профиль площадки' }).click();
  const original = await a.getByLabel('Краткое наименование').inputValue();

  await connect(a, database, 'office', 'офис-пароль', 'Объединить с данными этого компьютера');
  const b = await (await browser.newContext()).newPage();
  await openEmptyVenue(b);
  await connect(b, database, 'lab', 'лаб-пароль', 'Взять данные с сервера');
  await expect(venueName(b, original)).toBeVisible({ timeout: 30_000 });

  await setShortName(a, 'Переименовано после копии');
  await expect(venueName(b, 'Переименовано после копии')).toBeVisible({ timeout: 30_000 });
  await expect(badge(a)).not.toContainText('не отправлено');

  await a.getByRole('tab', { name: 'Резервные копии' }).click();
  const chooser = a.waitForEvent('filechooser');
  await a.getByRole('button', { name: 'Восстановить из файла…' }).click();
  await (await chooser).setFiles(backupPath);
  await a
    .getByRole('dialog', { name: 'Восстановить данные из резервной копии?' })
    .getByRole('button', { name: 'Заменить данные из копии' })
    .click();
  const restoreQuestion = a.getByRole('dialog', { name: 'Синхронизация включена' });
  await expect(restoreQuestion.getByRole('button', { name: 'Отправить на сервер' })).toBeVisible();
  return { a, b, original, restoreQuestion };
}

test('a restore with sync on, «Оставить синхронизацию выключенной»: the restore stays on this PC, the other keeps its data', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const { a, b, original, restoreQuestion } = await twoPcsThenRestoreOnA(browser, 'venue-keep');
  await a.screenshot({ path: test.info().outputPath('restore-question.png') });
  await restoreQuestion.getByRole('button', { name: 'Оставить синхронизацию выключенной' }).click();
  await expect(a.getByText(/^Данные восстановлены из копии от /)).toBeVisible({ timeout: 30_000 });

  // A: the backup's data, and sync off (no badge in the header, the switch off).
  await expect(badge(a)).toHaveCount(0);
  await expect(venueName(a, original)).toBeVisible();
  await a.getByRole('tab', { name: 'Синхронизация' }).click();
  await expect(a.getByRole('switch', { name: 'Синхронизация включена' })).not.toBeChecked();
  await expect(badge(a)).toHaveCount(0);

  // Nothing of the restore reached the server, and A stays off after a restart.
  expect(await serverShortName('venue-keep')).toBe('Переименовано после копии');
  await a.reload();
  await expect(venueName(a, original)).toBeVisible();
  await expect(badge(a)).toHaveCount(0);
  expect(await serverShortName('venue-keep')).toBe('Переименовано после копии');

  // B: still synced, still with the data it had.
  await expect(badge(b)).toContainText('в сети · синхронизировано');
  await expect(venueName(b, 'Переименовано после копии')).toBeVisible();
  await a.context().close();
  await b.context().close();
});

test('a restore with sync on, «Отправить на сервер»: the other PC gets the restored data', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const { a, b, original, restoreQuestion } = await twoPcsThenRestoreOnA(browser, 'venue-push');
  await restoreQuestion.getByRole('button', { name: 'Отправить на сервер' }).click();
  await expect(a.getByText(/^Данные восстановлены из копии от /)).toBeVisible({ timeout: 30_000 });

  await expect(badge(a)).toContainText('в сети · синхронизировано', { timeout: 60_000 });
  await expect(venueName(a, original)).toBeVisible();
  await expect.poll(() => serverShortName('venue-push'), { timeout: 60_000 }).toBe(original);
  await expect(venueName(b, original)).toBeVisible({ timeout: 60_000 });
  await expect(badge(b)).toContainText('в сети · синхронизировано', { timeout: 30_000 });
  await a.context().close();
  await b.context().close();
});
