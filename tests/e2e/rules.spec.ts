import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { fillDate, freeTuesday, goToSection, openWithDemo, pick } from './helpers';

const LASER = 'Лазерная резка: от эскиза до изделия';
const ROOM = 'Лаборатория цифрового производства (ауд. 104)';

/** The group form: a laser-cutting group with one session on `day`, 15:00–16:30 in room 104; opens its page. */
async function newLaserGroup(page: Page, day: string): Promise<void> {
  await goToSection(page, 'Расписание');
  await page.getByRole('link', { name: 'Новая группа' }).click();
  await pick(page, 'Программа', LASER);
  await fillDate(page, 'Дата', day);
  await page.getByLabel('Начало').fill('15:00');
  await page.getByLabel('Окончание').fill('16:30');
  await pick(page, 'Место проведения', ROOM);
  await page.getByRole('button', { name: 'Создать группу' }).click();
  await expect(page.getByRole('heading', { name: `${LASER} — ${day}`, level: 1 })).toBeVisible();
}

test('a second session of the same group on top of the first is refused, naming the first', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openWithDemo(page);
  const { ru: day } = await freeTuesday(page);
  const group = `${LASER} — ${day}`;

  // The group form: one session 15:00–16:30 in room 104.
  await newLaserGroup(page, day);
  const sessions = page.getByRole('table', { name: 'Занятия' });
  await expect(sessions.getByRole('row')).toHaveCount(2);

  // A second session of the same group, same room, 15:30–16:30 the same day.
  await page.getByRole('button', { name: 'Добавить занятия' }).click();
  const add = page.getByRole('dialog', { name: 'Добавить занятия' });
  await fillDate(page, 'Дата', day);
  await add.getByLabel('Начало').fill('15:30');
  await add.getByLabel('Окончание').fill('16:30');
  await pick(page, 'Место проведения', ROOM);
  await add.getByRole('button', { name: 'Добавить занятия' }).click();

  const refused = page.getByRole('dialog', { name: 'Сохранение невозможно' });
  await expect(refused.getByRole('list', { name: 'Пересечения' })).toHaveText(
    `Занятие ${day} 15:30–16:30 пересекается с другим занятием группы «${group}» ${day} 15:00–16:30: у одной группы не может быть двух занятий одновременно.`,
  );
  // Refused outright: no «Сохранить всё равно».
  await expect(refused.getByRole('button', { name: 'Сохранить всё равно' })).toHaveCount(0);
  await refused.getByRole('button', { name: 'Вернуться' }).click();
  await add.getByRole('button', { name: 'Отмена' }).click();
  await expect(sessions.getByRole('row')).toHaveCount(2);

  // Nothing was written: the same after a reload.
  await page.reload();
  await expect(page.getByRole('heading', { name: group, level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Занятия' }).getByRole('row')).toHaveCount(2);
});

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** Through the wizard's steps up to the preview of the rows. */
async function previewImport(page: Page, name: string) {
  await goToSection(page, 'Участники');
  await page.getByRole('button', { name: 'Импорт', exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Выбрать файл' }).click();
  await (await chooser).setFiles(`${FIXTURES}${name}`);
  // Reading runs in a worker that loads the spreadsheet library first: allow a busy machine some time.
  await expect(page.getByRole('textbox', { name: 'Строка заголовков' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Далее' }).click();
  await page.getByRole('button', { name: 'Проверить строки' }).click();
  await expect(page.getByRole('table', { name: 'Строки файла' })).toBeVisible();
}

async function finishImport(page: Page, name: string) {
  await page.getByRole('button', { name: 'Импортировать', exact: true }).click();
  await expect(page.getByRole('heading', { name: `Импорт файла «${name}» завершён` })).toBeVisible();
  return page.getByRole('list', { name: 'Итоги импорта' });
}

test('a school list with Latin look-alike letters reports the corrections, adds no duplicate, and the Cyrillic search finds the pupil', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openWithDemo(page);
  await previewImport(page, 'school-list-utf8.csv');
  await finishImport(page, 'school-list-utf8.csv');

  // «Мoрoзов» (Latin o, o) is the Морозов just imported; «Cмирнова Oльга Пaвловна» (Latin C, O, a) is new.
  await previewImport(page, 'school-list-lookalikes.csv');
  const rows = page.getByRole('table', { name: 'Строки файла' });
  await expect(rows.getByText('Исправлены латинские буквы: 2 («Мoрoзов» → «Морозов»)')).toBeVisible();
  await expect(rows.getByText('Исправлены латинские буквы: 1 («Cмирнова» → «Смирнова»)')).toBeVisible();
  const summary = await finishImport(page, 'school-list-lookalikes.csv');
  await expect(summary.getByRole('listitem', { name: 'Добавлено: 1', exact: true })).toBeVisible();
  await expect(
    summary.getByRole('listitem', { name: 'Объединено дубликатов: 1', exact: true }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'К списку участников' }).click();
  const search = page.getByRole('textbox', { name: 'Поиск по ФИО или ID' });
  await search.fill('Смирнова Ольга Павловна');
  await expect(page.getByRole('cell', { name: 'Смирнова Ольга Павловна', exact: true })).toBeVisible();
  await search.fill('Морозов Ярослав Игоревич');
  await expect(page.getByRole('cell', { name: 'Морозов Ярослав Игоревич', exact: true })).toHaveCount(1);
});

test('a session dragged in the calendar onto another session of its group is refused and goes back', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openWithDemo(page);
  const { ru: day } = await freeTuesday(page);
  const group = `${LASER} — ${day}`;

  // One group, two sessions the same day: 15:00–16:30 and 17:00–18:00, the same room.
  await newLaserGroup(page, day);
  await page.getByRole('button', { name: 'Добавить занятия' }).click();
  const add = page.getByRole('dialog', { name: 'Добавить занятия' });
  await fillDate(page, 'Дата', day);
  await add.getByLabel('Начало').fill('17:00');
  await add.getByLabel('Окончание').fill('18:00');
  await pick(page, 'Место проведения', ROOM);
  await add.getByRole('button', { name: 'Добавить занятия' }).click();
  await expect(page.getByRole('table', { name: 'Занятия' }).getByRole('row')).toHaveCount(3);

  // In the week view, the 17:00 session dragged up onto the 15:00 one.
  await goToSection(page, 'Расписание');
  await page.getByRole('button', { name: 'Неделя' }).click();
  await fillDate(page, 'Перейти к дате', day);
  const first = page.getByLabel(new RegExp(`^${LASER}, ${group}, 15:00`));
  const second = page.getByLabel(new RegExp(`^${LASER}, ${group}, 17:00`));
  await expect(first).toBeVisible();
  await expect(second).toBeVisible();
  const from = (await second.boundingBox())!;
  const to = (await first.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 - 10, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 20 });
  await page.mouse.up();

  const refused = page.getByRole('dialog', { name: 'Сохранение невозможно' });
  await expect(refused.getByRole('list', { name: 'Пересечения' })).toContainText(
    `пересекается с другим занятием группы «${group}» ${day} 15:00–16:30: у одной группы не может быть двух занятий одновременно.`,
  );
  await expect(refused.getByRole('button', { name: 'Сохранить всё равно' })).toHaveCount(0);
  await refused.getByRole('button', { name: 'Вернуться' }).click();
  // The session goes back to 17:00, and stays there after a reload.
  await expect(second).toBeVisible();
  await page.reload();
  await fillDate(page, 'Перейти к дате', day);
  await expect(page.getByLabel(new RegExp(`^${LASER}, ${group}, 17:00`))).toBeVisible();
  await expect(page.getByLabel(new RegExp(`^${LASER}, ${group}, 15:00`))).toBeVisible();
});

test('the participant card says which Latin look-alikes it corrects, stores the Russian letters, and flags a mixed word', async ({
  page,
}) => {
  await openWithDemo(page);
  await goToSection(page, 'Участники');
  await page.getByRole('button', { name: 'Новый участник' }).click();
  // «Cмирнова Oльга» with a Latin C and O.
  await page.getByRole('textbox', { name: 'Фамилия', exact: true }).fill('Cмирнова');
  await page.getByRole('textbox', { name: 'Имя', exact: true }).fill('Oльга');
  await page.getByLabel('Дата рождения').fill('06.07.2012');
  const note = page.getByRole('status', { name: 'Латинские буквы в имени' });
  await expect(note).toHaveText('Исправлены латинские буквы: 2 — имя будет сохранено русскими буквами');
  await page.getByRole('textbox', { name: 'Отчество', exact: true }).fill('Пeтrовна');
  await expect(note).toContainText(
    '«Пeтrовна»: в слове смешаны русские и латинские буквы — проверьте написание',
  );
  await page.getByRole('textbox', { name: 'Отчество', exact: true }).fill('Павловна');
  await page.getByRole('button', { name: 'Сохранить участника' }).click();
  await expect(page.getByRole('heading', { name: 'Смирнова Ольга Павловна', level: 1 })).toBeVisible();
  await expect(note).toHaveCount(0);

  await goToSection(page, 'Участники');
  await page.getByRole('textbox', { name: 'Поиск по ФИО или ID' }).fill('Смирнова Ольга Павловна');
  await expect(page.getByRole('cell', { name: 'Смирнова Ольга Павловна', exact: true })).toBeVisible();
});
