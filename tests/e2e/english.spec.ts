import { appendFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_CERTIFICATE_DESIGN } from '../../shared/certificates/design';
import { genderize } from '../../shared/text/gender';
import { buildDemoVenue } from '../../shared/demo/demo-venue';
import { FORMAT_LABELS, LEVEL_LABELS, SPHERE_LABELS } from '../../shared/domain';
import { JOURNAL_MARKS } from '../../shared/reports/attendance-journal';
import {
  CANCELLED_MARK,
  NO_SCHOOL,
  PARTICIPANT_COLUMNS,
  SCHOOL_COLUMNS,
  SESSION_COLUMNS,
  SHEET_NAMES,
  SUMMARY_COLUMNS,
  TITLE_COLUMNS,
  TOTAL_LABEL,
} from '../../shared/reports/quarterly-report';
import { joinFio, parseFio, shortFio } from '../../shared/text/fio';
import { confirmIssue, goToSection, openEcologyIssueForm, openWithDemo } from './helpers';

/**
 * The English interface shows no Russian: every section and its main sub-pages of the demo venue are
 * visited with the interface in English, and any Cyrillic left on the page — in its visible text and in
 * the aria-label, title, placeholder and alt of its visible elements — fails the test, except pupil data
 * (every string of the demo dataset and the forms the UI composes from them: ФИО, «Фамилия И. О.», «8Б»)
 * and documents (the Russian contents of the files the app writes, shown on a few pages as a preview).
 *
 * E2E_ENGLISH_REPORT=<file> writes the full list of offending strings per page to that file.
 */
const describe = test.describe;

/**
 * An exact accessible name in English. (The Russian name is kept beside it at each call, so the table reads
 * as a map of the two interfaces; it is not matched: a label left in Russian fails the walk.)
 */
function either(en: string, _ru: string): RegExp {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${esc(en)}$`);
}

async function nav(page: Page, en: string, ru: string): Promise<void> {
  await page
    .getByRole('navigation', { name: either('Sections', 'Разделы') })
    .getByRole('link', { name: either(en, ru) })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: either(en, ru) })).toBeVisible();
}

async function tab(page: Page, en: string, ru: string): Promise<void> {
  await page.getByRole('tab', { name: either(en, ru) }).click();
  await expect(page.getByRole('tab', { name: either(en, ru), selected: true })).toBeVisible();
}

async function firstRow(page: Page, table: RegExp): Promise<void> {
  await page.getByRole('table', { name: table }).getByRole('row').nth(1).click();
}

// Strings of the files the app writes (docs/formats.md): Russian by contract, shown on some pages as a preview.
const REPORT_DOCUMENT = [
  ...SHEET_NAMES,
  ...[TITLE_COLUMNS, SUMMARY_COLUMNS, SCHOOL_COLUMNS, PARTICIPANT_COLUMNS, SESSION_COLUMNS].flatMap((cs) =>
    cs.map((c) => c.header),
  ),
  ...['Площадка', 'ИНН', 'ОКТМО', 'Период с', 'Период по', 'Сформирован', 'Ответственный', 'Онлайн'],
  ...['№', 'ФИО', 'Школа', 'Класс', 'Посещено', 'Проба пройдена', 'да', 'нет'],
  ...Object.values(JOURNAL_MARKS),
  ...Object.values(SPHERE_LABELS),
  ...Object.values(LEVEL_LABELS),
  ...Object.values(FORMAT_LABELS),
  CANCELLED_MARK,
  NO_SCHOOL,
  TOTAL_LABEL,
];
/** The certificate's printed lines and the design preview's made-up certificate. */
const CERTIFICATE_DOCUMENT = [
  ...Object.values(DEFAULT_CERTIFICATE_DESIGN.lines),
  // The preview's made-up pupil is a girl: the lines agree with her («прошла»).
  ...Object.values(DEFAULT_CERTIFICATE_DESIGN.lines).map((line) => genderize(line, 'F')),
  ...['Иванова Алёна Сергеевна', 'МБОУ «Средняя общеобразовательная школа № 1»', 'МБОУ СОШ № 1'],
  ...['Лазерная резка: от эскиза до изделия', 'Оператор лазерного станка', 'Кравцов Олег Викторович'],
  ...['ОБР', 'ак. ч.'],
];
/** The design preview draws a whole certificate page: its captions and values are the document's. */
const CERTIFICATE_PREVIEW = [
  ...CERTIFICATE_DOCUMENT,
  ...['Профессия', 'Уровень', 'Формат', 'Продолжительность', 'Дата прохождения', 'Наставник'],
  ...['класс', 'Код проверки', 'подпись', 'Руководитель'],
  ...Object.values(LEVEL_LABELS),
  ...Object.values(FORMAT_LABELS),
];
/** A language's own name in the language switch is not a translation miss. */
const EVERYWHERE = ['Русский'];

interface PageCheck {
  section: string;
  name: string;
  /** Gets there from wherever the previous page left off, and waits for the page's content. */
  open: (page: Page) => Promise<void>;
  /** Document strings this page may show. */
  documents?: readonly string[];
}

/** Every page the test visits, in order. Add a row to cover a new page. */
const PAGES: readonly PageCheck[] = [
  { section: 'Home', name: 'dashboard', open: (p) => nav(p, 'Home', 'Главная') },
  {
    section: 'Programmes',
    name: 'list',
    open: async (p) => {
      await nav(p, 'Programmes', 'Программы');
      await expect(
        p
          .getByRole('table', { name: either('Programmes', 'Программы') })
          .getByRole('row')
          .nth(1),
      ).toBeVisible();
    },
  },
  {
    section: 'Programmes',
    name: 'programme form',
    open: async (p) => {
      await p.getByRole('cell', { name: 'Лазерная резка: от эскиза до изделия', exact: true }).click();
      await expect(p).toHaveURL(/#\/programs\/[^/]+$/);
    },
  },
  {
    section: 'Programmes',
    name: 'mentors',
    open: async (p) => {
      await nav(p, 'Programmes', 'Программы');
      await tab(p, 'Mentors', 'Наставники');
      await expect(p).toHaveURL(/#\/programs\/mentors$/);
    },
  },
  {
    section: 'Programmes',
    name: 'places',
    open: async (p) => {
      await tab(p, 'Places', 'Места проведения');
      await expect(p).toHaveURL(/#\/programs\/places$/);
    },
  },
  {
    section: 'Participants',
    name: 'list',
    open: async (p) => {
      await nav(p, 'Participants', 'Участники');
      await expect(
        p
          .getByRole('table', { name: either('Participants', 'Участники') })
          .getByRole('row')
          .nth(1),
      ).toBeVisible();
    },
  },
  {
    section: 'Participants',
    name: 'participant card',
    open: async (p) => {
      await firstRow(p, either('Participants', 'Участники'));
      await expect(p).toHaveURL(/#\/participants\/[^/]+$/);
    },
  },
  {
    section: 'Participants',
    name: 'schools',
    open: async (p) => {
      await nav(p, 'Participants', 'Участники');
      await p.getByRole('button', { name: either('Schools', 'Школы') }).click();
      await expect(p).toHaveURL(/#\/participants\/schools$/);
    },
  },
  {
    section: 'Participants',
    name: 'import wizard, first step',
    open: async (p) => {
      await nav(p, 'Participants', 'Участники');
      await p.getByRole('button', { name: either('Import', 'Импорт') }).click();
      await expect(
        p.getByRole('heading', { level: 1, name: either('Import participants', 'Импорт участников') }),
      ).toBeVisible();
    },
  },
  { section: 'Schedule', name: 'calendar', open: (p) => nav(p, 'Schedule', 'Расписание') },
  {
    section: 'Schedule',
    name: 'group list',
    open: async (p) => {
      await tab(p, 'Groups', 'Группы');
      await expect(
        p
          .getByRole('table', { name: either('Groups', 'Группы') })
          .getByRole('row')
          .nth(1),
      ).toBeVisible();
    },
  },
  {
    section: 'Schedule',
    name: 'group page',
    open: async (p) => {
      await firstRow(p, either('Groups', 'Группы'));
      await expect(p).toHaveURL(/#\/schedule\/groups\/[^/]+$/);
    },
  },
  {
    section: 'Schedule',
    name: 'session page',
    open: async (p) => {
      await firstRow(p, either('Sessions', 'Занятия'));
      await expect(p).toHaveURL(/#\/schedule\/groups\/[^/]+\/sessions\/[^/]+$/);
    },
  },
  {
    section: 'Attendance',
    name: 'sessions list',
    open: async (p) => {
      await nav(p, 'Attendance', 'Посещаемость');
      await expect(
        p
          .getByRole('table', { name: either('Sessions', 'Занятия') })
          .getByRole('row')
          .nth(1),
      ).toBeVisible();
    },
  },
  {
    section: 'Attendance',
    name: 'not confirmed on the platform',
    open: async (p) => {
      await p.getByRole('tab', { name: /^(Not confirmed on the platform|Не отмечено на платформе)/ }).click();
      await expect(
        p
          .getByRole('table', {
            name: either(
              'Held sessions not confirmed on the platform',
              'Проведённые занятия, не отмеченные на платформе',
            ),
          })
          .getByRole('row')
          .nth(1),
      ).toBeVisible();
    },
  },
  {
    section: 'Attendance',
    name: 'session marking',
    open: async (p) => {
      await firstRow(
        p,
        either(
          'Held sessions not confirmed on the platform',
          'Проведённые занятия, не отмеченные на платформе',
        ),
      );
      await expect(p).toHaveURL(/#\/attendance\/sessions\/[^/]+$/);
      await expect(p.getByRole('radiogroup').first()).toBeVisible();
    },
  },
  {
    section: 'Attendance',
    name: 'group overview',
    open: async (p) => {
      await p.getByRole('link', { name: either('Group overview', 'Сводка по группе') }).click();
      await expect(p).toHaveURL(/#\/attendance\/groups\/[^/]+$/);
    },
  },
  {
    section: 'Certificates',
    name: 'journal',
    open: async (p) => {
      await nav(p, 'Certificates', 'Сертификаты');
      await expect(
        p
          .getByRole('table', { name: either('Certificate journal', 'Журнал выдачи сертификатов') })
          .getByRole('row')
          .nth(1),
      ).toBeVisible();
    },
  },
  {
    section: 'Certificates',
    name: 'certificate page',
    open: async (p) => {
      await firstRow(p, either('Certificate journal', 'Журнал выдачи сертификатов'));
      await expect(p).toHaveURL(/#\/certificates\/[^/]+$/);
    },
    documents: CERTIFICATE_DOCUMENT,
  },
  {
    section: 'Certificates',
    name: 'issue, a group chosen',
    open: async (p) => {
      await nav(p, 'Certificates', 'Сертификаты');
      await p
        .getByRole('button', { name: either('Issue certificates', 'Выдать сертификаты') })
        .first()
        .click();
      await expect(p).toHaveURL(/#\/certificates\/issue$/);
      await p.getByRole('combobox', { name: either('Group', 'Группа') }).click();
      await p.getByRole('option', { name: /^Эколог — / }).click();
    },
  },
  {
    section: 'Certificates',
    name: 'verify',
    open: async (p) => {
      await nav(p, 'Certificates', 'Сертификаты');
      await p.getByRole('button', { name: either('Verify a certificate', 'Проверить сертификат') }).click();
      await expect(p).toHaveURL(/#\/certificates\/verify$/);
    },
  },
  {
    section: 'Certificates',
    name: 'design',
    open: async (p) => {
      await nav(p, 'Certificates', 'Сертификаты');
      await p.getByRole('button', { name: either('Design', 'Оформление') }).click();
      await expect(p).toHaveURL(/#\/certificates\/design$/);
    },
    documents: CERTIFICATE_PREVIEW,
  },
  {
    section: 'Reports',
    name: 'quarterly report',
    open: (p) => nav(p, 'Reports', 'Отчёты'),
    documents: REPORT_DOCUMENT,
  },
  {
    section: 'Reports',
    name: 'participant list',
    open: (p) => tab(p, 'Participant list', 'Список участников'),
    documents: REPORT_DOCUMENT,
  },
  {
    section: 'Reports',
    name: 'attendance journal',
    open: (p) => tab(p, 'Attendance journal', 'Журнал посещаемости'),
    documents: REPORT_DOCUMENT,
  },
  {
    section: 'Reports',
    name: 'consolidation across venues',
    open: (p) => tab(p, 'Consolidation across venues', 'Свод по площадкам'),
  },
  {
    section: 'Reports',
    name: 'platform reconciliation',
    open: (p) => tab(p, 'Platform reconciliation', 'Сверка с платформой'),
    documents: REPORT_DOCUMENT,
  },
  {
    section: 'Settings',
    name: 'venue profile',
    open: async (p) => {
      await nav(p, 'Settings', 'Настройки');
      await tab(p, 'Venue profile', 'Профиль площадки');
    },
  },
  {
    section: 'Settings',
    name: 'interface and data',
    open: (p) => tab(p, 'Interface and data', 'Интерфейс и данные'),
  },
  {
    section: 'Settings',
    name: 'certificates',
    open: (p) => tab(p, 'Certificates', 'Сертификаты'),
    documents: CERTIFICATE_PREVIEW,
  },
  { section: 'Settings', name: 'backups', open: (p) => tab(p, 'Backups', 'Резервные копии') },
  { section: 'Settings', name: 'data retention', open: (p) => tab(p, 'Data retention', 'Хранение данных') },
  { section: 'Settings', name: 'audit log', open: (p) => tab(p, 'Audit log', 'Журнал действий') },
];

// ---------------------------------------------------------------------------------------------------------
// The allow-list: pupil data

const CYRILLIC_WORD = /[\u0400-\u04FF]+(?:[-'’][\u0400-\u04FF]+)*/gu;
const HAS_CYRILLIC = /[\u0400-\u04FF]/u;

function norm(s: string): string {
  return s
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('ru');
}

function collectStrings(value: unknown, out: Set<string>): void {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) for (const v of value) collectStrings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) collectStrings(v, out);
}

/** Every string of the demo dataset, and the forms the UI composes from them. */
function pupilData(today: string): string[] {
  const data = buildDemoVenue(today);
  const strings = new Set<string>();
  collectStrings(data, strings);
  const people: { lastName: string; firstName: string; middleName: string }[] = [
    ...data.participants,
    ...data.mentors,
  ];
  for (const s of [...strings]) {
    const words = s.trim().split(/\s+/);
    const parts = words.length >= 2 && words.length <= 4 ? parseFio(s) : null;
    if (parts) people.push(parts);
  }
  for (const p of people) {
    const initials = [p.firstName, p.middleName].filter(Boolean).map((w) => `${w.charAt(0)}.`);
    strings.add(joinFio(p));
    strings.add(shortFio(p));
    strings.add(`${p.lastName} ${p.firstName}`);
    strings.add(`${p.firstName} ${p.lastName}`);
    strings.add(`${p.lastName} ${initials.join('')}`);
    strings.add(`${p.lastName} ${initials.join(' ')}`);
    if (initials.length > 0) strings.add(`${p.lastName} ${initials[0]}`);
    strings.add([p.firstName, p.middleName].filter(Boolean).join(' '));
    strings.add(initials.join(' '));
  }
  for (const p of data.participants) {
    if (p.grade === null) continue;
    strings.add(`${p.grade}${p.classLetter}`);
    strings.add(`${p.grade} ${p.classLetter}`);
    strings.add(`${p.grade}«${p.classLetter}»`);
  }
  return [...strings];
}

/** Normalised allow-list entries with Cyrillic in them, longest first. */
function allowList(strings: readonly string[]): string[] {
  return [...new Set(strings.map(norm))]
    .filter((s) => HAS_CYRILLIC.test(s))
    .sort((a, b) => b.length - a.length);
}

const LETTER = /[\p{L}\p{N}]/u;

/**
 * Replaces every whole-word occurrence of an allowed string by spaces of the same length, so the positions
 * of what is left still point into the original text.
 */
function mask(text: string, allowed: readonly string[]): string {
  let out = text;
  for (const s of allowed) {
    let from = 0;
    for (;;) {
      const i = out.indexOf(s, from);
      if (i < 0) break;
      const before = i > 0 ? out[i - 1]! : ' ';
      const after = i + s.length < out.length ? out[i + s.length]! : ' ';
      if (!LETTER.test(before) && !LETTER.test(after)) {
        out = out.slice(0, i) + ' '.repeat(s.length) + out.slice(i + s.length);
      }
      from = i + s.length;
    }
  }
  return out;
}

/** Lines of `source` that keep Cyrillic words after masking, with the words. */
function offending(source: string, allowed: readonly string[]): { words: string[]; context: string }[] {
  const found: { words: string[]; context: string }[] = [];
  for (const line of source.split('\n')) {
    const original = line
      .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
      .replace(/ +/g, ' ')
      .trim();
    if (!HAS_CYRILLIC.test(original)) continue;
    // norm() also collapses spaces and lower-cases; lower case keeps the length, so masked positions match.
    const masked = mask(original.toLocaleLowerCase('ru'), allowed);
    const words = [...masked.matchAll(CYRILLIC_WORD)].map((m) =>
      original.slice(m.index, m.index + m[0].length),
    );
    if (words.length > 0)
      found.push({ words, context: original.length > 160 ? `${original.slice(0, 157)}…` : original });
  }
  return found;
}

/** The aria-label, title, placeholder and alt of the visible elements, and the document title. */
async function attributeTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [`document title: ${document.title}`];
    for (const el of document.body.querySelectorAll('[aria-label],[title],[placeholder],[alt]')) {
      if (typeof el.checkVisibility === 'function' && !el.checkVisibility()) continue;
      for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
        const v = el.getAttribute(attr);
        if (v) out.push(`${attr}: ${v}`);
      }
    }
    return out;
  });
}

/** The page's visible text once it stops changing (live queries and charts fill in after the heading). */
async function settledText(page: Page): Promise<string> {
  let last = '';
  await expect
    .poll(
      async () => {
        const now = await page.locator('body').innerText();
        const same = now === last;
        last = now;
        return same;
      },
      { intervals: [300, 300, 500, 1000], timeout: 15_000 },
    )
    .toBe(true);
  return last;
}

interface Finding {
  page: string;
  url: string;
  lines: string[];
  /** Every Cyrillic word left, for the allow-list's own check. */
  words: Set<string>;
}

function format(findings: readonly Finding[]): string {
  return findings
    .map((f) => [`== ${f.page} (${f.url}): ${f.lines.length}`, ...f.lines.map((l) => `   ${l}`)].join('\n'))
    .join('\n\n');
}

async function check(page: Page, name: string, allowed: readonly string[]): Promise<Finding> {
  const text = await settledText(page);
  const lines = new Set<string>();
  const words = new Set<string>();
  const found = [
    ...offending(text, allowed).map((o) => ({ ...o, context: `text: ${o.context}` })),
    ...(await attributeTexts(page)).flatMap((attr) => offending(attr, allowed)),
  ];
  for (const o of found) {
    o.words.forEach((w) => words.add(w));
    lines.add(`${o.words.map((w) => `«${w}»`).join(' ')} — ${o.context}`);
  }
  const url = page.url().replace(/^.*#/, '#');
  return { page: name, url, lines: [...lines], words };
}

function report(findings: readonly Finding[]): void {
  const file = process.env.E2E_ENGLISH_REPORT;
  if (!file) return;
  const bySection = new Map<string, number>();
  for (const f of findings) {
    const section = f.page.split(' › ')[0]!;
    bySection.set(section, (bySection.get(section) ?? 0) + f.lines.length);
  }
  const summary = [...bySection].map(([s, n]) => `${s}: ${n}`).join('\n');
  // The same string on many pages (the header, breadcrumbs) is one fix: list each once, with its pages.
  const pagesOf = new Map<string, string[]>();
  for (const f of findings) for (const l of f.lines) pagesOf.set(l, [...(pagesOf.get(l) ?? []), f.page]);
  const distinct = [...pagesOf]
    .map(([l, pages]) => `   ${l}   [${pages.length === 1 ? pages[0] : `${pages.length} pages`}]`)
    .join('\n');
  const total = findings.reduce((n, f) => n + f.lines.length, 0);
  writeFileSync(
    file,
    `Russian text left in the English interface (tests/e2e/english.spec.ts), ${new Date().toISOString()}\n` +
      `Each line: the Cyrillic words left after removing pupil data, then the line or attribute they are in.\n\n` +
      `Offending lines per section (total ${total}, ${pagesOf.size} distinct):\n${summary}\n\n` +
      `== Distinct lines, each once\n${distinct}\n\n${format(findings)}\n`,
  );
}

describe('the English interface', () => {
  test('shows no Russian outside pupil data and documents', async ({ page }) => {
    test.setTimeout(300_000);
    await openWithDemo(page);
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    const pupils = pupilData(today);

    // Setup in Russian, as the other specs do it: certificates for the ecology group, so the journal and a
    // certificate page have something to show.
    await goToSection(page, 'Сертификаты');
    const { submit, count } = await openEcologyIssueForm(page);
    await submit.click();
    await confirmIssue(page, count);
    await expect(page.getByText(`Выдано сертификатов: ${count}`)).toBeVisible();

    // Settings → «Интерфейс и данные» → English.
    await goToSection(page, 'Настройки');
    await page.getByRole('tab', { name: 'Интерфейс и данные' }).click();
    await page.getByText('English', { exact: true }).click();
    await expect(
      page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Programmes' }),
    ).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('profproba.language'))).toBe('en');

    const findings: Finding[] = [];
    for (const entry of PAGES) {
      const name = `${entry.section} › ${entry.name}`;
      await test.step(name, async () => {
        await entry.open(page);
        const allowed = allowList([...pupils, ...EVERYWHERE, ...(entry.documents ?? [])]);
        findings.push(await check(page, name, allowed));
      });
    }

    // The allow-list works: demo pupils' names were on the participant list and are not reported.
    const names = pupils.filter((s) => /^[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+$/u.test(s));
    const reported = new Set(findings.flatMap((f) => [...f.words]));
    expect(names.length).toBeGreaterThan(100);
    const leaked = names.flatMap((n) => n.split(' ')).filter((w) => reported.has(w));
    expect(leaked, 'pupil names reported as untranslated text').toEqual([]);

    report(findings);
    const bad = findings.filter((f) => f.lines.length > 0);
    expect(bad, `Russian text in the English interface:\n\n${format(bad)}`).toEqual([]);
  });

  test('the first-run screen shows no Russian', async ({ page }) => {
    await page.goto('./');
    await page.evaluate(() => localStorage.setItem('profproba.language', 'en'));
    await page.reload();
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: either('Welcome to ProfProba', 'Добро пожаловать в ПрофПробу'),
      }),
    ).toBeVisible();
    const finding = await check(page, 'First run › welcome', allowList(EVERYWHERE));
    const file = process.env.E2E_ENGLISH_REPORT;
    if (file) appendFileSync(file, `\n\n${format([finding])}\n`);
    expect(finding.lines, `Russian text in the English interface:\n\n${format([finding])}`).toEqual([]);
  });
});
