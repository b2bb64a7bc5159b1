import { expect, test, type Page } from '@playwright/test';
import { goToSection, openWithDemo } from './helpers';

/** A new, empty venue: only the profile filled in on the first-run screen. */
async function openEmptyVenue(page: Page): Promise<void> {
  await page.goto('./');
  await page.getByRole('button', { name: 'Заполнить профиль' }).click();
  await page
    .getByLabel('Полное наименование')
    .fill('МБУ ДО «Дом детского творчества „Радуга“ города Иваново»');
  await page.getByLabel('Краткое наименование').fill('ДДТ «Радуга»');
  await page.getByLabel('ИНН').fill('3711000002');
  await page.getByLabel('ФИО руководителя').fill('Соколова Мария Андреевна');
  await page.getByLabel('Префикс номера сертификата').fill('РАД');
  await page.getByRole('button', { name: 'Сохранить профиль площадки' }).click();
  await expect(page.getByRole('heading', { name: 'Главная', level: 1 })).toBeVisible();
}

function step(page: Page, title: string, state: 'готово' | 'ещё не сделано') {
  return page
    .getByRole('region', { name: 'Первые шаги' })
    .getByRole('listitem', { name: `${title}: ${state}`, exact: true });
}

test('a new venue’s «Главная» shows first steps that tick themselves; empty lists say what to do', async ({
  page,
}) => {
  await openEmptyVenue(page);
  const steps = page.getByRole('region', { name: 'Первые шаги' });
  await expect(steps).toBeVisible();
  await expect(steps.getByText('Готово 0 из 7')).toBeVisible();
  for (const title of [
    'Программа пробы',
    'Наставники и места',
    'Участники',
    'Группа и расписание',
    'Отметки посещаемости',
    'Сертификаты',
    'Квартальный отчёт',
  ]) {
    await expect(step(page, title, 'ещё не сделано')).toBeVisible();
  }
  await page.screenshot({ path: test.info().outputPath('empty-home.png') });

  // Empty states, each with the way forward.
  await goToSection(page, 'Расписание');
  await expect(page.getByText('В этом периоде занятий нет')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Добавить программу' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('empty-schedule.png') });
  await goToSection(page, 'Участники');
  await expect(page.getByText('Участников пока нет')).toBeVisible();
  await goToSection(page, 'Посещаемость');
  await expect(page.getByText('Занятий пока нет')).toBeVisible();
  await goToSection(page, 'Сертификаты');
  await expect(page.getByText('Сертификатов пока нет')).toBeVisible();
  await goToSection(page, 'Программы');
  await expect(page.getByText('Программ пока нет')).toBeVisible();

  // Step 2 from its link on «Главная»: a mentor (saved with Ctrl+S from the form) and a place.
  await goToSection(page, 'Главная');
  await steps.getByRole('link', { name: 'Добавить наставника' }).click();
  await expect(page.getByText('Наставников пока нет')).toBeVisible();
  await page.getByRole('button', { name: 'Новый наставник' }).first().click();
  await page.getByLabel('Фамилия').fill('Мельникова');
  await page.getByRole('textbox', { name: 'Имя', exact: true }).fill('Ирина');
  await page.getByLabel('Отчество').fill('Сергеевна');
  await page.getByLabel('Отчество').press('Control+s');
  await expect(
    page.getByRole('table', { name: 'Наставники' }).getByRole('cell', { name: 'Мельникова Ирина Сергеевна' }),
  ).toBeVisible();

  await goToSection(page, 'Главная');
  // A mentor alone is not the step: it needs a place too.
  await expect(step(page, 'Наставники и места', 'ещё не сделано')).toBeVisible();
  await goToSection(page, 'Программы');
  await page.getByRole('tab', { name: 'Места проведения' }).click();
  await expect(page.getByText('Мест проведения пока нет')).toBeVisible();
  await page.getByRole('button', { name: 'Новое место' }).first().click();
  await page.getByLabel('Название').fill('Мастерская № 1');
  await page.getByRole('button', { name: 'Сохранить место' }).click();
  await expect(page.getByRole('table', { name: 'Места проведения' })).toBeVisible();

  await goToSection(page, 'Главная');
  await expect(step(page, 'Наставники и места', 'готово')).toBeVisible();
  await expect(step(page, 'Программа пробы', 'ещё не сделано')).toBeVisible();
  await expect(steps.getByText('Готово 1 из 7')).toBeVisible();
});

test('«Справка» opens from the navigation and leads to the work', async ({ page }) => {
  await openWithDemo(page);
  // The demo is for looking around: no first steps there.
  await expect(page.getByRole('region', { name: 'Первые шаги' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Справка', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Справка', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: '4. Импорт участников' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Горячие клавиши' })).toContainText('найти участника');
  await page.screenshot({ path: test.info().outputPath('help.png'), fullPage: true });
  await page
    .getByRole('region', { name: '4. Импорт участников' })
    .getByRole('link', { name: 'Импортировать участников' })
    .click();
  await expect(page).toHaveURL(/#\/participants\/import$/);
});

test('Ctrl+F finds a pupil from any section; Ctrl+P says when a page has nothing to print', async ({
  page,
}) => {
  await openWithDemo(page);
  await goToSection(page, 'Отчёты');
  await page.keyboard.press('Control+f');
  const search = page.getByRole('textbox', { name: 'Поиск по ФИО или ID' });
  await expect(search).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Участники', level: 1 })).toBeVisible();
  await page.keyboard.type('Власова Полина');
  await expect(page.getByText(/Показано 1 из 132/)).toBeVisible();

  // Again from a participant's card: back to the list's search.
  await page
    .getByRole('table', { name: 'Участники' })
    .getByRole('cell', { name: /^Власова/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /Власова/ })).toBeVisible();
  await page.keyboard.press('Control+f');
  await expect(page.getByRole('textbox', { name: 'Поиск по ФИО или ID' })).toBeFocused();

  // Ctrl+P on a page without a document says so instead of printing the screen.
  await goToSection(page, 'Программы');
  await page.keyboard.press('Control+p');
  await expect(page.getByText('На этой странице нет документа для печати')).toBeVisible();
});

test('a running group is «идёт, осталось N занятий», not failed', async ({ page }) => {
  await openWithDemo(page);
  // The demo's group of this week's Wednesday meets again next Wednesday (shared/demo/demo-venue.ts).
  const wednesday = await page.evaluate(() => {
    const d = new Date();
    d.setDate(d.getDate() - ((d.getDay() + 6) % 7) + 2);
    return `${String(d.getDate()).padStart(2, '0')}.${String(d.getMonth() + 1).padStart(2, '0')}.${d.getFullYear()}`;
  });
  await goToSection(page, 'Посещаемость');
  await page
    .getByRole('table', { name: 'Занятия' })
    .getByRole('row')
    .filter({ hasText: `Оператор станков с ЧПУ — ${wednesday}` })
    .first()
    .click();
  await page.getByRole('link', { name: 'Сводка по группе' }).click();
  const matrix = page.getByRole('table', { name: 'Посещаемость группы' });
  await expect(matrix).toBeVisible();
  await expect(page.getByText(/^идёт, осталось [12] заняти[ея]$/).first()).toBeVisible();
  // Nobody in the running group is shown as failed: each row is done or running.
  const pupils = (await matrix.getByRole('row').count()) - 1;
  expect(pupils).toBeGreaterThanOrEqual(12);
  await expect(matrix.getByText(/^Не (прош|пройд)/)).toHaveCount(0);
  const running = await matrix.getByText(/^идёт, осталось/).count();
  const done = await matrix.getByText(/^Прош/).count();
  expect(running + done).toBe(pupils);
  await page.screenshot({ path: test.info().outputPath('group-running.png') });
});
