import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { sheetPageCount } from '../../shared/attendance/sheet';
import { goToSection, openWithDemo } from './helpers';

// Inside the run's output folder (a custom E2E_OUTPUT_DIR included), never beside it in the repository.
const OUT = join(process.env.E2E_OUTPUT_DIR ?? 'test-results', 'files');

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}
function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
}

/** Opens the first session in the list whose marks column matches (e.g. «0 / 13»: nobody marked yet). */
async function openSession(page: Page, marked: RegExp): Promise<void> {
  await goToSection(page, 'Посещаемость');
  const table = page.getByRole('table', { name: 'Занятия' });
  await table
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: marked }) })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /^Занятие \d\d\.\d\d\.\d{4}/ })).toBeVisible();
}

function grid(page: Page): Locator {
  return page.getByRole('table', { name: 'Отметки посещаемости' });
}

/** The ФИО of every row of the marking grid, in order. */
async function rowNames(page: Page): Promise<string[]> {
  const groups = grid(page).getByRole('radiogroup');
  await expect(groups.first()).toBeVisible();
  const labels = await groups.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  return labels.map((l) => l.replace(/^Отметка: /, ''));
}

function markOf(page: Page, name: string, mark: string): Locator {
  return grid(page)
    .getByRole('radiogroup', { name: `Отметка: ${name}` })
    .getByRole('radio', { name: mark });
}

async function download(page: Page, item: string, file: string): Promise<string> {
  await page.getByRole('button', { name: 'Лист посещаемости' }).click();
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: item }).click(),
  ]);
  expect(dl.suggestedFilename()).toMatch(/^Лист посещаемости \d\d\.\d\d\.\d{4} .+\.pdf$/);
  mkdirSync(OUT, { recursive: true });
  const path = join(OUT, file);
  await dl.saveAs(path);
  return path;
}

test('a mentor marks a group by keyboard; marks are saved at once, undo works, a reload keeps them', async ({
  page,
}) => {
  await openWithDemo(page);
  await openSession(page, /^0 \/ \d+$/);
  const names = await rowNames(page);
  expect(names.length).toBeGreaterThan(5);

  // Keyboard: focus the first row's marks, then digits set marks and arrows move between rows.
  await markOf(page, names[0]!, 'Присутствие').focus();
  await page.keyboard.press('1');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('2');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('3');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('4');
  await expect(markOf(page, names[0]!, 'Присутствие')).toHaveAttribute('aria-checked', 'true');
  await expect(markOf(page, names[1]!, 'Опоздание')).toHaveAttribute('aria-checked', 'true');
  await expect(markOf(page, names[2]!, 'Отсутствие')).toHaveAttribute('aria-checked', 'true');
  await expect(markOf(page, names[3]!, 'Уважительная причина')).toHaveAttribute('aria-checked', 'true');
  await expect(markOf(page, names[3]!, 'Уважительная причина')).toBeFocused();

  // Ctrl+Z undoes the last change only.
  await page.keyboard.press('Control+z');
  await expect(markOf(page, names[3]!, 'Уважительная причина')).toHaveAttribute('aria-checked', 'false');
  await expect(markOf(page, names[2]!, 'Отсутствие')).toHaveAttribute('aria-checked', 'true');
  await markOf(page, names[3]!, 'Присутствие').focus();
  await page.keyboard.press('4');

  // A note on a mark, saved on Enter.
  await grid(page)
    .getByRole('textbox', { name: `Примечание: ${names[3]}` })
    .fill('Справка от врача');
  await page.keyboard.press('Enter');

  // Alt+1: everyone still unmarked is present.
  await markOf(page, names[4]!, 'Присутствие').focus();
  await page.keyboard.press('Alt+1');
  await expect(page.getByText('Без отметки: 0')).toBeVisible();
  await expect(markOf(page, names[2]!, 'Отсутствие')).toHaveAttribute('aria-checked', 'true');
  await expect(markOf(page, names[names.length - 1]!, 'Присутствие')).toHaveAttribute('aria-checked', 'true');
  await page.screenshot({ path: '/tmp/e2e-attendance/session-page.png' });

  await page.reload();
  await expect(markOf(page, names[0]!, 'Присутствие')).toHaveAttribute('aria-checked', 'true');
  await expect(markOf(page, names[1]!, 'Опоздание')).toHaveAttribute('aria-checked', 'true');
  await expect(markOf(page, names[2]!, 'Отсутствие')).toHaveAttribute('aria-checked', 'true');
  await expect(markOf(page, names[3]!, 'Уважительная причина')).toHaveAttribute('aria-checked', 'true');
  await expect(grid(page).getByRole('textbox', { name: `Примечание: ${names[3]}` })).toHaveValue(
    'Справка от врача',
  );
  await expect(markOf(page, names[5]!, 'Присутствие')).toHaveAttribute('aria-checked', 'true');
  await expect(
    page.getByText(`Записано: ${names.length} · Пришли: ${names.length - 2} · Без отметки: 0`),
  ).toBeVisible();
});

test('a walk-in is created, enrolled and marked in one step, and found by search in another session', async ({
  page,
}) => {
  await openWithDemo(page);
  await openSession(page, /^0 \/ \d+$/);
  const before = (await rowNames(page)).length;

  await page.getByRole('button', { name: 'Добавить пришедшего' }).click();
  const dialog = page.getByRole('dialog', { name: 'Добавить пришедшего на занятие' });
  await dialog.getByRole('tab', { name: 'Новый участник' }).click();
  await dialog.getByRole('button', { name: 'Записать и отметить' }).click();
  await expect(dialog.getByText('Укажите фамилию')).toBeVisible();
  await expect(dialog.getByText('Укажите имя')).toBeVisible();
  await page.screenshot({ path: '/tmp/e2e-attendance/walk-in.png' });
  await dialog.getByRole('textbox', { name: 'Фамилия' }).fill('Ёжикова');
  await dialog.getByRole('textbox', { name: 'Имя' }).fill('Анна');
  await dialog.getByRole('textbox', { name: 'Отчество' }).fill('Игоревна');
  await dialog.getByLabel('Школа').click();
  await page.getByRole('option', { name: 'МБОУ Лицей № 5' }).click();
  await dialog.getByLabel('Класс').click();
  await page.getByRole('option', { name: '9', exact: true }).click();
  await dialog.getByText('Опоздание', { exact: true }).click();
  await dialog.getByRole('button', { name: 'Записать и отметить' }).click();
  await expect(dialog).toBeHidden();
  await expect(markOf(page, 'Ёжикова Анна Игоревна', 'Опоздание')).toHaveAttribute('aria-checked', 'true');
  expect((await rowNames(page)).length).toBe(before + 1);
  await expect(grid(page).getByText('МБОУ Лицей № 5, 9', { exact: true })).toBeVisible();

  // The same pupil comes to another group's session: found by search, no duplicate record.
  await goToSection(page, 'Посещаемость');
  const table = page.getByRole('table', { name: 'Занятия' });
  await table
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: /^0 \/ \d+$/ }) })
    .nth(2)
    .click();
  await page.getByRole('button', { name: 'Добавить пришедшего' }).click();
  await dialog.getByRole('textbox', { name: 'Поиск по ФИО или ID платформы' }).fill('ежикова ан');
  await dialog.getByRole('button', { name: 'Добавить: Ёжикова Анна Игоревна' }).click();
  // From the search the dialog stays open for the next walk-in; the pupil is now in the group.
  await expect(dialog.getByText('уже в группе')).toBeVisible();
  await dialog.getByRole('button', { name: 'Готово' }).click();
  await expect(dialog).toBeHidden();
  await expect(markOf(page, 'Ёжикова Анна Игоревна', 'Присутствие')).toHaveAttribute('aria-checked', 'true');

  await page.reload();
  await expect(markOf(page, 'Ёжикова Анна Игоревна', 'Присутствие')).toHaveAttribute('aria-checked', 'true');
  // One record, now in both groups: the search finds it once, already in this group.
  await page.getByRole('button', { name: 'Добавить пришедшего' }).click();
  await dialog.getByRole('textbox', { name: 'Поиск по ФИО или ID платформы' }).fill('ёжикова');
  await expect(dialog.getByText('Ёжикова Анна Игоревна')).toHaveCount(1);
  await expect(dialog.getByText('уже в группе')).toBeVisible();
});

test('the group overview shows the marks and who completed the trial', async ({ page }) => {
  await openWithDemo(page);
  // A past session: every enrolled pupil has a mark.
  await goToSection(page, 'Посещаемость');
  await page.getByRole('tab', { name: /Не отмечено на платформе/ }).click();
  const pending = page.getByRole('table', { name: 'Проведённые занятия, не отмеченные на платформе' });
  await pending.getByRole('row').nth(1).click();
  const names = await rowNames(page);
  const first = names[0]!;

  await markOf(page, first, 'Присутствие').focus();
  await page.keyboard.press('3');
  await page.getByRole('link', { name: 'Сводка по группе' }).click();
  const matrix = page.getByRole('table', { name: 'Посещаемость группы' });
  await expect(matrix).toBeVisible();
  const row = matrix
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: first, exact: true }) });
  await expect(row.getByText('Не пройдена')).toBeVisible();
  await expect(row.getByLabel('Отсутствие')).toBeVisible();

  // Completed count in the summary equals the rows marked completed.
  const done = await matrix.getByText(/^Пройдена \d\d\.\d\d\.\d{4}$/).count();
  await expect(page.getByText(`Прошли пробу: ${done} из ${names.length}`)).toBeVisible();

  await page.goBack();
  await markOf(page, first, 'Отсутствие').focus();
  await page.keyboard.press('2');
  await page.getByRole('link', { name: 'Сводка по группе' }).click();
  const row2 = page
    .getByRole('table', { name: 'Посещаемость группы' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: first, exact: true }) });
  await expect(row2.getByLabel('Опоздание')).toBeVisible();
  // Late counts as present: the pupil completes if every other session was attended too.
  const cells = await row2.getByRole('cell').allTextContents();
  const [attended, required] = (cells.at(-2) ?? '').split('/').map((x) => Number(x.trim()));
  if (attended === required) await expect(row2.getByText(/^Пройдена /)).toBeVisible();
  else await expect(row2.getByText('Не пройдена')).toBeVisible();
  await page.screenshot({ path: '/tmp/e2e-attendance/group-overview.png' });
});

test('the platform flag is set with a date and the session leaves the «not confirmed» list', async ({
  page,
}) => {
  await openWithDemo(page);
  await goToSection(page, 'Посещаемость');
  const tab = page.getByRole('tab', { name: /Не отмечено на платформе/ });
  await expect(page.getByRole('table', { name: 'Занятия' })).toBeVisible();
  await page.screenshot({ path: '/tmp/e2e-attendance/sessions-list.png' });
  const count = Number(/\((\d+)\)/.exec((await tab.textContent()) ?? '')?.[1]);
  expect(count).toBeGreaterThan(0);
  await tab.click();
  await page
    .getByRole('table', { name: 'Проведённые занятия, не отмеченные на платформе' })
    .getByRole('row')
    .nth(1)
    .click();
  // Saved to the database first; the box follows the stored flag.
  await page.getByRole('checkbox', { name: 'Отмечено на платформе' }).click();
  await expect(page.getByRole('checkbox', { name: 'Отмечено на платформе' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Дата отметки на платформе' })).toHaveValue(
    /\d\d\.\d\d\.\d{4}/,
  );
  // Printing goes through the platform adapter: in the browser, a hidden frame with the PDF.
  await page.getByRole('button', { name: 'Лист посещаемости' }).click();
  await page.getByRole('menuitem', { name: 'Печать пустого листа' }).click();
  // Generous: the PDF is rendered first, on a busy machine that can take a while.
  await expect(page.getByTitle('Печать')).toBeAttached({ timeout: 30_000 });
  await expect(page.getByText('Ошибка')).toHaveCount(0);
  // Reopen in a fresh tab: headless Chromium can crash when a page with an open print dialog is reloaded. The
  // printing tab is closed first: a new tab of the same origin shares its renderer, and under load the new tab's
  // navigation failed with «Frame has been detached» while the print was still open.
  const url = page.url();
  const context = page.context();
  await page.close();
  const again = await context.newPage();
  await again.goto(url);
  await expect(again.getByRole('checkbox', { name: 'Отмечено на платформе' })).toBeChecked();
  await goToSection(again, 'Посещаемость');
  await expect(again.getByRole('tab', { name: `Не отмечено на платформе (${count - 1})` })).toBeVisible();
});

test('attendance sheets download blank and filled, with names and marks; 45 pupils take three pages', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await openWithDemo(page);
  await goToSection(page, 'Посещаемость');
  await page.getByRole('tab', { name: /Не отмечено на платформе/ }).click();
  await page
    .getByRole('table', { name: 'Проведённые занятия, не отмеченные на платформе' })
    .getByRole('row')
    .nth(1)
    .click();
  const names = await rowNames(page);
  await markOf(page, names[0]!, 'Присутствие').focus();
  await page.keyboard.press('3');
  await expect(markOf(page, names[0]!, 'Отсутствие')).toHaveAttribute('aria-checked', 'true');

  const filled = await download(page, 'Сохранить заполненный лист (PDF)', 'sheet-filled.pdf');
  const blank = await download(page, 'Сохранить пустой лист (PDF)', 'sheet-blank.pdf');
  const filledText = pdfText(filled);
  const blankText = pdfText(blank);
  for (const text of [filledText, blankText]) {
    expect(text).toContain('Лист посещаемости профессиональной пробы');
    expect(text).toContain('технического творчества');
    expect(text).toContain('Фамилия Имя Отчество');
    expect(text).toContain('Координатор');
    for (const name of names) expect(text.replace(/\s+/g, ' ')).toContain(name);
  }
  expect(filledText).toMatch(/Отсутствовал/);
  expect(filledText).toMatch(/Присутствовал(?!о)/);
  expect(filledText).toMatch(new RegExp(`Записано ${names.length} / Присутствовало \\d+`));
  expect(blankText).not.toMatch(/Присутствовал(?!о)|Отсутствовал|Опоздал/);
  expect(pdfPages(filled)).toBe(sheetPageCount(names.length));
  execFileSync('pdftoppm', ['-png', '-r', '60', filled, join(OUT, 'sheet-filled')]);

  // Bring the group to 45 through walk-ins: pupils of other groups who came to this session.
  let count = names.length;
  const letters = [...'абвгдежзиклмнопрстуфхчшщэюя'];
  await page.getByRole('button', { name: 'Добавить пришедшего' }).click();
  const dialog = page.getByRole('dialog', { name: 'Добавить пришедшего на занятие' });
  const search = dialog.getByRole('textbox', { name: 'Поиск по ФИО или ID платформы' });
  const addButtons = dialog.getByRole('button', { name: /^Добавить: / });
  for (const letter of letters) {
    if (count >= 45) break;
    await search.fill(letter);
    await expect(
      dialog
        .getByText(/уже в группе|Никого/)
        .or(addButtons)
        .first(),
    ).toBeVisible();
    while (count < 45 && (await addButtons.count()) > 0) {
      const name = ((await addButtons.first().getAttribute('aria-label')) ?? '').replace(/^Добавить: /, '');
      await addButtons.first().click();
      await expect(dialog.getByRole('button', { name: `Добавить: ${name}`, exact: true })).toHaveCount(0);
      count += 1;
    }
  }
  await dialog.getByRole('button', { name: 'Готово' }).click();
  await expect(dialog).toBeHidden();
  await expect(grid(page).getByRole('radiogroup')).toHaveCount(45);
  const big = await download(page, 'Сохранить заполненный лист (PDF)', 'sheet-45-filled.pdf');
  const bigBlank = await download(page, 'Сохранить пустой лист (PDF)', 'sheet-45-blank.pdf');
  expect(sheetPageCount(45)).toBe(3);
  expect(pdfPages(big)).toBe(3);
  expect(pdfPages(bigBlank)).toBe(3);
  const bigText = pdfText(big);
  const pages = bigText.split('\f').filter((p) => p.trim());
  expect(pages).toHaveLength(3);
  for (const p of pages) expect(p).toContain('Фамилия Имя Отчество');
  const all = await rowNames(page);
  for (const name of all) expect(bigText.replace(/\s+/g, ' ')).toContain(name);
  expect(bigText).toMatch(/Записано 45 \/ Присутствовало \d+/);
  execFileSync('pdftoppm', ['-png', '-r', '60', big, join(OUT, 'sheet-45-filled')]);
  execFileSync('pdftoppm', ['-png', '-r', '60', bigBlank, join(OUT, 'sheet-45-blank')]);
});
