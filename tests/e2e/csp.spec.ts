import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
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
