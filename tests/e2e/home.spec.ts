import { expect, test } from '@playwright/test';
import { confirmIssue, goToSection, openEcologyIssueForm, openWithDemo } from './helpers';
import { demoExpectations } from './report-expectations';

test('the dashboard shows the current quarter of the demo venue', async ({ page }) => {
  const x = demoExpectations();
  await openWithDemo(page);
  await expect(page.getByText(`Неделя и ${x.quarter.label} в цифрах`)).toBeVisible();

  const figure = (name: string) => page.getByRole('group', { name, exact: true });
  await expect(figure('Проведено занятий')).toContainText(String(x.held));
  await expect(figure('Участников')).toContainText(String(x.participants));
  await expect(figure('Прошли пробу')).toContainText(String(x.completions));
  await expect(figure('Выдано сертификатов')).toContainText('0');
  const share = x.held === 0 ? '—' : `${Math.round((x.confirmed / x.held) * 100)}\u00a0%`;
  await expect(figure('Отмечено на платформе')).toContainText(share);
  await expect(figure('Отмечено на платформе')).toContainText(
    `${x.confirmed} из ${x.held} проведённых занятий`,
  );

  // This week's sessions: one row each (plus the header row).
  if (x.weekSessions > 0) {
    await expect(page.getByRole('table', { name: 'Занятия на этой неделе' }).getByRole('row')).toHaveCount(
      x.weekSessions + 1,
    );
  } else {
    await expect(page.getByText('На этой неделе занятий нет.')).toBeVisible();
  }
  if (x.todaySessions === 0) await expect(page.getByText('Сегодня занятий нет.')).toBeVisible();

  for (const heading of [
    'Прошли пробу по месяцам',
    'Посещаемость по месяцам',
    'По школам',
    'По классам',
    'По средам',
  ])
    await expect(page.getByRole('heading', { name: heading, level: 2 })).toBeVisible();
  if (x.completions > 0) {
    const schools = page.getByRole('region', { name: 'По школам' });
    await expect(schools.getByText('МБОУ СОШ № 1', { exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'По средам' }).getByText('Индустриальная')).toBeVisible();
  }

  await page.screenshot({ path: '/tmp/e2e-reports/home.png' });
  await page.screenshot({ path: '/tmp/e2e-reports/home-full.png', fullPage: true });
});

test('the quick actions lead to the group form, attendance and reports', async ({ page }) => {
  await openWithDemo(page);
  await page.getByRole('link', { name: 'Выгрузить отчёт' }).click();
  await expect(page.getByRole('heading', { name: 'Отчёты', level: 1 })).toBeVisible();
  await goToSection(page, 'Главная');
  await page.getByRole('link', { name: 'Отметить посещаемость' }).click();
  await expect(page.getByRole('heading', { name: 'Посещаемость', level: 1 })).toBeVisible();
  await goToSection(page, 'Главная');
  await page.getByRole('link', { name: 'Новая группа' }).click();
  await expect(page).toHaveURL(/#\/schedule\/groups\/new$/);
});

test('the figures are computed in a worker and follow a change made in another window', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await openWithDemo(page);
  const issued = page.getByRole('group', { name: 'Выдано сертификатов', exact: true });
  await expect(issued).toContainText('0');
  expect(page.workers().some((w) => /dashboard\.worker/.test(w.url()))).toBe(true);

  // A second window of the same app issues certificates; «Главная» in the first one updates by itself.
  const other = await context.newPage();
  await other.goto('./#/certificates');
  const { submit, count } = await openEcologyIssueForm(other);
  expect(count).toBeGreaterThan(0);
  await submit.click();
  await confirmIssue(other, count);
  await expect(other.getByText(`Выдано сертификатов: ${count}`)).toBeVisible();

  await expect(issued).toContainText(String(count));
  // Leaving «Главная» ends its worker.
  await goToSection(page, 'Программы');
  await expect.poll(() => page.workers().filter((w) => /dashboard\.worker/.test(w.url())).length).toBe(0);
});
