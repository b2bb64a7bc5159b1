import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { encodeBackup, type BackupChunk } from '../../shared/backup/format';
import { buildDemoVenue } from '../../shared/demo/demo-venue';
import { LATEST_VERSION } from '../../renderer/src/db/versions';
import { goToSection, openWithDemo } from './helpers';

/** Where a person reviewing the UI finds the screenshots; other files go to each test's output folder. */
const SCREENSHOT_DIR = process.env.BACKUP_SCREENSHOT_DIR;

// Each test makes and restores whole-database backups (and derives 600 000-iteration keys): real work that
// needs more than the default minute on a busy shared machine.
test.describe.configure({ timeout: 150_000 });

/**
 * Synthetic attendance marks added to the demo venue for the progress test. The bench dataset has ~130 000
 * records (E2E_BACKUP_RECORDS=130000 runs it at full size); the default keeps the suite quick on a shared CI box.
 */
const EXTRA_MARKS = Number(process.env.E2E_BACKUP_RECORDS ?? 40_000);

function outputFile(name: string): string {
  const path = test.info().outputPath(name);
  mkdirSync(dirname(path), { recursive: true });
  return path;
}

/**
 * Opens Настройки › Резервные копии and sets the venue backup password: every copy the app writes by itself
 * (here the download before a restore) is encrypted with it, and without one the web app saves none.
 */
async function openBackupTab(page: Page) {
  await goToSection(page, 'Настройки');
  await page.getByRole('tab', { name: 'Резервные копии' }).click();
  await expect(page.getByRole('heading', { name: 'Создать резервную копию' })).toBeVisible();
  await page.getByLabel('Новый пароль площадки').fill('Пароль площадки 2026');
  await page.getByLabel('Подтверждение нового пароля площадки').fill('Пароль площадки 2026');
  await page.getByRole('button', { name: 'Задать пароль' }).click();
  await expect(page.getByText('Пароль площадки задан.')).toBeVisible();
}

/** Makes a backup through the UI and returns the downloaded file's path. */
async function saveBackup(page: Page, fileName: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Сохранить резервную копию' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^profproba-\d{4}-\d{2}-\d{2}-\d{4}\.profproba-backup$/);
  const path = outputFile(fileName);
  await file.saveAs(path);
  await expect(page.getByText(/^Резервная копия сохранена/)).toBeVisible();
  return path;
}

async function chooseRestoreFile(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Восстановить из файла…' }).click();
  await (await chooser).setFiles(path);
}

async function setShortName(page: Page, name: string) {
  await page.getByRole('tab', { name: 'Профиль площадки' }).click();
  await page.getByLabel('Краткое наименование').fill(name);
  await page.getByRole('button', { name: 'Сохранить профиль площадки' }).click();
  await expect(page.getByText('Профиль площадки сохранён').first()).toBeVisible();
}

test('a backup made in Настройки restores the old state after confirming the counts', async ({ page }) => {
  await openWithDemo(page);
  await goToSection(page, 'Настройки');
  await expect(page.getByText('Последняя резервная копия: ещё не делалась')).toBeVisible();
  await expect(page.getByText('Пора сделать резервную копию')).toBeVisible();
  const original = await page.getByLabel('Краткое наименование').inputValue();

  await openBackupTab(page);
  const path = await saveBackup(page, 'round-trip.profproba-backup');
  expect(readFileSync(path).subarray(0, 30).toString('utf8')).toBe('{"format":"profproba-backup","');
  await expect(page.getByText(/^Последняя резервная копия: \d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/)).toBeVisible();
  await expect(page.getByText('Пора сделать резервную копию')).toHaveCount(0);

  await setShortName(page, 'Изменено после копии');
  await expect(page.getByLabel('Краткое наименование')).toHaveValue('Изменено после копии');

  await page.getByRole('tab', { name: 'Резервные копии' }).click();
  await chooseRestoreFile(page, path);
  const dialog = page.getByRole('dialog', { name: 'Восстановить данные из резервной копии?' });
  await expect(dialog).toBeVisible();
  await expect(
    dialog.getByText(/будут заменены данными из файла «round-trip\.profproba-backup»/),
  ).toBeVisible();
  const counts = dialog.getByRole('table');
  await expect(counts.getByRole('row', { name: /^Участники 132 132$/ })).toBeVisible();
  await expect(counts.getByRole('row', { name: /^Программы 5 5$/ })).toBeVisible();
  await expect(counts.getByRole('row', { name: /^Всего записей/ })).toBeVisible();
  if (SCREENSHOT_DIR) await page.screenshot({ path: `${SCREENSHOT_DIR}/restore-confirm.png` });

  // The copy of the current state comes first (a download in the web app).
  const safety = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Заменить данные из копии' }).click();
  expect((await safety).suggestedFilename()).toMatch(
    /^before-restore-\d{4}-\d{2}-\d{2}-\d{6}\.profproba-backup$/,
  );
  await expect(
    page.getByText(/^Данные восстановлены из копии от \d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/),
  ).toBeVisible();

  await page.getByRole('tab', { name: 'Профиль площадки' }).click();
  await expect(page.getByLabel('Краткое наименование')).toHaveValue(original);
  await page.reload();
  await expect(page.getByLabel('Краткое наименование')).toHaveValue(original);

  await page.getByRole('tab', { name: 'Журнал действий' }).click();
  const log = page.getByRole('table', { name: 'Журнал действий' });
  await expect(log.getByRole('row').nth(1)).toContainText('Восстановление из копии');
  // Counts and the copy's date, never the file's name (issue 17: it may name a pupil or a school).
  await expect(log.getByRole('row').nth(1)).toContainText(/Восстановлено из копии от \d{2}\.\d{2}\.\d{4}/);
  await expect(log.getByRole('row').nth(1)).not.toContainText('round-trip.profproba-backup');
  await expect(log.getByRole('cell', { name: 'Загрузка демо-данных' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Действие' }).click();
  await page.getByRole('option', { name: 'Восстановление из копии' }).click();
  await expect(page.getByText('Показано 1 из 2')).toBeVisible();
});

test('damaged and foreign files are refused with their message and change nothing', async ({ page }) => {
  await openWithDemo(page);
  await openBackupTab(page);
  const path = await saveBackup(page, 'damaged.profproba-backup');
  const bytes = readFileSync(path);

  const flipped = Buffer.from(bytes);
  flipped[flipped.length - 50] = flipped[flipped.length - 50]! ^ 0x10;
  writeFileSync(`${path}.flipped.profproba-backup`, flipped);
  writeFileSync(`${path}.truncated.profproba-backup`, bytes.subarray(0, bytes.length - 200));
  writeFileSync(`${path}.foreign.profproba-backup`, JSON.stringify({ formatName: 'dexie', data: {} }));

  await setShortName(page, 'Не должно пропасть');
  await page.getByRole('tab', { name: 'Резервные копии' }).click();
  const cases: [string, RegExp][] = [
    ['flipped', /Контрольная сумма резервной копии не совпадает/],
    ['truncated', /Файл резервной копии обрезан/],
    ['foreign', /Это не резервная копия ПрофПробы/],
  ];
  for (const [kind, message] of cases) {
    await chooseRestoreFile(page, `${path}.${kind}.profproba-backup`);
    const alert = page.getByRole('alert').filter({ hasText: 'не восстановлен' });
    await expect(alert).toContainText(message);
    await expect(alert).toContainText(`${kind}.profproba-backup»`);
    await expect(page.getByRole('dialog')).toHaveCount(0);
  }
  await page.getByRole('tab', { name: 'Профиль площадки' }).click();
  await expect(page.getByLabel('Краткое наименование')).toHaveValue('Не должно пропасть');
  await page.getByRole('tab', { name: 'Журнал действий' }).click();
  await expect(page.getByRole('cell', { name: 'Восстановление из копии' })).toHaveCount(0);
});

test('an encrypted backup asks for its password and refuses a wrong one', async ({ page }) => {
  await openWithDemo(page);
  await openBackupTab(page);
  await page.getByRole('switch', { name: 'Зашифровать паролем' }).check();
  await page.getByLabel(/^Пароль/).fill('короткий');
  await page.getByLabel('Повторите пароль').fill('другой пароль');
  await page.getByRole('button', { name: 'Сохранить резервную копию' }).click();
  await expect(page.getByText('Пароли не совпадают')).toBeVisible();
  await page.getByLabel(/^Пароль/).fill('Ключ от склада 2026');
  await page.getByLabel('Повторите пароль').fill('Ключ от склада 2026');
  const path = await saveBackup(page, 'encrypted.profproba-backup');
  expect(readFileSync(path).toString('utf8')).not.toContain('Лазерная резка');

  await setShortName(page, 'Изменено');
  await page.getByRole('tab', { name: 'Резервные копии' }).click();
  await chooseRestoreFile(page, path);
  const ask = page.getByRole('dialog', { name: 'Копия зашифрована' });
  await ask.getByLabel('Пароль резервной копии').fill('не тот пароль');
  await ask.getByRole('button', { name: 'Расшифровать' }).click();
  await expect(ask.getByText(/^Неверный пароль/)).toBeVisible();
  await ask.getByLabel('Пароль резервной копии').fill('Ключ от склада 2026');
  await ask.getByRole('button', { name: 'Расшифровать' }).click();
  const dialog = page.getByRole('dialog', { name: 'Восстановить данные из резервной копии?' });
  await expect(dialog.getByRole('row', { name: /^Участники 132 132$/ })).toBeVisible();
  await dialog.getByRole('button', { name: 'Заменить данные из копии' }).click();
  await expect(page.getByText(/^Данные восстановлены из копии/)).toBeVisible({ timeout: 30_000 });
  await page.getByRole('tab', { name: 'Профиль площадки' }).click();
  await expect(page.getByLabel('Краткое наименование')).not.toHaveValue('Изменено');
});

test('a large database shows progress with counts while restoring and backing up', async ({ page }) => {
  test.setTimeout(240_000);
  // A bench-sized venue (~130 000 records) made by the format module itself, as another program would.
  const demo = buildDemoVenue('2026-11-24');
  const template = demo.attendance[0]!;
  const extra = Array.from({ length: EXTRA_MARKS }, (_, i) => ({ ...template, id: `bench-${i}` }));
  const chunks: BackupChunk[] = [
    { table: 'venue', rows: [demo.venue] },
    ...(
      [
        'programs',
        'mentors',
        'places',
        'schools',
        'participants',
        'consents',
        'groups',
        'sessions',
        'enrollments',
      ] as const
    ).map((table) => ({ table, rows: demo[table] as unknown[] })),
    { table: 'attendance', rows: [...demo.attendance, ...extra] },
  ];
  const bytes = await encodeBackup({
    appVersion: '0.1.0',
    // The current schema: this test is about progress on a large file, not about upgrading an old one
    // (renderer/src/db/backup/backup.test.ts covers the upgrade of a version-1 file).
    schemaVersion: LATEST_VERSION,
    createdAt: new Date().toISOString(),
    chunks,
  });
  const path = outputFile('large.profproba-backup');
  writeFileSync(path, bytes);

  await openWithDemo(page);
  await openBackupTab(page);
  await chooseRestoreFile(page, path);
  const dialog = page.getByRole('dialog', { name: 'Восстановить данные из резервной копии?' });
  // Decoding checks every one of the ~130 000 records with its schema first (docs/backup-format.md §5, 9a).
  await expect(dialog.getByRole('row', { name: /^Отметки посещаемости \d+ [\d\s]+$/ })).toBeVisible({
    timeout: 60_000,
  });
  await dialog.getByRole('button', { name: 'Заменить данные из копии' }).click();
  const progress = page.getByRole('dialog', { name: 'Восстановление из резервной копии' });
  await expect(progress.getByText(/^Запись данных: /)).toBeVisible();
  if (SCREENSHOT_DIR) await page.screenshot({ path: `${SCREENSHOT_DIR}/restore-progress.png` });
  await expect(progress.getByText(/^[\d\s]+ из \d{2,3}\s\d{3}$/)).toBeVisible();
  await expect(page.getByText(/^Данные восстановлены из копии/)).toBeVisible({ timeout: 180_000 });

  await page.getByRole('button', { name: 'Сохранить резервную копию' }).click();
  const saving = page.getByRole('dialog', { name: 'Резервная копия' });
  await expect(saving.getByText(/^[\d\s]+ из \d{2,3}\s\d{3}$/)).toBeVisible();
  await expect(page.getByText(/^Резервная копия сохранена/)).toBeVisible({ timeout: 180_000 });
});

test('the backup tab at 1366×768', async ({ page }) => {
  await openWithDemo(page);
  await openBackupTab(page);
  await page.screenshot({ path: `${SCREENSHOT_DIR ?? test.info().outputDir}/backup-tab.png` });
  await page.getByRole('tab', { name: 'Журнал действий' }).click();
  await expect(page.getByRole('table', { name: 'Журнал действий' })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOT_DIR ?? test.info().outputDir}/audit-tab.png` });
});

test('desktop app: keep-N setting, the backups folder, the copy before a restore goes to that folder', async ({
  page,
}) => {
  // A stand-in for the preload's API: the renderer picks the desktop platform when window.profproba exists.
  await page.addInitScript(() => {
    const calls: unknown[][] = [];
    let saved: Uint8Array | null = null;
    const writes = new Map<
      string,
      {
        request: { kind: string; suggestedName?: string; fileName?: string; keep?: number };
        parts: Uint8Array[];
      }
    >();
    Object.assign(window, {
      __calls: calls,
      profproba: {
        // A file arrives in parts (begin, append…, finish): the stand-in keeps the parts of each handle.
        beginFileWrite: async (request: {
          kind: string;
          suggestedName?: string;
          fileName?: string;
          keep?: number;
        }) => {
          const handle = `h${writes.size}`;
          writes.set(handle, { request, parts: [] });
          return handle;
        },
        appendFileWrite: async (handle: string, bytes: Uint8Array) => {
          writes.get(handle)!.parts.push(bytes);
        },
        finishFileWrite: async (handle: string) => {
          const { request, parts } = writes.get(handle)!;
          writes.delete(handle);
          if (request.kind === 'auto') {
            calls.push(['writeAutoBackup', request.fileName, request.keep]);
            return `C:/backups/${request.fileName}`;
          }
          calls.push(['saveFile', request.suggestedName]);
          saved = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
          let offset = 0;
          for (const part of parts) {
            saved.set(part, offset);
            offset += part.byteLength;
          }
          return `C:/Users/venue/${request.suggestedName}`;
        },
        abortFileWrite: async (handle: string) => {
          writes.delete(handle);
        },
        openFile: async () => (saved ? { name: 'copy.profproba-backup', data: saved } : null),
        // A backup is read in byte ranges of the file main keeps open.
        openFileRead: async () =>
          saved ? { handle: 'read-1', name: 'copy.profproba-backup', size: saved.byteLength } : null,
        readFileRange: async (_handle: string, start: number, end: number) => {
          calls.push(['readFileRange', end - start]);
          return saved!.slice(start, end);
        },
        closeFileRead: async () => {
          calls.push(['closeFileRead']);
        },
        printPdf: async () => true,
        getAppVersion: async () => '0.1.0',
        openFolder: async (which: string) => {
          calls.push(['openFolder', which]);
        },
        purgeBackups: async () => 0,
        // A stand-in for safeStorage: only this "PC" undoes it.
        protectKey: async (key: Uint8Array) => new Uint8Array([0x50, ...key.map((b) => b ^ 0x5a)]),
        unprotectKey: async (wrapped: Uint8Array) => wrapped.subarray(1).map((b) => b ^ 0x5a),
        closeReady: async () => {
          calls.push(['closeReady']);
        },
        onOpenBackupFile: () => () => undefined,
        // The preload runs this listener when the window is about to close, then calls closeReady.
        onBeforeClose: (listener: () => Promise<unknown>) => {
          Object.assign(window, { __beforeClose: listener });
          return () => undefined;
        },
      },
    });
  });
  const calls = () => page.evaluate(() => (window as unknown as { __calls: unknown[][] }).__calls);

  await openWithDemo(page);
  await openBackupTab(page);
  // No web reminder in the desktop app: it backs up by itself.
  await expect(page.getByText('Пора сделать резервную копию')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Автоматические копии' })).toBeVisible();
  await expect(page.getByText('Автоматических копий ещё не было')).toBeVisible();
  const keep = page.getByRole('textbox', { name: 'Хранить последних копий' });
  await expect(keep).toHaveValue('14');
  await keep.fill('30');
  await page.getByRole('button', { name: 'Открыть папку с копиями' }).click();
  await expect.poll(calls).toContainEqual(['openFolder', 'backups']);

  await page.getByRole('button', { name: 'Сохранить резервную копию' }).click();
  await expect(page.getByText(/^Резервная копия сохранена: profproba-/)).toBeVisible();
  await setShortName(page, 'Изменено');
  await page.getByRole('tab', { name: 'Резервные копии' }).click();
  await page.getByRole('button', { name: 'Восстановить из файла…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Восстановить данные из резервной копии?' });
  await expect(
    dialog.getByText(/будет сохранена копия текущих данных \(в папку резервных копий\)/),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Заменить данные из копии' }).click();
  await expect(page.getByText(/^Данные восстановлены из копии/)).toBeVisible({ timeout: 30_000 });
  // The file was read in ranges, none of them the whole file, and closed.
  const ranges = (await calls()).filter((c) => c[0] === 'readFileRange');
  expect(ranges.length).toBeGreaterThan(1);
  expect((await calls()).filter((c) => c[0] === 'closeFileRead')).toHaveLength(1);
  const written = (await calls()).find((c) => c[0] === 'writeAutoBackup');
  expect(written?.[1]).toMatch(/^before-restore-\d{4}-\d{2}-\d{2}-\d{6}\.profproba-backup$/);
  expect(written?.[2]).toBe(30);

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Хранить последних копий' })).toHaveValue('30');
  await page.getByRole('tab', { name: 'Профиль площадки' }).click();
  await expect(page.getByLabel('Краткое наименование')).not.toHaveValue('Изменено');

  // Closing the window writes the automatic backup on quit, every time (not only once a day).
  const autoWrites = async () =>
    (await calls()).filter((c) => c[0] === 'writeAutoBackup' && String(c[1]).startsWith('auto-'));
  // After the reload the day's start-up backup is written first (the database is no longer empty).
  await expect.poll(async () => (await autoWrites()).length).toBe(1);
  const before = 1;
  for (let i = 1; i <= 2; i++) {
    await page.evaluate(() =>
      (window as unknown as { __beforeClose: () => Promise<unknown> }).__beforeClose(),
    );
    expect(await autoWrites()).toHaveLength(before + i);
  }
  const autoWritten = await autoWrites();
  expect(autoWritten.at(-1)?.[1]).toMatch(/^auto-\d{4}-\d{2}-\d{2}-\d{4}\.profproba-backup$/);
});
