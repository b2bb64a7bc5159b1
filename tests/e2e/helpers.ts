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

/**
 * Tuesday five weeks ahead, in the browser's own calendar: the demo venue's sessions run from six weeks
 * back to two weeks ahead, so that week is empty and the conflicts below are the ones this test makes.
 */
export async function freeTuesday(page: Page): Promise<{ monday: string; ru: string; nextRu: string }> {
  return page.evaluate(() => {
    const d = new Date();
    d.setHours(12, 0, 0, 0);
    d.setDate(d.getDate() - ((d.getDay() + 6) % 7) + 5 * 7 + 1);
    const fmt = (x: Date) =>
      `${String(x.getDate()).padStart(2, '0')}.${String(x.getMonth() + 1).padStart(2, '0')}.${x.getFullYear()}`;
    const next = new Date(d);
    next.setDate(d.getDate() + 7);
    const m = new Date(d);
    m.setDate(d.getDate() - 1);
    const monday = `${m.getFullYear()}-${String(m.getMonth() + 1).padStart(2, '0')}-${String(m.getDate()).padStart(2, '0')}`;
    return { monday, ru: fmt(d), nextRu: fmt(next) };
  });
}

/** Chooses `option` in the select labelled `label`. */
export async function pick(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Types a date as ДД.ММ.ГГГГ into the field labelled `label`, leaves it, and checks it was taken. */
export async function fillDate(page: Page, label: string, ru: string): Promise<void> {
  const field = page.getByRole('textbox', { name: label, exact: true });
  await field.fill(ru);
  await field.press('Tab');
  await expect(field).toHaveValue(ru);
}

/**
 * Answers the question asked before certificate numbers are taken (the count and a sample page): «Выдать и
 * присвоить номера (N)» / «Issue and number them (N)».
 */
export async function confirmIssue(page: Page, count: number): Promise<void> {
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('figure', { name: /Образец страницы|Sample page/ })).toBeVisible();
  await dialog
    .getByRole('button', {
      name: new RegExp(`^(Выдать и присвоить номера|Issue and number them) \\(${count}\\)$`),
    })
    .click();
}

/** A venue without the demo data: only the profile, filled in through the first-run screen. */
export async function openEmptyVenue(page: Page): Promise<void> {
  await page.goto('./');
  await page.getByRole('button', { name: 'Заполнить профиль' }).click();
  await page.getByLabel('Полное наименование').fill('МБУ ДО «Центр технического творчества»');
  await page.getByLabel('Краткое наименование').fill('ЦТТ');
  await page.getByLabel('ИНН').fill('3711000001');
  await page.getByLabel('ФИО руководителя').fill('Ёлкина Анна Петровна');
  await page.getByLabel('Префикс номера сертификата').fill('ЦТТ');
  await page.getByRole('button', { name: 'Сохранить профиль площадки' }).click();
  await expect(page.getByRole('heading', { name: 'Главная', level: 1 })).toBeVisible();
}

/**
 * A school's list of `count` pupils as a UTF-8 CSV (the columns of a school's own list: Школа, Класс, Фамилия,
 * Имя, Отчество, Дата рождения), every name different, for tests that need a realistic class-sized import.
 */
export function generatedSchoolList(count: number, school = 'МОУ СОШ № 7 г. Кыштыма'): Buffer {
  const last = ['Андреев', 'Борисов', 'Васильев', 'Григорьев', 'Дмитриев', 'Егоров', 'Жуков', 'Захаров'];
  const first = ['Артём', 'Богдан', 'Виктор', 'Глеб', 'Денис', 'Елисей', 'Захар', 'Илья', 'Кирилл', 'Лев'];
  const middle = ['Андреевич', 'Олегович', 'Петрович'];
  const rows = ['Школа,Класс,Фамилия,Имя,Отчество,Дата рождения'];
  for (let i = 0; i < count; i += 1) {
    const grade = 6 + (i % 5);
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (i % 12)).padStart(2, '0');
    rows.push(
      [
        school,
        `${grade} ${'АБВ'[i % 3]}`,
        last[i % last.length],
        first[Math.floor(i / last.length) % first.length],
        middle[Math.floor(i / (last.length * first.length)) % middle.length],
        `${day}.${month}.${2016 - grade}`,
      ].join(','),
    );
  }
  return Buffer.from('\uFEFF' + rows.join('\r\n') + '\r\n', 'utf8');
}

/** Imports a CSV given as bytes through the wizard, as a person does, and checks how many were added. */
export async function importCsvThroughUi(
  page: Page,
  name: string,
  bytes: Buffer,
  added: number,
): Promise<void> {
  await goToSection(page, 'Участники');
  await page.getByRole('button', { name: 'Импорт', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Импорт участников', level: 1 })).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Выбрать файл' }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: bytes });
  // Reading runs in a worker that loads the spreadsheet library first: allow a busy machine some time.
  await expect(page.getByRole('textbox', { name: 'Строка заголовков' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Далее' }).click();
  await page.getByRole('button', { name: 'Проверить строки' }).click();
  await expect(page.getByRole('table', { name: 'Строки файла' })).toBeVisible();
  await page.getByRole('button', { name: 'Импортировать', exact: true }).click();
  await expect(page.getByRole('heading', { name: `Импорт файла «${name}» завершён` })).toBeVisible();
  await expect(
    page
      .getByRole('list', { name: 'Итоги импорта' })
      .getByRole('listitem', { name: `Добавлено: ${added}`, exact: true }),
  ).toBeVisible();
}

/** The «Показано N из N» count of the participants list (its total). */
export async function participantCount(page: Page): Promise<number> {
  await goToSection(page, 'Участники');
  const shown = page.getByText(/^Показано \d+ из \d+$/);
  await expect(shown).toBeVisible();
  return Number(/из (\d+)$/.exec((await shown.textContent()) ?? '')?.[1]);
}
