import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { goToSection, openWithDemo } from './helpers';

/**
 * The lab screens the app is made for (issue 18, item 3): 1366×768, 1366×660 (that screen minus the title
 * bar and the Windows taskbar) and the 1024×640 minimum window. Screenshots go to this run's output folder
 * for a person to look at; the assertions say what must not be cut.
 */
const SIZES = [
  { name: '1366x768', width: 1366, height: 768 },
  { name: '1366x660', width: 1366, height: 660 },
  { name: '1024x640', width: 1024, height: 640 },
] as const;

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(test.info().outputDir, `${name}.png`) });
}

/** Fully inside the window: not scrolled away, not under an edge. */
async function expectWhole(locator: Locator): Promise<void> {
  await expect(locator).toBeInViewport({ ratio: 1 });
}

/** Opens a session of the demo's with 12 enrolled pupils from «Посещаемость». */
async function openSessionOf12(page: Page): Promise<void> {
  await goToSection(page, 'Посещаемость');
  await page
    .getByRole('table', { name: 'Занятия' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: /^\d+ \/ 12$/ }) })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /^Занятие \d\d\.\d\d\.\d{4}/ })).toBeVisible();
}

for (const size of SIZES) {
  test(`screens fit ${size.name}`, async ({ page }) => {
    // Five sections at one size: longer than one flow, more so on a busy 2-core machine.
    test.setTimeout(180_000);
    await page.setViewportSize({ width: size.width, height: size.height });
    await openWithDemo(page);
    await shot(page, `${size.name}-home`);

    await openSessionOf12(page);
    const grid = page.getByRole('table', { name: 'Отметки посещаемости' });
    await expect(grid.getByRole('radiogroup')).toHaveCount(12);
    await shot(page, `${size.name}-session`);
    for (const name of ['Лист посещаемости', 'Все присутствуют', 'Добавить пришедшего', 'Сводка по группе']) {
      await expectWhole(page.getByRole('button', { name }).or(page.getByRole('link', { name })).first());
    }
    await expectWhole(page.getByRole('button', { name: 'Отменить последнее изменение' }));
    if (size.height === 660 && size.width === 1366) {
      // The whole session: every pupil's row, marks included, without scrolling.
      const rows = grid.getByRole('radiogroup');
      for (let i = 0; i < 12; i += 1) await expectWhole(rows.nth(i));
    }

    await goToSection(page, 'Участники');
    const list = page.getByRole('table', { name: 'Участники' });
    const headers = list.getByRole('columnheader');
    await expect(headers.first()).toBeVisible();
    await shot(page, `${size.name}-participants`);
    await expectWhole(headers.last());

    await goToSection(page, 'Отчёты');
    await shot(page, `${size.name}-reports`);
    await goToSection(page, 'Расписание');
    await shot(page, `${size.name}-schedule`);
  });
}

test('the navigation shows icons only below 1280 px, each named, and can be expanded', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 640 });
  await openWithDemo(page);
  const nav = page.getByRole('navigation', { name: 'Разделы' }).first();
  const width = await nav.evaluate((el) => el.getBoundingClientRect().width);
  expect(width).toBeLessThan(100);
  // The labels are not written out, yet every link has its name (and a tooltip on hover).
  await expect(nav.getByText('Участники', { exact: true })).toHaveCount(0);
  const link = nav.getByRole('link', { name: 'Участники', exact: true });
  await link.hover();
  await expect(page.getByRole('tooltip', { name: 'Участники' })).toBeVisible();
  await link.click();
  await expect(page.getByRole('heading', { name: 'Участники', level: 1 })).toBeVisible();
  await shot(page, '1024x640-nav-collapsed');

  await page.getByRole('button', { name: 'Развернуть меню' }).click();
  await expect(nav.getByText('Участники', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Свернуть меню' }).click();
  await expect(nav.getByText('Участники', { exact: true })).toHaveCount(0);

  await page.setViewportSize({ width: 1366, height: 768 });
  await expect(nav.getByText('Участники', { exact: true })).toBeVisible();
});
