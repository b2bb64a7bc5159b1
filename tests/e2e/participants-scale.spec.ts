import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { goToSection, openWithDemo } from './helpers';

test.describe.configure({ timeout: 300_000 });

// Surnames the demo venue never uses, so the counts do not depend on it.
const SURNAMES = [
  'Яхонтов',
  'Ястребов',
  'Юдин',
  'Щукин',
  'Шубин',
  'Чайкин',
  'Цветков',
  'Хромов',
  'Уткин',
  'Тихонравов',
];
const NAMES = ['Артём', 'Иван', 'Максим', 'Лев', 'Марк', 'Егор', 'Тимофей', 'Матвей', 'Роман', 'Фёдор'];
const MIDDLE = ['Андреевич', 'Игоревич', 'Олегович', 'Сергеевич', 'Павлович'];

/** A school list of 20 000 distinct pupils (ФИО × birth date), `;`-separated, UTF-8. */
function bigList(path: string, rows: number) {
  const lines = ['Фамилия;Имя;Отчество;Дата рождения;Класс;Школа'];
  for (let i = 0; i < rows; i++) {
    const day = 1 + (i % 28);
    const month = 1 + (Math.floor(i / 28) % 12);
    const year = 2008 + (Math.floor(i / 336) % 6);
    const grade = 6 + (i % 6);
    lines.push(
      [
        SURNAMES[i % 10],
        NAMES[Math.floor(i / 10) % 10],
        MIDDLE[Math.floor(i / 100) % 5],
        `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`,
        `${grade}${'АБВГ'[i % 4]}`,
        `МОУ СОШ № ${1 + (i % 12)}`,
      ].join(';'),
    );
  }
  writeFileSync(path, lines.join('\r\n'), 'utf8');
}

test('a 20 000-row list imports without freezing and the list stays searchable', async ({
  page,
}, testInfo) => {
  const file = testInfo.outputPath('big-list.csv');
  bigList(file, 20_000);
  await openWithDemo(page);
  await goToSection(page, 'Участники');
  await page.getByRole('button', { name: 'Импорт', exact: true }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Выбрать файл' }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByRole('textbox', { name: 'Строка заголовков' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('20 000', { exact: true }).or(page.getByText(/^20\s000$/))).toBeVisible();
  await page.getByRole('button', { name: 'Далее' }).click();
  await page.getByRole('button', { name: 'Проверить строки' }).click();
  await expect(page.getByText(/^Новый: 20\s000$/)).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Импортировать', exact: true }).click();
  // The window answers while the transaction runs: the progress dialog shows counts.
  await expect(
    page.getByRole('list', { name: 'Итоги импорта' }).getByRole('listitem', { name: 'Добавлено: 20000' }),
  ).toBeVisible({
    timeout: 120_000,
  });
  await expect(page.getByRole('listitem', { name: 'Новых школ: 12' })).toBeVisible();
  await page.getByRole('button', { name: 'К списку участников' }).click();
  await expect(page.getByText(/^Показано 20\s132 из 20\s132$/)).toBeVisible({ timeout: 30_000 });

  const search = page.getByRole('textbox', { name: 'Поиск по ФИО или ID' });
  await search.fill('юдин фёд');
  // 2 000 Юдиных, one in ten is Фёдор.
  await expect(page.getByText(/^Показано 200 из 20\s132$/)).toBeVisible();
  await search.fill('юдин фёдор павлович');
  await expect(page.getByText(/^Показано 40 из 20\s132$/)).toBeVisible();
  await page.getByRole('row').nth(1).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Юдин Фёдор Павлович$/ })).toBeVisible();
});
