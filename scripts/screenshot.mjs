// Screenshots of the demo venue for the README (docs/screenshots/*.png), made from the built web app so they
// stay current: npm run build:web && npm run screenshot
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';
import { preview } from 'vite';

const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const server = await preview({ mode: 'web', preview: { port: 4390, strictPort: true }, logLevel: 'warn' });
const browser = await chromium.launch({
  executablePath,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const HEADINGS = {
  home: 'Главная',
  programs: 'Программы',
  schedule: 'Расписание',
  participants: 'Участники',
  attendance: 'Посещаемость',
  certificates: 'Сертификаты',
  reports: 'Отчёты',
  settings: 'Настройки',
};
const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'ru-RU' });
mkdirSync('docs/screenshots', { recursive: true });
try {
  await page.goto('http://127.0.0.1:4390/');
  await page.getByRole('button', { name: 'Загрузить демо-площадку' }).click();
  await page.getByRole('heading', { name: 'Главная', level: 1 }).waitFor();
  const shots = (
    process.argv[2] ?? 'home,programs,schedule,participants,attendance,certificates,reports,settings'
  ).split(',');
  for (const name of shots) {
    await page.goto(`http://127.0.0.1:4390/#/${name === 'home' ? '' : name}`);
    // A hash change keeps the document: wait for this section's own heading, not the previous page's.
    await page
      .getByRole('heading', { level: 1, name: HEADINGS[name] ?? /./ })
      .first()
      .waitFor();
    await page.waitForLoadState('networkidle');
    // IndexedDB reads are not network: wait until the page's lists and loaders have their data.
    await page.getByText('Загружается список…').waitFor({ state: 'hidden' });
    await page.getByLabel('Загрузка…').first().waitFor({ state: 'hidden' });
    await page.screenshot({ path: `docs/screenshots/${name}.png` });
    console.log(`docs/screenshots/${name}.png`);
  }
} finally {
  await browser.close();
  server.httpServer.close();
}
