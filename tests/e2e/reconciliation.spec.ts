import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { PLATFORM_COLUMNS } from '../../shared/import/fields';
import { goToSection, openWithDemo } from './helpers';
import { browserToday, currentQuarter } from './report-expectations';
import { buildDemoVenue } from '../../shared/demo/demo-venue';

/**
 * Сверка с платформой on the demo venue: a platform export generated here (with ExcelJS, the app's own XLSX
 * library) records some of the quarter's completions, leaves the others out and adds two trials the venue
 * never marked. The screen must show exactly those numbers, and the «не отмечено на платформе» file must list
 * exactly the missing completions.
 */

interface DemoCompletion {
  participantId: string;
  fio: string;
  birthDate: string | null;
  programId: string;
  title: string;
  date: string;
  sessionDates: string[];
}

const ru = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/** The quarter's completions worked out with plain loops (rule «every session»; the earliest group counts). */
function demoCompletions() {
  const today = browserToday();
  const demo = buildDemoVenue(today);
  const quarter = currentQuarter(today);
  const pupils = new Map(demo.participants.map((p) => [p.id, p]));
  const best = new Map<string, DemoCompletion>();
  for (const group of demo.groups) {
    const program = demo.programs.find((p) => p.id === group.programId)!;
    const sessions = demo.sessions.filter((s) => s.groupId === group.id && s.status !== 'cancelled');
    const dates = [...new Set(sessions.map((s) => s.date))].sort();
    const members = new Set(
      demo.enrollments.filter((e) => e.groupId === group.id).map((e) => e.participantId),
    );
    for (const pid of members) {
      const all = sessions.every((s) =>
        demo.attendance.some(
          (m) =>
            m.sessionId === s.id &&
            m.participantId === pid &&
            (m.status === 'present' || m.status === 'late'),
        ),
      );
      if (!all || sessions.length === 0) continue;
      const date = dates.at(-1)!;
      const key = `${pid}|${program.id}`;
      const prev = best.get(key);
      if (prev && prev.date <= date) continue;
      const p = pupils.get(pid)!;
      best.set(key, {
        participantId: pid,
        fio: [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' '),
        birthDate: p.birthDate,
        programId: program.id,
        title: program.title,
        date,
        sessionDates: dates,
      });
    }
  }
  const completions = [...best.values()].filter((c) => c.date >= quarter.from && c.date <= quarter.to);
  return { demo, today, quarter, completions };
}

/** The platform export: three title rows, the 45 headers, one row per pupil with their recorded trials. */
async function platformExport(
  rows: { fio: string; birthDate: string; trials: { name: string; date: string }[] }[],
  exportedOn: string,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Лист1');
  sheet.addRow(['Отчёт по обучающимся']);
  sheet.addRow([`Дата формирования: ${ru(exportedOn)}`]);
  sheet.addRow(['Фильтры: регион']);
  sheet.addRow([...PLATFORM_COLUMNS]);
  rows.forEach((r, i) => {
    const row: (string | number | Date)[] = new Array<string>(PLATFORM_COLUMNS.length).fill('');
    row[0] = i + 1;
    row[4] = r.fio;
    row[5] = ru(r.birthDate);
    row[26] = r.trials.length;
    row[27] = r.trials.map((t) => t.name).join(', ');
    // One trial: a real Excel date; several: the dates as text, as the platform writes them.
    row[28] =
      r.trials.length === 1
        ? new Date(`${r.trials[0]!.date}T00:00:00Z`)
        : r.trials.map((t) => ru(t.date)).join(', ');
    sheet.addRow(row);
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function openReconciliation(page: Page) {
  await goToSection(page, 'Отчёты');
  await page.getByRole('tab', { name: 'Сверка с платформой' }).click();
  await expect(page.getByText('Выгрузка платформы ещё не загружена')).toBeVisible();
}

async function loadExport(page: Page, name: string, buffer: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Загрузить выгрузку платформы' }).click();
  await (
    await chooser
  ).setFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
}

async function count(page: Page, label: string) {
  return page.getByRole('group', { name: label, exact: true });
}

test('the Сверка of the demo venue counts ✓, ✗ and the two unmarked platform trials, and exports the missing ones', async ({
  page,
}) => {
  const { demo, today, completions } = demoCompletions();
  // A pupil without a birth date (a walk-in) cannot be found on the platform by name: they stay ✗.
  const dated = completions.filter((c) => c.birthDate);
  expect(dated.length).toBeGreaterThan(4);
  const recorded = dated.slice(0, dated.length - 2);
  const missing = completions.filter((c) => !recorded.includes(c));

  const byPupil = new Map<
    string,
    { fio: string; birthDate: string; trials: { name: string; date: string }[] }
  >();
  recorded.forEach((c, i) => {
    const row = byPupil.get(c.participantId) ?? { fio: c.fio, birthDate: c.birthDate!, trials: [] };
    // The platform's spelling varies: upper case, ё for е, double spaces.
    const name = i % 3 === 0 ? c.title.toUpperCase() : i % 3 === 1 ? c.title.replace(/ /g, '  ') : c.title;
    row.trials.push({ name, date: c.date });
    byPupil.set(c.participantId, row);
  });
  // Two trials the venue never marked: a demo pupil who never took this programme, and a pupil unknown here.
  const program = demo.programs[0]!;
  const completedIt = new Set(
    completions.filter((c) => c.programId === program.id).map((c) => c.participantId),
  );
  const enrolledIt = new Set(
    demo.enrollments
      .filter((e) => demo.groups.find((g) => g.id === e.groupId)!.programId === program.id)
      .map((e) => e.participantId),
  );
  const other = demo.participants.find(
    (p) => p.birthDate && !completedIt.has(p.id) && !enrolledIt.has(p.id) && !byPupil.has(p.id),
  )!;
  const rows = [...byPupil.values()];
  rows.push({
    fio: [other.lastName, other.firstName, other.middleName].filter(Boolean).join(' '),
    birthDate: other.birthDate!,
    trials: [{ name: program.title, date: today }],
  });
  rows.push({
    fio: 'Незнакомова Ксения Олеговна',
    birthDate: '2011-04-05',
    trials: [{ name: program.title, date: today }],
  });

  await openWithDemo(page);
  await openReconciliation(page);

  // A file that is not the platform's export is refused, naming it; nothing is loaded.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Загрузить выгрузку платформы' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'список школы.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('ФИО;Дата рождения;Класс\nИванов Иван Иванович;01.02.2011;8Б\n', 'utf8'),
  });
  await expect(page.getByText('Файл «список школы.csv» — не выгрузка платформы')).toBeVisible();
  await expect(page.getByText('Выгрузка платформы ещё не загружена')).toBeVisible();

  await loadExport(page, 'выгрузка платформы.xlsx', await platformExport(rows, today));
  // Reading the workbook in the import worker may take a while on a busy machine: a progress dialog shows.
  await expect(page.getByText(`Выгрузка платформы: «выгрузка платформы.xlsx» от ${ru(today)}`)).toBeVisible({
    timeout: 30_000,
  });

  await expect(await count(page, 'Прошли пробу здесь')).toContainText(String(completions.length));
  await expect(await count(page, '✓ Отмечено на платформе')).toContainText(String(recorded.length));
  await expect(await count(page, '✗ Не отмечено на платформе')).toContainText(String(missing.length));
  await expect(await count(page, 'На платформе без прохождения здесь')).toContainText('2');

  // The filter shows the two platform trials with no completion here, each with its reason.
  await page.getByRole('radiogroup', { name: 'Показать' }).getByText('Без прохождения здесь').click();
  const table = page.getByRole('table', { name: 'Сверка с платформой' });
  await expect(page.getByText(`Показано 2 из ${completions.length + 2}`)).toBeVisible();
  await expect(table.getByText('Незнакомова Ксения Олеговна')).toBeVisible();
  await expect(table.getByText('Ученика нет на площадке')).toBeVisible();
  await expect(table.getByText('Площадка не отметила прохождение')).toBeVisible();
  await page.screenshot({ path: `${test.info().outputDir}/reconciliation.png` });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Выгрузить «не отмечено на платформе»' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^Не отмечено на платформе .*\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet('Не отмечено на платформе')!;
  expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
    'ФИО',
    'Дата рождения',
    'Школа',
    'Класс',
    'Проба',
    'Даты занятий',
    'ID на платформе',
  ]);
  const listed: string[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const v = (sheet.getRow(r).values as unknown[]).slice(1);
    listed.push(`${String(v[0])}|${String(v[4])}|${String(v[5])}`);
    const birth = v[1];
    const expected = missing.find((m) => m.fio === v[0] && m.title === v[4]);
    expect(expected, `row ${r}: ${listed.at(-1)}`).toBeDefined();
    if (expected?.birthDate) expect((birth as Date).toISOString().slice(0, 10)).toBe(expected.birthDate);
  }
  expect(listed.sort()).toEqual(
    missing.map((m) => `${m.fio}|${m.title}|${m.sessionDates.map(ru).join(', ')}`).sort(),
  );

  // The quarterly report's «Сводка» counts the same confirmations in «из них отмечено на платформе».
  await page.getByRole('tab', { name: 'Квартальный отчёт' }).click();
  const [report] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Сохранить XLSX', exact: true }).click(),
  ]);
  const quarterly = new ExcelJS.Workbook();
  await quarterly.xlsx.load((await readFile(await report.path())) as unknown as ArrayBuffer);
  const summary = quarterly.getWorksheet('Сводка')!;
  const header = (summary.getRow(1).values as unknown[]).slice(1);
  expect(header.at(-1)).toBe('из них отмечено на платформе');
  expect((summary.getRow(summary.rowCount).values as unknown[]).slice(1).at(-1)).toBe(recorded.length);

  // The pupil's card shows the same per pupil: one whose completions are all on the platform, one whose are
  // all missing (names unique in the demo, so the search finds exactly them).
  const fioCount = new Map<string, number>();
  for (const c of completions) fioCount.set(c.fio, 0);
  for (const p of demo.participants) {
    const fio = [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ');
    if (fioCount.has(fio)) fioCount.set(fio, fioCount.get(fio)! + 1);
  }
  const unique = (c: DemoCompletion) => fioCount.get(c.fio) === 1;
  const onPlatform = recorded.find(
    (c) => unique(c) && !missing.some((m) => m.participantId === c.participantId),
  )!;
  const notOnPlatform = missing.find(
    (c) => unique(c) && !recorded.some((r) => r.participantId === c.participantId),
  )!;
  expect(onPlatform, 'a pupil with every completion on the platform').toBeDefined();
  expect(notOnPlatform, 'a pupil with no completion on the platform').toBeDefined();
  for (const [pupil, status] of [
    [onPlatform, '✓ На платформе'],
    [notOnPlatform, '✗ Не отмечено'],
  ] as const) {
    await goToSection(page, 'Участники');
    await page.getByRole('textbox', { name: 'Поиск по ФИО или ID' }).fill(pupil.fio);
    await expect(page.getByText(/Показано 1 из \d+/)).toBeVisible();
    await page.getByRole('table', { name: 'Участники' }).getByRole('row').nth(1).click();
    await page.getByRole('tab', { name: 'Группы и посещаемость' }).click();
    const block = page.getByRole('table', { name: 'Сверка с платформой' });
    const theirs = completions.filter((c) => c.participantId === pupil.participantId);
    await expect(block.getByRole('row')).toHaveCount(theirs.length + 1);
    for (const c of theirs) {
      const row = block
        .getByRole('row')
        .filter({ has: page.getByRole('cell', { name: c.title, exact: true }) });
      await expect(row.getByRole('cell').first()).toHaveText(status);
      await expect(row).toContainText(c.sessionDates.map(ru).join(', '));
      if (status === '✓ На платформе') await expect(row).toContainText(ru(c.date));
    }
    await page.screenshot({
      path: `${test.info().outputDir}/card-${status.startsWith('✓') ? 'on' : 'off'}.png`,
    });
  }
});
