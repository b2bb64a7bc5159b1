import { expect, test } from '@playwright/test';
import { goToSection, openWithDemo } from './helpers';

const SECTIONS = [
  'Главная',
  'Программы',
  'Расписание',
  'Участники',
  'Посещаемость',
  'Сертификаты',
  'Отчёты',
  'Настройки',
];

test('first run offers the profile and the demo venue', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Добро пожаловать в ПрофПробу' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Заполнить профиль' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Загрузить демо-площадку' })).toBeVisible();
});

test('the eight sections are reachable by their Russian names', async ({ page }) => {
  await openWithDemo(page);
  const nav = page.getByRole('navigation', { name: 'Разделы' });
  // The eight sections, then the in-app guide.
  await expect(nav.getByRole('link')).toHaveText([...SECTIONS, 'Справка']);
  for (const name of SECTIONS) await goToSection(page, name);
});

test('the demo venue loads and its programmes and participants appear', async ({ page }) => {
  await openWithDemo(page);
  await goToSection(page, 'Программы');
  await expect(page.getByRole('cell', { name: 'Лазерная резка: от эскиза до изделия' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Оператор станков с ЧПУ', exact: true })).toBeVisible();
  await goToSection(page, 'Участники');
  await expect(page.getByText(/Показано \d+ из 132/)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Участники' }).getByRole('row').nth(1)).toBeVisible();
});

test('the venue profile saved through the form survives a reload', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Заполнить профиль' }).click();
  await page.getByLabel('Полное наименование').fill('МБУ ДО «Центр технического творчества „Вектор“»');
  await page.getByLabel('Краткое наименование').fill('ЦТТ «Вектор»');
  await page.getByLabel('ИНН').fill('3711000001');
  await page.getByLabel('ФИО руководителя').fill('Ёлкина Анна Петровна');
  await page.getByLabel('Префикс номера сертификата').fill('ВЕК');
  await page.getByRole('button', { name: 'Сохранить профиль площадки' }).click();
  await expect(page.getByRole('heading', { name: 'Главная', level: 1 })).toBeVisible();

  await page.reload();
  await goToSection(page, 'Настройки');
  await expect(page.getByLabel('Краткое наименование')).toHaveValue('ЦТТ «Вектор»');
  await expect(page.getByLabel('ФИО руководителя')).toHaveValue('Ёлкина Анна Петровна');
  await expect(page.getByLabel('ИНН')).toHaveValue('3711000001');
});

test('bad input in the profile form shows Russian messages and saves nothing', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Заполнить профиль' }).click();
  await page.getByLabel('ИНН').fill('12ab');
  await page.getByLabel('Почта координатора').fill('не почта');
  await page.getByLabel('Префикс номера сертификата').fill('пп-1');
  await page.getByRole('button', { name: 'Сохранить профиль площадки' }).click();
  await expect(page.getByText('Укажите полное наименование площадки')).toBeVisible();
  await expect(page.getByText('ИНН: только цифры')).toBeVisible();
  await expect(page.getByText('Адрес почты вида name@example.ru')).toBeVisible();
  await expect(page.getByText('Префикс: заглавные буквы и цифры, без пробелов и дефисов')).toBeVisible();
  // Nothing stored: after a reload the first-run screen is still there.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Добро пожаловать в ПрофПробу' })).toBeVisible();
});

test('the interface switches to English and back', async ({ page }) => {
  await openWithDemo(page);
  await goToSection(page, 'Настройки');
  await page.getByRole('tab', { name: 'Интерфейс и данные' }).click();
  await page.getByText('English').click();
  await expect(
    page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Programmes' }),
  ).toBeVisible();
  await page.getByText('Русский').click();
  await expect(
    page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Программы' }),
  ).toBeVisible();
});

test('the demo venue can be removed again', async ({ page }) => {
  await openWithDemo(page);
  await goToSection(page, 'Настройки');
  await page.getByRole('tab', { name: 'Интерфейс и данные' }).click();
  await page.getByRole('button', { name: 'Удалить демо-данные' }).click();
  const dialog = page.getByRole('dialog', { name: 'Удалить демонстрационную площадку?' });
  await dialog.getByRole('button', { name: 'Удалить демо-данные' }).click();
  await expect(page.getByRole('heading', { name: 'Добро пожаловать в ПрофПробу' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Добро пожаловать в ПрофПробу' })).toBeVisible();
});

test('a new PC restores the whole venue from a backup on the first-run screen', async ({ browser, page }) => {
  await openWithDemo(page);
  await goToSection(page, 'Настройки');
  await page.getByRole('tab', { name: 'Резервные копии' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Сохранить резервную копию' }).click();
  const path = test.info().outputPath('moved.profproba-backup');
  await (await download).saveAs(path);

  // A fresh browser context is a new PC: an empty database.
  const context = await browser.newContext();
  const fresh = await context.newPage();
  await fresh.goto('./');
  await fresh.getByRole('button', { name: 'Восстановить из копии' }).click();
  const chooser = fresh.waitForEvent('filechooser');
  await fresh.getByRole('button', { name: 'Восстановить из файла…' }).click();
  await (await chooser).setFiles(path);
  const dialog = fresh.getByRole('dialog', { name: 'Восстановить данные из резервной копии?' });
  await expect(dialog.getByRole('row', { name: /^Участники 0 132$/ })).toBeVisible();
  // An empty database needs no safety copy first, so no download happens here.
  await dialog.getByRole('button', { name: 'Заменить данные из копии' }).click();
  await expect(fresh.getByRole('heading', { name: 'Главная', level: 1 })).toBeVisible();
  await goToSection(fresh, 'Участники');
  await expect(fresh.getByText(/Показано \d+ из 132/)).toBeVisible();
  await context.close();
});

test('a filtered participant list is enrolled into a group in one go', async ({ page }) => {
  await openWithDemo(page);
  await goToSection(page, 'Участники');
  const table = page.getByRole('table', { name: 'Участники' });
  // The first cell holds the row's selection box; the ФИО is the next one.
  const firstFio = (await table.getByRole('row').nth(1).getByRole('cell').nth(1).innerText()).trim();
  const surname = firstFio.split(' ')[0]!;
  await page.getByRole('textbox', { name: /Поиск/ }).fill(surname);
  const shown = page.getByText(/^Показано \d+ из 132$/);
  // The search is deferred while typing: wait until the list is filtered before reading its count.
  await expect(shown).toHaveText(/^Показано (\d|[1-9]\d|1[0-2]\d|13[01]) из 132$/);
  const count = Number(/Показано (\d+)/.exec((await shown.innerText()) ?? '')![1]);
  await page.getByRole('button', { name: `Записать в группу (${count})` }).click();

  await expect(page.getByRole('heading', { name: 'Запись в группу', level: 1 })).toBeVisible();
  await expect(page.getByText(new RegExp(`^Выбрано: ${count} участник`))).toBeVisible();
  await expect(page.getByText(firstFio)).toBeVisible();
  await page.getByRole('combobox', { name: 'Группа' }).click();
  await page.getByRole('option').last().click();
  await page.getByRole('button', { name: 'Записать в группу' }).click();
  await expect(page.getByText(/Записан|записан/).first()).toBeVisible();
});
