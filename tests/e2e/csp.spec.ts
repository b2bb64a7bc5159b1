import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY, narrowingPolicy } from '../../shared/csp';
import { createSyncServer } from '../sync-server/server';
import { goToSection, openWithDemo } from './helpers';

/**
 * The built index.html carries the app's Content-Security-Policy (the Electron build gets the same
 * meta tag from the same Vite plugin, plus the header from the app:// handler), and the app runs under
 * it: nothing it does in any section is blocked.
 */

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

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/** Collects violations from the page (securitypolicyviolation events) and from the console (workers too). */
async function watchCsp(page: Page): Promise<string[]> {
  const fromConsole: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|create|frame)/i.test(message.text()))
      fromConsole.push(message.text());
  });
  await page.addInitScript(() => {
    window.cspViolations = [];
    window.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations!.push(
        `${event.violatedDirective} blocked ${event.blockedURI} in ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      );
    });
  });
  return fromConsole;
}

test('the built index.html carries the Content-Security-Policy meta tag', async ({ request }) => {
  const response = await request.get('./');
  expect(response.ok()).toBe(true);
  const html = await response.text();
  const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/);
  expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
  // The essentials, spelled out: scripts only from the app, no plugins, no base or form hijacking.
  expect(meta?.[1]).toContain("script-src 'self'");
  expect(meta?.[1]).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  expect(meta?.[1]).toContain("object-src 'none'");
  expect(meta?.[1]).toContain("base-uri 'none'");
  // No inline script the policy would have to allow.
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
});

test('the demo venue and all eight sections run without a CSP violation', async ({ page }) => {
  const fromConsole = await watchCsp(page);
  await openWithDemo(page);
  for (const name of SECTIONS) await goToSection(page, name);
  // Back to the busiest screen once more so late lazy chunks and workers have loaded too.
  await goToSection(page, 'Главная');
  expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
  expect(fromConsole).toEqual([]);
});

test('a PDF (pdfmake with its fonts) is made without a CSP violation', async ({ page }, info) => {
  const fromConsole = await watchCsp(page);
  await openWithDemo(page);
  await goToSection(page, 'Программы');
  await page.getByRole('cell', { name: 'Лазерная резка: от эскиза до изделия' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Паспорт программы (PDF)' }).click();
  const download = await downloading;
  const file = info.outputPath('passport.pdf');
  await download.saveAs(file);
  expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
  expect(fromConsole).toEqual([]);
});

test('the policy is enforced: an injected inline script is refused and reported', async ({ page }) => {
  await watchCsp(page);
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Добро пожаловать в ПрофПробу' })).toBeVisible();
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.appendChild(script);
    return (window as unknown as { injected?: boolean }).injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => page.evaluate(() => window.cspViolations?.length ?? 0)).toBeGreaterThan(0);
});

test('with sync on, the web app narrows connect-src to the configured server: another origin is refused', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const appPort = Number(process.env.E2E_PORT ?? 4318);
  // Ports of its own (the sync specs take appPort + 50…99).
  const server = createSyncServer({
    port: appPort + 40,
    users: { office: 'офис-пароль' },
    origins: [`http://127.0.0.1:${appPort}`],
  });
  const elsewhere = `http://127.0.0.1:${appPort + 41}`;
  await server.start();
  try {
    const auth = 'Basic ' + Buffer.from('office:офис-пароль', 'utf8').toString('base64');
    expect(
      (await fetch(`${server.url}/venue`, { method: 'PUT', headers: { authorization: auth } })).status,
    ).toBe(201);
    const fromConsole = await watchCsp(page);
    await openWithDemo(page);
    await goToSection(page, 'Настройки');
    await page.getByRole('tab', { name: 'Синхронизация' }).click();
    await page.getByRole('textbox', { name: 'Адрес сервера' }).fill(server.url);
    await page.getByRole('textbox', { name: 'База данных' }).fill('venue');
    await page.getByRole('textbox', { name: 'Пользователь' }).fill('office');
    await page.getByLabel('Пароль', { exact: true }).fill('офис-пароль');
    await page.getByRole('switch', { name: 'Синхронизация включена' }).click({ force: true });
    await page
      .getByRole('dialog', { name: 'Первое подключение этого компьютера' })
      .getByRole('button', { name: 'Подключить' })
      .click();
    const badge = page.getByRole('status', { name: 'Синхронизация' });
    await expect(badge).toContainText('в сети · синхронизировано', { timeout: 60_000 });

    // The next start: the stored server narrows the page's policy before sync resumes (the web app keeps the
    // password for the session only, so it is asked for again).
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Настройки', level: 1 })).toBeVisible();
    const policies = page.locator('meta[http-equiv="Content-Security-Policy"]');
    await expect(policies).toHaveCount(2);
    expect(await policies.nth(0).getAttribute('content')).toBe(CONTENT_SECURITY_POLICY);
    expect(await policies.nth(1).getAttribute('content')).toBe(narrowingPolicy(server.url));

    const tryFetch = (url: string) =>
      page.evaluate(async (target) => {
        try {
          return `status ${(await fetch(target, { credentials: 'omit' })).status}`;
        } catch (error) {
          return `refused: ${String(error)}`;
        }
      }, url);
    // The configured server answers (401: no credentials given); any other origin is refused by the policy.
    expect(await tryFetch(`${server.url}/`)).toBe('status 401');
    expect(await tryFetch(`${elsewhere}/`)).toMatch(/^refused/);
    await expect
      .poll(() => page.evaluate(() => window.cspViolations ?? []))
      .toContainEqual(expect.stringMatching(new RegExp(`^connect-src blocked ${elsewhere}/`)));
    expect((await page.evaluate(() => window.cspViolations ?? [])).join('\n')).not.toContain(server.url);
    // Every refusal the console reports is of that other origin.
    for (const line of fromConsole) expect(line).toContain(`${elsewhere}/`);

    // Sync off: the page starts again under the outer bound, so another address can be checked (its server
    // does not answer here: the check says so, and the policy refuses nothing).
    await page.getByRole('tab', { name: 'Синхронизация' }).click();
    await page.getByRole('switch', { name: 'Синхронизация включена' }).click({ force: true });
    await expect(policies).toHaveCount(1);
    await page.getByRole('tab', { name: 'Синхронизация' }).click();
    await expect(page.getByRole('switch', { name: 'Синхронизация включена' })).not.toBeChecked();
    await page.getByRole('textbox', { name: 'Адрес сервера' }).fill(elsewhere);
    await page.getByLabel('Пароль', { exact: true }).fill('офис-пароль');
    await page.getByRole('button', { name: 'Проверить соединение' }).click();
    await expect(
      page.getByRole('region', { name: 'Сервер площадки (CouchDB)' }).getByRole('alert'),
    ).toContainText('не отвечает');
    expect(await page.evaluate(() => window.cspViolations ?? [])).toEqual([]);
  } finally {
    await server.stop();
  }
});
