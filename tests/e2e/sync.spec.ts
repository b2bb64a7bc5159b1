import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { useSyncServer } from './sync-fixture';
import {
  fillDate,
  freeTuesday,
  generatedSchoolList,
  goToSection,
  importCsvThroughUi,
  openEmptyVenue,
  openWithDemo,
  participantCount,
  pick,
} from './helpers';

/**
 * Two PCs of one venue = two browser contexts (each its own IndexedDB), both pointed at an in-process
 * CouchDB-compatible server started here, so the test can take it away and bring it back.
 */
// One server per worker (the tests of this file run in parallel), and the port after it: an address nobody answers on.
const sync = useSyncServer(50, 2);

async function newPc(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openWithDemo(page);
  return page;
}

async function openSyncSettings(page: Page): Promise<void> {
  await goToSection(page, 'Настройки');
  await page.getByRole('tab', { name: 'Синхронизация' }).click();
}

async function fillServer(page: Page, database: string, user: string, password: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Адрес сервера' }).fill(sync.server.url);
  await page.getByRole('textbox', { name: 'База данных' }).fill(database);
  await page.getByRole('textbox', { name: 'Пользователь' }).fill(user);
  await page.getByLabel('Пароль', { exact: true }).fill(password);
}

/** The server's part of Настройки › Синхронизация, where «Проверить соединение» answers. */
function serverSection(page: Page): Locator {
  return page.getByRole('region', { name: 'Сервер площадки (CouchDB)' });
}

function badge(page: Page): Locator {
  return page.getByRole('status', { name: 'Синхронизация' });
}

function markOf(page: Page, name: string, mark: string): Locator {
  return page
    .getByRole('table', { name: 'Отметки посещаемости' })
    .getByRole('radiogroup', { name: `Отметка: ${name}` })
    .getByRole('radio', { name: mark });
}

test('«Проверить соединение» names the problem in Russian: address, password, another application’s database', async ({
  browser,
}) => {
  const page = await newPc(browser);
  await openSyncSettings(page);
  const check = page.getByRole('button', { name: 'Проверить соединение' });

  await fillServer(page, 'venue-check', 'lab', 'лаб-пароль');
  await page.getByRole('textbox', { name: 'Адрес сервера' }).fill('server:5984');
  await check.click();
  await expect(serverSection(page).getByRole('alert')).toContainText(
    'Адрес сервера должен начинаться с http:// или https://',
  );

  await page.getByRole('textbox', { name: 'Адрес сервера' }).fill(`http://127.0.0.1:${sync.port + 1}`);
  await check.click();
  await expect(serverSection(page).getByRole('alert')).toContainText('не отвечает');

  await page.getByRole('textbox', { name: 'Адрес сервера' }).fill(sync.server.url);
  await page.getByLabel('Пароль', { exact: true }).fill('неверный');
  await check.click();
  await expect(serverSection(page).getByRole('alert')).toContainText(
    'Сервер не принял пользователя или пароль',
  );

  await page.getByLabel('Пароль', { exact: true }).fill('лаб-пароль');
  await check.click();
  await expect(serverSection(page).getByRole('alert')).toContainText('На сервере нет такой базы данных');

  await sync.createDatabase('venue-check');
  const auth = 'Basic ' + Buffer.from('lab:лаб-пароль', 'utf8').toString('base64');
  await fetch(`${sync.server.url}/venue-check/other-app-doc`, {
    method: 'PUT',
    headers: { authorization: auth, 'content-type': 'application/json' },
    body: JSON.stringify({ kind: 'invoice' }),
  });
  await check.click();
  await expect(serverSection(page).getByRole('alert')).toContainText(
    'Эта база данных принадлежит другой программе',
  );
  await page.context().close();
});

/** A walk-in added through the session page's dialog: a new pupil, enrolled and marked present. */
async function addWalkIn(page: Page, lastName: string): Promise<void> {
  await page.getByRole('button', { name: 'Добавить пришедшего' }).click();
  const dialog = page.getByRole('dialog', { name: 'Добавить пришедшего на занятие' });
  await dialog.getByRole('tab', { name: 'Новый участник' }).click();
  await dialog.getByRole('textbox', { name: 'Фамилия' }).fill(lastName);
  await dialog.getByRole('textbox', { name: 'Имя' }).fill('Анна');
  await dialog.getByRole('button', { name: 'Записать и отметить' }).click();
  await expect(dialog).toBeHidden();
}

function walkInRow(page: Page, lastName: string): Locator {
  return page
    .getByRole('table', { name: 'Отметки посещаемости' })
    .getByRole('radiogroup', { name: new RegExp(`^Отметка: ${lastName} Анна`) });
}

/** Every cell of every sheet of the quarterly report XLSX saved on a PC. */
async function quarterlyReport(page: Page): Promise<string> {
  await goToSection(page, 'Отчёты');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Сохранить XLSX', exact: true }).click(),
  ]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(await file.path())) as unknown as ArrayBuffer);
  const sheets = wb.worksheets.map((sheet) => {
    const rows: unknown[] = [];
    sheet.eachRow((row) => rows.push(row.values));
    return { name: sheet.name, rows };
  });
  return JSON.stringify(sheets);
}

const LASER = 'Лазерная резка: от эскиза до изделия';

test('two PCs share the venue: A imports 120 pupils and a group, empty B takes them; offline marks converge to the later one', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  await sync.createDatabase('venue');

  // PC A (the office) merges its data into the empty server database.
  const a = await newPc(browser);
  await openSyncSettings(a);
  await fillServer(a, 'venue', 'lab', 'лаб-пароль');
  await a.getByRole('button', { name: 'Проверить соединение' }).click();
  await expect(a.getByRole('status').filter({ hasText: 'Соединение установлено' })).toBeVisible();
  await a.getByRole('switch', { name: 'Синхронизация включена' }).click({ force: true });
  const previewA = a.getByRole('dialog', { name: 'Первое подключение этого компьютера' });
  await expect(previewA.getByRole('radio', { name: 'Объединить с данными этого компьютера' })).toBeChecked();
  await previewA.getByRole('button', { name: 'Подключить' }).click();
  await expect(badge(a)).toContainText('в сети · синхронизировано', { timeout: 60_000 });
  await a.screenshot({ path: test.info().outputPath('sync-settings.png') });

  // With sync on, A imports a school's list of 120 pupils through the wizard and creates a group.
  const before = await participantCount(a);
  await importCsvThroughUi(a, 'школа-7.csv', generatedSchoolList(120), 120);
  const pupils = await participantCount(a);
  expect(pupils).toBe(before + 120);
  const { ru: day } = await freeTuesday(a);
  await goToSection(a, 'Расписание');
  await a.getByRole('link', { name: 'Новая группа' }).click();
  await pick(a, 'Программа', LASER);
  await fillDate(a, 'Дата', day);
  await a.getByLabel('Начало').fill('15:00');
  await a.getByLabel('Окончание').fill('16:30');
  await pick(a, 'Место проведения', 'Лаборатория цифрового производства (ауд. 104)');
  await a.getByRole('button', { name: 'Создать группу' }).click();
  const groupName = `${LASER} — ${day}`;
  await expect(a.getByRole('heading', { name: groupName, level: 1 })).toBeVisible();
  const groupUrl = a.url();
  await expect(badge(a)).toContainText('в сети · синхронизировано', { timeout: 60_000 });
  await expect(badge(a)).not.toContainText('не отправлено');

  // A opens an unmarked session and marks the first pupil.
  await goToSection(a, 'Посещаемость');
  await a
    .getByRole('table', { name: 'Занятия' })
    .getByRole('row')
    .filter({ has: a.getByRole('cell', { name: /^0 \/ \d+$/ }) })
    .first()
    .click();
  await expect(a.getByRole('heading', { level: 1, name: /^Занятие / })).toBeVisible();
  const sessionUrl = a.url();
  const first = (await a
    .getByRole('table', { name: 'Отметки посещаемости' })
    .getByRole('radiogroup')
    .first()
    .getAttribute('aria-label'))!.replace(/^Отметка: /, '');
  await markOf(a, first, 'Присутствие').click();
  await expect(markOf(a, first, 'Присутствие')).toHaveAttribute('aria-checked', 'true');

  // PC B (the lab) is new: only its profile, no pupils. It takes the server's data after the preview of counts.
  const b = await (await browser.newContext()).newPage();
  await openEmptyVenue(b);
  await openSyncSettings(b);
  await fillServer(b, 'venue', 'office', 'офис-пароль');
  await b.getByRole('switch', { name: 'Синхронизация включена' }).click({ force: true });
  const previewB = b.getByRole('dialog', { name: 'Первое подключение этого компьютера' });
  const participantsRow = previewB.getByRole('row', { name: /^Участники/ });
  await expect(participantsRow.getByRole('cell').nth(1)).toHaveText(String(pupils));
  await expect(participantsRow.getByRole('cell').nth(2)).toHaveText('0');
  await b.screenshot({ path: test.info().outputPath('first-connection-preview.png') });
  await previewB.getByRole('radio', { name: 'Взять данные с сервера' }).check();
  await previewB.getByRole('button', { name: 'Подключить' }).click();
  await expect(badge(b)).toContainText('в сети · синхронизировано', { timeout: 60_000 });

  // B sees A's pupils, A's group and A's mark.
  await expect.poll(() => participantCount(b), { timeout: 30_000 }).toBe(pupils);
  await b.goto(groupUrl);
  await expect(b.getByRole('heading', { name: groupName, level: 1 })).toBeVisible();
  await b.goto(sessionUrl);
  await expect(markOf(b, first, 'Присутствие')).toHaveAttribute('aria-checked', 'true', {
    timeout: 30_000,
  });

  // Both go offline; B marks first, A later: A's later mark must win on both.
  await sync.server.stop();
  await expect(badge(a)).toContainText('нет связи с сервером с', { timeout: 30_000 });
  await markOf(b, first, 'Отсутствие').click();
  await expect(markOf(b, first, 'Отсутствие')).toHaveAttribute('aria-checked', 'true');
  await expect(badge(b)).toContainText('не отправлено: 1', { timeout: 30_000 });
  await markOf(a, first, 'Опоздание').click();
  await expect(markOf(a, first, 'Опоздание')).toHaveAttribute('aria-checked', 'true');
  // Both add a different walk-in while offline.
  await addWalkIn(a, 'Синхронова');
  await addWalkIn(b, 'Офлайнова');

  await sync.server.start();
  for (const pc of [a, b]) {
    await expect(markOf(pc, first, 'Опоздание')).toHaveAttribute('aria-checked', 'true', { timeout: 60_000 });
    await expect(walkInRow(pc, 'Синхронова')).toBeVisible({ timeout: 30_000 });
    await expect(walkInRow(pc, 'Офлайнова')).toBeVisible({ timeout: 30_000 });
  }
  await expect(badge(a)).toContainText('в сети · синхронизировано', { timeout: 30_000 });
  await expect(badge(b)).toContainText('в сети · синхронизировано', { timeout: 30_000 });
  expect(await quarterlyReport(a)).toBe(await quarterlyReport(b));
  for (const pc of [a, b]) {
    await openSyncSettings(pc);
    await pc.getByRole('tab', { name: 'Журнал действий' }).click();
    const log = pc.getByRole('table', { name: 'Журнал действий' });
    await expect(log.getByRole('row').filter({ hasText: 'Конфликт синхронизации' })).toHaveCount(1, {
      timeout: 30_000,
    });
    await expect(log.getByRole('row').filter({ hasText: 'Конфликт синхронизации' })).toContainText(
      'оставлена «late»',
    );
  }
  await a.context().close();
  await b.context().close();
});
