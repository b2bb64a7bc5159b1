import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { BADGE_LAYOUT } from '../../shared/qr/badges';
import { parseScannedCode, pupilQrPayload, pupilToken } from '../../shared/qr/token';
import { TokenIndex } from '../../shared/qr/token-index';
import { joinFio } from '../../shared/text/fio';
import { goToSection, openWithDemo } from './helpers';
import { crop, frameWith, renderPageGray, writeY4m, zbarDecode } from './qr-video';

const OUT = join(process.env.E2E_OUTPUT_DIR ?? 'test-results', 'files-qr');
// One fake camera file per worker process: the browser is launched per worker, and reads the file only when the
// camera is opened, so each test writes what the camera will see just before opening the scanner.
const CAMERA = join(tmpdir(), `profproba-qr-camera-${process.pid}.y4m`);
const chromium =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

test.use({
  permissions: ['camera'],
  launchOptions: {
    executablePath: chromium,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${CAMERA}`,
    ],
  },
});

test.afterAll(() => rmSync(CAMERA, { force: true }));
// Each test loads the demo venue, prints badges and renders them: more than the default minute on a 2-core PC.
test.describe.configure({ timeout: 180_000 });

/** Opens the first session nobody is marked on yet; returns the ФИО of its rows. */
async function openUnmarkedSession(page: Page): Promise<string[]> {
  await goToSection(page, 'Посещаемость');
  await page
    .getByRole('table', { name: 'Занятия' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: /^0 \/ \d+$/ }) })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /^Занятие \d\d\.\d\d\.\d{4}/ })).toBeVisible();
  const groups = grid(page).getByRole('radiogroup');
  await expect(groups.first()).toBeVisible();
  const labels = await groups.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  return labels.map((l) => l.replace(/^Отметка: /, ''));
}

function grid(page: Page): Locator {
  return page.getByRole('table', { name: 'Отметки посещаемости' });
}

function present(page: Page, name: string): Locator {
  return grid(page)
    .getByRole('radiogroup', { name: `Отметка: ${name}` })
    .getByRole('radio', { name: 'Присутствие' });
}

/** The venue secret and every pupil, read straight from the app's IndexedDB (as another program could). */
async function venueData(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{
        secret: string | null;
        pupils: { id: string; lastName: string; firstName: string; middleName: string }[];
        journal: { action: string; code?: string }[];
      }>((resolve, reject) => {
        const open = indexedDB.open('profproba');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['settings', 'participants', 'journal'], 'readonly');
          const secret = tx.objectStore('settings').get('certificateSecret');
          const pupils = tx.objectStore('participants').getAll();
          const journal = tx.objectStore('journal').getAll();
          tx.oncomplete = () => {
            db.close();
            resolve({
              secret: (secret.result as { value?: string } | undefined)?.value ?? null,
              pupils: pupils.result,
              journal: journal.result,
            });
          };
        };
      }),
  );
}

/** From a session page: «Сводка по группе» → «Бейджи с QR-кодами», saved; back to the session. */
async function downloadBadges(page: Page, file: string): Promise<string> {
  await page.getByRole('link', { name: 'Сводка по группе' }).click();
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Бейджи с QR-кодами' }).click(),
  ]);
  expect(dl.suggestedFilename()).toMatch(/^Бейджи .+\.pdf$/);
  mkdirSync(OUT, { recursive: true });
  const path = join(OUT, file);
  await dl.saveAs(path);
  await page.goBack();
  await expect(grid(page)).toBeVisible();
  return path;
}

test('badges carry a QR per pupil; the webcam reads one, the pupil is marked present, in a fresh tab too, and the camera is released', async ({
  page,
  context,
}, testInfo) => {
  // Records the camera streams the page opens, to check that closing the scanner stops every track.
  await page.addInitScript(() => {
    const streams: MediaStream[] = [];
    (window as unknown as { qrStreams: MediaStream[] }).qrStreams = streams;
    const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      const stream = await original(constraints);
      streams.push(stream);
      return stream;
    };
  });
  await openWithDemo(page);
  const names = await openUnmarkedSession(page);
  expect(names.length).toBeGreaterThan(5);
  const sessionUrl = page.url();

  const pdf = await downloadBadges(page, 'badges.pdf');
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
  expect(pages).toBe(Math.ceil(names.length / 10));

  // Every badge's QR, rendered at 150 dpi and decoded by zbarimg, resolves to a pupil of the group: all of them.
  const pngPrefix = join(OUT, 'badges');
  execFileSync('pdftoppm', ['-r', '150', '-png', pdf, pngPrefix]);
  const pngs = readdirSync(OUT)
    .filter((f) => f.startsWith('badges-') && f.endsWith('.png'))
    .map((f) => join(OUT, f));
  const decoded = zbarDecode(pngs);
  expect(decoded).toHaveLength(names.length);
  const { secret, pupils } = await venueData(page);
  expect(secret).toBeTruthy();
  const index = new TokenIndex(secret!);
  await index.include(pupils.map((p) => p.id));
  const fioOf = new Map(pupils.map((p) => [p.id, joinFio(p)]));
  const resolved = decoded.map((text) => {
    const parsed = parseScannedCode(text);
    expect(parsed.kind).toBe('pupil');
    return fioOf.get(index.lookup((parsed as { token: string }).token) ?? '');
  });
  expect([...resolved].sort()).toEqual([...names].sort());
  // The code says nothing by itself: no name or id in it.
  for (const text of decoded) {
    expect(text).toMatch(/^PP\d{13}$/);
    for (const p of pupils) expect(text).not.toContain(p.id);
  }

  // The camera sees the first badge of the first page (the cards are in the list's order): the card cut out of
  // the page rendered at 150 dpi, on a white 640×480 frame.
  const dpi = 150;
  const pt = (v: number) => Math.round((v * dpi) / 72);
  const image = renderPageGray(pdf, 1, dpi, join(OUT, 'badge-page-1'));
  const left = (595.28 - 2 * BADGE_LAYOUT.width) / 2;
  const top = (841.89 - 5 * BADGE_LAYOUT.height) / 2;
  const card = crop(image, pt(left), pt(top), pt(BADGE_LAYOUT.width), pt(BADGE_LAYOUT.height));
  const frame = frameWith(card, 640, 480);
  const rgba = new Uint8ClampedArray(frame.width * frame.height * 4);
  frame.pixels.forEach((v, i) => rgba.set([v, v, v, 255], i * 4));
  const inFrame = jsQR(rgba, frame.width, frame.height)?.data ?? '';
  const token = (parseScannedCode(inFrame) as { token?: string }).token ?? '';
  const who = fioOf.get(index.lookup(token) ?? '');
  expect(who).toBe(names[0]);
  writeY4m(CAMERA, frame);

  await page.getByRole('button', { name: 'Сканировать QR' }).click();
  await expect(page).toHaveURL(/\/attendance\/sessions\/[^/]+\/scan$/);
  await expect(page.getByRole('status').filter({ hasText: `${who} — присутствует` })).toBeVisible();
  await expect(present(page, who!)).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByLabel('Изображение с камеры')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('scanner.png') });
  // The same badge still in front of the camera: nothing new (no second journal entry below).

  await page.getByRole('button', { name: 'Закончить сканирование' }).click();
  await expect(page).toHaveURL(/\/attendance\/sessions\/[^/]+$/);
  await expect(page.getByLabel('Изображение с камеры')).toHaveCount(0);
  const trackStates = await page.evaluate(() =>
    (window as unknown as { qrStreams: MediaStream[] }).qrStreams.flatMap((s) =>
      s.getTracks().map((t) => t.readyState),
    ),
  );
  expect(trackStates.length).toBeGreaterThan(0);
  expect(trackStates.every((s) => s === 'ended')).toBe(true);

  // A fresh tab reads the same mark from the database.
  const other = await context.newPage();
  await other.goto(sessionUrl);
  await expect(present(other, who!)).toHaveAttribute('aria-checked', 'true');
  await other.close();

  // The journal says it came from a QR code; undo takes the mark back like a keyboard mark.
  const { journal } = await venueData(page);
  expect(journal.filter((e) => e.action === 'mark' && e.code === 'markScanned')).toHaveLength(1);
  await page.getByRole('button', { name: 'Отменить последнее изменение' }).click();
  await expect(present(page, who!)).toHaveAttribute('aria-checked', 'false');

  // Reopening the scanner gets the camera again (it was released), and the badge marks the pupil again.
  await page.getByRole('button', { name: 'Сканировать QR' }).click();
  await expect(present(page, who!)).toHaveAttribute('aria-checked', 'true');
});

test('a USB barcode scanner types codes: marked, a second scan changes nothing, a pupil of another group is offered as a walk-in, foreign codes are named', async ({
  page,
}) => {
  // The camera shows a white wall: only the typed codes count here.
  writeY4m(CAMERA, frameWith(null, 640, 480));
  await openWithDemo(page);
  const names = await openUnmarkedSession(page);
  await downloadBadges(page, 'badges-wedge.pdf');
  const { secret, pupils } = await venueData(page);
  const tokenOf = async (fio: string) => {
    const pupil = pupils.find((p) => joinFio(p) === fio)!;
    return pupilToken(secret!, pupil.id);
  };

  await page.getByRole('button', { name: 'Сканировать QR' }).click();
  const field = page.getByRole('textbox', { name: 'Код с бейджа' });
  await expect(field).toBeFocused();
  const status = page.getByRole('status');

  // A scanner types the QR's text and Enter, in whatever layout is on (here the Russian one: ЗЗ for PP).
  await field.pressSequentially(`ЗЗ${await tokenOf(names[1]!)}`);
  await field.press('Enter');
  await expect(status).toContainText(`${names[1]} — присутствует`);
  await expect(present(page, names[1]!)).toHaveAttribute('aria-checked', 'true');
  await expect(field).toHaveValue('');
  await expect(field).toBeFocused();

  await field.fill(pupilQrPayload(await tokenOf(names[1]!)));
  await field.press('Enter');
  await expect(status).toContainText(`${names[1]}: отметка уже стоит, ничего не изменено`);

  // A pupil of the venue who is not in this group: offered as a walk-in, then enrolled and marked.
  const outsider = pupils.map((p) => joinFio(p)).find((fio) => !names.includes(fio))!;
  await field.fill(await tokenOf(outsider));
  await field.press('Enter');
  await expect(status).toContainText(`${outsider}: нет в списке этой группы`);
  await status.getByRole('button', { name: 'Добавить как пришедшего' }).click();
  await expect(status).toContainText(`${outsider} — добавлено в группу, отмечено присутствие`);
  await expect(present(page, outsider)).toHaveAttribute('aria-checked', 'true');

  // Another venue's badge, a misread digit, and a code that is not a pupil's.
  await field.fill(await pupilToken('another-venue-secret', pupils[0]!.id));
  await field.press('Enter');
  await expect(status).toContainText('Код не найден в базе площадки');
  const good = await tokenOf(names[2]!);
  await field.fill(`${good.slice(0, 5)}${(Number(good[5]) + 1) % 10}${good.slice(6)}`);
  await field.press('Enter');
  await expect(status).toContainText('не сходится контрольная цифра');
  await field.fill('https://example.org/');
  await field.press('Enter');
  await expect(status).toContainText('Это не код участника ПрофПробы.');
  await expect(present(page, names[2]!)).toHaveAttribute('aria-checked', 'false');
});

test('badges for pupils chosen in the participant list: one QR per chosen pupil, each resolving to that pupil', async ({
  page,
}) => {
  await openWithDemo(page);
  await goToSection(page, 'Участники');
  const boxes = page.getByRole('table', { name: 'Участники' }).getByRole('checkbox', { name: /^Выбрать: / });
  await boxes.nth(0).click();
  await boxes.nth(2).click({ modifiers: ['Shift'] });
  const chosen: string[] = [];
  for (const i of [0, 1, 2])
    chosen.push(((await boxes.nth(i).getAttribute('aria-label')) ?? '').replace('Выбрать: ', ''));

  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Бейджи с QR-кодами' }).click(),
  ]);
  expect(dl.suggestedFilename()).toBe('Бейджи выбранных участников (3).pdf');
  mkdirSync(OUT, { recursive: true });
  const pdf = join(OUT, 'badges-chosen.pdf');
  await dl.saveAs(pdf);
  const prefix = join(OUT, 'chosen');
  execFileSync('pdftoppm', ['-r', '150', '-png', pdf, prefix]);
  const pngs = readdirSync(OUT)
    .filter((f) => f.startsWith('chosen-') && f.endsWith('.png'))
    .map((f) => join(OUT, f));
  const decoded = zbarDecode(pngs);
  expect(decoded).toHaveLength(3);

  const { secret, pupils } = await venueData(page);
  const index = new TokenIndex(secret!);
  await index.include(pupils.map((p) => p.id));
  const fioOf = new Map(pupils.map((p) => [p.id, joinFio(p)]));
  const resolved = decoded.map((text) => {
    const parsed = parseScannedCode(text);
    expect(parsed.kind).toBe('pupil');
    return fioOf.get(index.lookup((parsed as { token: string }).token) ?? '') ?? '';
  });
  // The list's label may carry the class after the name; each chosen row names one decoded pupil.
  for (const fio of resolved) expect(chosen.some((label) => label.startsWith(fio))).toBe(true);
  expect(new Set(resolved).size).toBe(3);
});
