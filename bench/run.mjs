// npm run bench [-- --scale small] [-- --reps N]
// Builds the app with its benchmark page, seeds a large venue-year into Chromium's real IndexedDB and measures
// the app against the most direct way of doing the same work in the same run. Prints a table and writes
// bench/results.json. No timing is asserted anywhere in the tests; this script only reports.
import { chromium } from '@playwright/test';
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const scale = arg('scale', 'full') === 'small' ? 'small' : 'full';
const reps = Number(arg('reps', scale === 'small' ? '2' : '3'));
const port = Number(process.env.BENCH_PORT ?? 4480);
const root = fileURLToPath(new URL('..', import.meta.url));
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const p95 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)];
};

console.log(`ПрофПроба benchmark — scale ${scale}, ${reps} repetitions`);
await build({ configFile: `${root}/vite.config.ts`, mode: 'bench', logLevel: 'warn' });
const server = await preview({
  configFile: `${root}/vite.config.ts`,
  mode: 'bench',
  preview: { port, strictPort: true, host: '127.0.0.1' },
  logLevel: 'warn',
});
const base = `http://127.0.0.1:${port}`;
const browser = await chromium.launch({
  executablePath,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const context = await browser.newContext({
  viewport: { width: 1366, height: 768 },
  locale: 'ru-RU',
  timezoneId: 'Europe/Moscow',
});
// Marks the moment the app first shows a page heading, for the cold-start figure.
await context.addInitScript(() => {
  const check = () => {
    const h1 = document.querySelector('h1');
    if (h1 && h1.textContent && !window.__interactiveAt) window.__interactiveAt = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
});

const rows = [];
function record(id, figure, value, unit, baseline, goal, pass, note = '') {
  const ratio = baseline ? value / baseline : null;
  rows.push({
    id,
    figure,
    value: Math.round(value * 10) / 10,
    unit,
    baseline: baseline ? Math.round(baseline * 10) / 10 : null,
    ratio: ratio ? Math.round(ratio * 100) / 100 : null,
    goal,
    pass,
    note,
  });
}

try {
  const bench = await context.newPage();
  await bench.goto(`${base}/bench.html`);
  await bench.waitForFunction(() => document.body.dataset.ready === 'true');
  const available = await bench.evaluate(() => window.profprobaBench.available);
  const seeded = await bench.evaluate((s) => window.profprobaBench.seed(s), scale);
  console.log('seeded:', JSON.stringify(seeded));
  // B2 is the quarterly report: the second quarter of the generated year (a quarter of its sessions).
  const period = { from: '2026-04-01', to: '2026-06-30' };

  // B2 — quarterly report to XLSX bytes vs raw toArray() of the tables it reads.
  if (available.includes('quarterlyReportXlsx')) {
    const app = [];
    const raw = [];
    for (let i = 0; i < reps; i++) {
      raw.push(await bench.evaluate(() => window.profprobaBench.baselineReport()));
      app.push(
        await bench.evaluate((p) => window.profprobaBench.run('quarterlyReportXlsx', p.from, p.to), period),
      );
    }
    const m = median(app);
    const b = median(raw);
    record('B2', 'Квартальный отчёт → XLSX', m, 'ms', b, '≤ 3× и ≤ 2000 ms', m / b <= 3 && m <= 2000);
  } else
    record(
      'B2',
      'Квартальный отчёт → XLSX',
      NaN,
      'ms',
      null,
      '≤ 3× и ≤ 2000 ms',
      false,
      'нет кода отчёта в сборке',
    );

  // B3 — 500 certificates to one PDF.
  if (available.includes('certificatesPdf')) {
    const count = scale === 'small' ? 50 : 500;
    const app = [];
    for (let i = 0; i < reps; i++)
      app.push(await bench.evaluate((n) => window.profprobaBench.run('certificatesPdf', n), count));
    const perCert = median(app) / count;
    record('B3', `${count} сертификатов → PDF, на один`, perCert, 'ms', null, '≤ 20 ms', perCert <= 20);
  } else
    record(
      'B3',
      'Сертификаты → PDF, на один',
      NaN,
      'ms',
      null,
      '≤ 20 ms',
      false,
      'нет кода сертификатов в сборке',
    );

  // B4 — participant list: first rows after navigation, then per filter keystroke.
  const app = await context.newPage();
  await app.goto(`${base}/index.html#/`);
  await app.getByRole('heading', { level: 1 }).first().waitFor();
  const firstRows = [];
  const keystrokes = [];
  for (let i = 0; i < reps; i++) {
    await app.goto(`${base}/index.html#/`);
    await app.getByRole('heading', { name: 'Главная', level: 1 }).waitFor();
    firstRows.push(
      await app.evaluate(async () => {
        const link = [...document.querySelectorAll('nav a')].find(
          (a) => a.textContent?.trim() === 'Участники',
        );
        const t0 = performance.now();
        link.click();
        for (;;) {
          await new Promise((r) => requestAnimationFrame(r));
          const table = document.querySelector('table[aria-label="Участники"]');
          if (table && table.querySelectorAll('tbody tr td').length > 3) return performance.now() - t0;
          if (performance.now() - t0 > 30000) return Infinity;
        }
      }),
    );
    const search = app.getByRole('textbox', { name: /Поиск/ }).first();
    await search.click();
    await search.fill('');
    // Time from the input event to the last DOM change it caused (the list and the count re-rendered).
    await app.evaluate(() => {
      window.__keyAt = 0;
      window.__lastMutation = 0;
      document.addEventListener('input', () => (window.__keyAt = performance.now()), true);
      new MutationObserver(() => (window.__lastMutation = performance.now())).observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    for (const ch of ['с', 'м', 'и', 'р']) {
      await app.keyboard.type(ch);
      keystrokes.push(
        await app.evaluate(async () => {
          let quiet = 0;
          let seen = window.__lastMutation;
          const start = performance.now();
          while (quiet < 3 && performance.now() - start < 3000) {
            await new Promise((r) => requestAnimationFrame(r));
            quiet = window.__lastMutation === seen ? quiet + 1 : 0;
            seen = window.__lastMutation;
          }
          return Math.max(0, window.__lastMutation - window.__keyAt);
        }),
      );
    }
  }
  record(
    'B4a',
    'Список участников: первые строки',
    median(firstRows),
    'ms',
    null,
    '≤ 1000 ms',
    median(firstRows) <= 1000,
  );
  record(
    'B4b',
    'Список участников: фильтр на нажатие',
    median(keystrokes),
    'ms',
    null,
    '≤ 100 ms',
    median(keystrokes) <= 100,
    `p95 ${Math.round(p95(keystrokes))} ms`,
  );

  // B5 — an attendance click until the mark is stored (the attendance repository marks `attendance-saved`).
  {
    const id = await bench.evaluate(() => window.profprobaBench.firstSessionId());
    await app.goto(`${base}/index.html#/attendance/sessions/${id}`);
    await app.getByRole('radiogroup').first().waitFor();
    const clicks = await app.evaluate(async () => {
      const out = [];
      // One click per row, on a mark that is not already set (setting the same mark again saves nothing).
      const groups = [...document.querySelectorAll('[role="radiogroup"]')];
      for (const group of groups.slice(0, 40)) {
        const target = [...group.querySelectorAll('[role="radio"]')].find(
          (r) => r.getAttribute('aria-checked') !== 'true',
        );
        if (!target) continue;
        performance.clearMarks('attendance-saved');
        const t0 = performance.now();
        target.click();
        for (;;) {
          await new Promise((r) => setTimeout(r, 0));
          const mark = performance.getEntriesByName('attendance-saved')[0];
          if (mark) {
            out.push(mark.startTime - t0);
            break;
          }
          if (performance.now() - t0 > 5000) break;
        }
      }
      return out;
    });
    record(
      'B5',
      'Отметка посещаемости → сохранена, p95',
      p95(clicks),
      'ms',
      null,
      '≤ 50 ms',
      p95(clicks) <= 50,
      `${clicks.length} кликов`,
    );
  }

  // B6 — cold start with the large database, and the JS heap after visiting every section.
  const starts = [];
  let heapMb = NaN;
  for (let i = 0; i < reps; i++) {
    const page = await context.newPage();
    await page.goto(`${base}/index.html#/`);
    await page.getByRole('heading', { name: 'Главная', level: 1 }).waitFor();
    await page.waitForFunction(() => window.__interactiveAt !== undefined);
    starts.push(await page.evaluate(() => window.__interactiveAt));
    if (i === reps - 1) {
      for (const name of [
        'Программы',
        'Расписание',
        'Участники',
        'Посещаемость',
        'Сертификаты',
        'Отчёты',
        'Настройки',
        'Главная',
      ]) {
        await page
          .getByRole('navigation', { name: 'Разделы' })
          .getByRole('link', { name, exact: true })
          .click();
        await page.getByRole('heading', { name, level: 1 }).waitFor();
        await page.waitForLoadState('networkidle');
      }
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      heapMb = usedSize / 1024 / 1024;
    }
    await page.close();
  }
  record(
    'B6a',
    'Холодный старт до интерактивности',
    median(starts),
    'ms',
    null,
    '≤ 2000 ms',
    median(starts) <= 2000,
  );
  record('B6b', 'JS heap после всех разделов', heapMb, 'MB', null, '≤ 300 MB', heapMb <= 300);

  // B1 — import of the platform export through the app's import code vs parse + raw bulkPut. Runs last: it
  // changes the participants table.
  if (available.includes('importPlatformExport')) {
    const size = await bench.evaluate(() => window.profprobaBench.makePlatformExport());
    const appRuns = [];
    const raw = [];
    for (let i = 0; i < reps; i++) {
      raw.push(await bench.evaluate(() => window.profprobaBench.baselineImport()));
      appRuns.push(await bench.evaluate(() => window.profprobaBench.run('importPlatformExport')));
    }
    const m = median(appRuns);
    const b = median(raw);
    record(
      'B1',
      `Импорт выгрузки платформы (${Math.round(size / 1024)} КБ)`,
      m,
      'ms',
      b,
      '≤ 2× и ≤ 10000 ms',
      m / b <= 2 && m <= 10000,
    );
  } else
    record(
      'B1',
      'Импорт выгрузки платформы',
      NaN,
      'ms',
      null,
      '≤ 2× и ≤ 10000 ms',
      false,
      'нет кода импорта в сборке',
    );
} finally {
  await browser.close();
  server.httpServer.close();
}

const pad = (s, n) => String(s).padEnd(n);
console.log(
  `\n${pad('', 4)} ${pad('figure', 44)} ${pad('value', 10)} ${pad('baseline', 10)} ${pad('ratio', 7)} ${pad('goal', 20)} result`,
);
for (const r of rows) {
  console.log(
    `${pad(r.id, 4)} ${pad(r.figure, 44)} ${pad(Number.isNaN(r.value) ? '—' : `${r.value} ${r.unit}`, 10)} ${pad(r.baseline ?? '—', 10)} ${pad(r.ratio ?? '—', 7)} ${pad(r.goal, 20)} ${r.pass ? 'pass' : 'FAIL'}${r.note ? `  (${r.note})` : ''}`,
  );
}
writeFileSync(
  `${root}/bench/results.json`,
  JSON.stringify({ scale, reps, at: new Date().toISOString(), rows }, null, 2) + '\n',
);
console.log(`\nbench/results.json written (${rows.filter((r) => r.pass).length} of ${rows.length} pass)`);
