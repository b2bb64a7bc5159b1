import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { confirmIssue, goToSection, openEcologyIssueForm, openWithDemo } from './helpers';

// Inside the run's output folder (a custom E2E_OUTPUT_DIR included), never beside it in the repository.
const OUT = `${process.env.E2E_OUTPUT_DIR ?? 'test-results'}/certificates-files`;
const CODE = /^[0-9A-Z]{4}-[0-9A-Z]{4}$/;

// Each test loads the demo, issues a batch and builds PDFs: on a shared, busy machine that takes a while.
test.describe.configure({ timeout: 240_000 });

/** The demo's ecology group ran three and two weeks ago: both sessions are past and marked. */
async function issueForEcologyGroup(page: Page): Promise<{ fios: string[]; count: number }> {
  await goToSection(page, 'Сертификаты');
  await page.getByRole('button', { name: 'Выдать сертификаты' }).first().click();
  await expect(page.getByRole('heading', { name: 'Выдача сертификатов', level: 1 })).toBeVisible();
  await page.getByRole('combobox', { name: 'Группа' }).click();
  await page.getByRole('option', { name: /^Эколог — / }).click();

  const eligible = page.getByRole('table', { name: 'Участники, которым будет выдан сертификат' });
  await expect(eligible.getByRole('row').nth(1)).toBeVisible();
  const submit = page.getByRole('button', { name: /^Выдать сертификаты \(\d+\)$/ });
  const count = Number(/\((\d+)\)/.exec((await submit.textContent()) ?? '')?.[1]);
  expect(count).toBeGreaterThan(3);
  const rows = eligible.getByRole('row');
  const fios: string[] = [];
  for (let i = 1; i < (await rows.count()); i++) {
    fios.push(((await rows.nth(i).getByRole('cell').nth(1).textContent()) ?? '').trim());
  }
  expect(fios).toHaveLength(count);
  // Those who missed a session are listed with the reason, not silently dropped.
  const skipped = page.getByRole('table', { name: 'Участники, которым сертификат не выдаётся' });
  await expect(skipped.getByRole('cell', { name: 'Проба не пройдена' }).first()).toBeVisible();

  await page.screenshot({ path: `${OUT}/issue-1366.png` });
  await submit.click();
  await confirmIssue(page, count);
  await expect(page.getByText(`Выдано сертификатов: ${count}`)).toBeVisible();
  return { fios, count };
}

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

/** Reads the QR code of a PDF's first page with zbarimg (zbar-tools) where it is installed; null otherwise. */
function decodeQr(file: string): string | null {
  if (!existsSync('/usr/bin/zbarimg')) return null;
  execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', '-singlefile', file, `${file}-qr`]);
  const out = execFileSync('/usr/bin/zbarimg', ['-q', '--raw', `${file}-qr.png`], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return out.trim();
}

function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
}

test('issues a batch for a group: one PDF page per certificate with each name and number', async ({
  page,
}) => {
  mkdirSync(OUT, { recursive: true });
  await openWithDemo(page);
  const { fios, count } = await issueForEcologyGroup(page);

  // Issuing again for the same group gives nothing: everyone now holds a certificate.
  await expect(page.getByText('В этой группе некому выдать сертификат.')).toBeVisible();
  await expect(
    page
      .getByRole('table', { name: 'Участники, которым сертификат не выдаётся' })
      .getByRole('cell', { name: /Уже есть сертификат/ }),
  ).toHaveCount(count);

  const downloadPromise = page.waitForEvent('download');
  // The batch is built in a Web Worker, so the window stays responsive.
  const workerPromise = page.waitForEvent('worker');
  await page.getByRole('button', { name: /^Скачать PDF \(\d+ сертификат/ }).click();
  expect((await workerPromise).url()).toContain('certificate-pdf.worker');
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^Сертификаты ИМП-\d{4}-0001 — ИМП-\d{4}-\d{4}\.pdf$/);
  const file = `${OUT}/batch.pdf`;
  await download.saveAs(file);

  expect(pdfPages(file)).toBe(count);
  const text = pdfText(file);
  expect(text).toContain('СЕРТИФИКАТ');
  expect(text).toContain('участника профессиональной пробы');
  expect(text).toContain('Эколог: анализ воды и почвы');
  expect(text).toContain('2 ак. ч.');
  // The director signs initials first («М. А. Соколова», no-break spaces).
  expect(text).toMatch(/М\.\s?А\.\s?Соколова/u);
  for (const fio of fios) expect(text).toContain(fio);
  const year = /ИМП-(\d{4})-0001/.exec(text)?.[1];
  for (let i = 1; i <= count; i++) expect(text).toContain(`ИМП-${year}-${String(i).padStart(4, '0')}`);
  // Never the date of birth or health data.
  expect(text).not.toMatch(/рожден|ОВЗ|нозолог|Нарушения слуха/i);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', file, `${OUT}/batch-page`]);
});

test('journal: cancel one, reissue it, verify genuine, cancelled and forged codes, export to Excel', async ({
  page,
}) => {
  mkdirSync(OUT, { recursive: true });
  await openWithDemo(page);
  const { count } = await issueForEcologyGroup(page);
  await page.getByRole('button', { name: 'Открыть журнал' }).click();
  await expect(page.getByRole('heading', { name: 'Сертификаты', level: 1 })).toBeVisible();
  await expect(page.getByText(`Показано ${count} из ${count}`)).toBeVisible();
  const journal = page.getByRole('table', { name: 'Журнал выдачи сертификатов' });
  await expect(journal.getByRole('row')).toHaveCount(count + 1);
  await page.screenshot({ path: `${OUT}/journal-1366.png` });

  // Open the first certificate and note its number and code.
  const firstRow = journal.getByRole('row').filter({ hasText: /ИМП-\d{4}-0001/ });
  const oldNumber = /ИМП-\d{4}-0001/.exec((await firstRow.textContent()) ?? '')![0];
  await firstRow.click();
  await expect(page.getByRole('heading', { name: `Сертификат № ${oldNumber}`, level: 1 })).toBeVisible();
  const oldCode = ((await page.getByText(CODE).textContent()) ?? '').trim();
  expect(oldCode).toMatch(CODE);

  // Cancel: the reason is required.
  await page.getByRole('button', { name: 'Аннулировать', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Аннулировать сертификат № ${oldNumber}?` });
  await dialog.getByRole('button', { name: 'Аннулировать сертификат' }).click();
  await expect(dialog.getByText('Укажите причину аннулирования')).toBeVisible();
  await dialog.getByLabel('Причина аннулирования').fill('Ошибка в фамилии');
  await dialog.getByRole('button', { name: 'Аннулировать сертификат' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Ошибка в фамилии')).toBeVisible();
  await expect(page.getByText('Аннулирован', { exact: true })).toBeVisible();
  await page.screenshot({ path: `${OUT}/cancelled-1366.png` });

  // Reissue: a new number, linked both ways.
  await page.getByRole('button', { name: 'Перевыпустить' }).click();
  await page.getByRole('button', { name: 'Перевыпустить сертификат' }).click();
  const newNumber = oldNumber.replace(/-0001$/, `-${String(count + 1).padStart(4, '0')}`);
  await expect(page.getByRole('heading', { name: `Сертификат № ${newNumber}`, level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: `№ ${oldNumber}` })).toBeVisible();
  const newCode = ((await page.getByText(CODE).textContent()) ?? '').trim();
  expect(newCode).toMatch(CODE);
  await page.getByRole('link', { name: `№ ${oldNumber}` }).click();
  await expect(page.getByRole('link', { name: `№ ${newNumber}` })).toBeVisible();

  // The re-downloaded PDF of the replacement is one page with its number.
  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('link', { name: `№ ${newNumber}` }).click();
  await page.getByRole('button', { name: 'Скачать PDF' }).click();
  const single = `${OUT}/single.pdf`;
  await (await pdfDownload).saveAs(single);
  expect(pdfPages(single)).toBe(1);
  expect(pdfText(single)).toContain(newNumber);
  expect(pdfText(single)).toContain(newCode);
  const expectedPayload = `ПрофПроба: сертификат № ${newNumber}, код проверки ${newCode}`;
  const scanned = decodeQr(single);
  if (scanned !== null) expect(scanned).toBe(expectedPayload);

  // The journal filters by status.
  await page.getByRole('link', { name: 'Сертификаты' }).first().click();
  await expect(page.getByText(`Показано ${count + 1} из ${count + 1}`)).toBeVisible();
  await page.getByRole('combobox', { name: 'Статус' }).click();
  await page.getByRole('option', { name: 'Аннулирован' }).click();
  await expect(page.getByText(`Показано 1 из ${count + 1}`)).toBeVisible();
  await expect(journal.getByRole('row').filter({ hasText: oldNumber })).toBeVisible();

  await page.getByRole('button', { name: 'Сбросить фильтры' }).click();

  // A batch re-download from the journal prints only the certificates in force.
  const batchDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: `Скачать PDF действующих (${count})` }).click();
  const again = `${OUT}/journal-batch.pdf`;
  await (await batchDownload).saveAs(again);
  expect(pdfPages(again)).toBe(count);
  expect(pdfText(again)).toContain(newNumber);
  expect(pdfText(again)).not.toContain(oldNumber);

  // Export the journal and read it back.
  const xlsxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Экспорт в Excel' }).click();
  const xlsxFile = `${OUT}/journal.xlsx`;
  await (await xlsxDownload).saveAs(xlsxFile);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsxFile);
  const sheet = workbook.getWorksheet('Журнал сертификатов')!;
  expect(sheet.getRow(1).getCell(1).value).toBe('Номер');
  expect(sheet.rowCount).toBe(count + 2);
  const byNumber = new Map<string, ExcelJS.Row>();
  sheet.eachRow((row, n) => {
    if (n > 1) byNumber.set(String(row.getCell(1).value), row);
  });
  expect(byNumber.get(oldNumber)?.getCell(2).value).toBe('Аннулирован');
  expect(byNumber.get(oldNumber)?.getCell(14).value).toBe('Ошибка в фамилии');
  expect(byNumber.get(oldNumber)?.getCell(16).value).toBe(newNumber);
  expect(byNumber.get(newNumber)?.getCell(15).value).toBe(oldNumber);
  expect(byNumber.get(newNumber)?.getCell(3).value).toBeInstanceOf(Date);

  // Verification, offline.
  await page.getByRole('button', { name: 'Проверить сертификат' }).click();
  await expect(page.getByRole('heading', { name: 'Проверить сертификат', level: 1 })).toBeVisible();
  await page.getByLabel('Номер сертификата').fill(newNumber);
  await page.getByLabel('Код проверки').fill(newCode.toLowerCase());
  await page.getByRole('button', { name: 'Проверить', exact: true }).click();
  await expect(page.getByText('Сертификат подлинный')).toBeVisible();

  const forged = (newCode[0] === 'A' ? 'B' : 'A') + newCode.slice(1);
  await page.getByLabel('Код проверки').fill(forged);
  await page.getByRole('button', { name: 'Проверить', exact: true }).click();
  await expect(page.getByText('Сертификат не подтверждён')).toBeVisible();

  await page.getByLabel('Номер сертификата').fill(oldNumber);
  await page.getByLabel('Код проверки').fill(oldCode);
  await page.getByRole('button', { name: 'Проверить', exact: true }).click();
  await expect(page.getByText('Сертификат аннулирован')).toBeVisible();
  await expect(page.getByText(/Причина: Ошибка в фамилии/)).toBeVisible();
  await page.screenshot({ path: `${OUT}/verify-1366.png` });

  // A pasted QR payload (as read from the printed code) fills both fields and checks at once.
  await page.getByLabel('Содержимое QR-кода').fill(scanned ?? expectedPayload);
  await expect(page.getByText('Сертификат подлинный')).toBeVisible();
  await expect(page.getByLabel('Номер сертификата')).toHaveValue(newNumber);
});

test('certificate design: choose a design, edit a line, see it in the preview, save it', async ({ page }) => {
  mkdirSync(OUT, { recursive: true });
  await openWithDemo(page);
  await goToSection(page, 'Сертификаты');
  await page.getByRole('button', { name: 'Оформление' }).click();
  await expect(page.getByRole('heading', { name: 'Оформление сертификата', level: 1 })).toBeVisible();
  const preview = page.getByRole('img', { name: 'Предпросмотр сертификата' });
  await expect(preview).toContainText('СЕРТИФИКАТ');
  await page.getByRole('textbox', { name: 'Заголовок', exact: true }).fill('');
  await expect(page.getByText('Укажите заголовок сертификата')).toBeVisible();
  await page.getByRole('textbox', { name: 'Заголовок', exact: true }).fill('СЕРТИФИКАТ УЧАСТНИКА');
  await expect(preview).toContainText('СЕРТИФИКАТ УЧАСТНИКА');
  await page.getByText('Современный', { exact: true }).click();
  await page.getByRole('button', { name: 'Сохранить оформление' }).click();
  await expect(page.getByText('Оформление сертификата сохранено')).toBeVisible();
  await page.screenshot({ path: `${OUT}/design-1366.png` });

  const sample = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Пробный PDF' }).click();
  const file = `${OUT}/sample.pdf`;
  await (await sample).saveAs(file);
  expect(pdfText(file)).toMatch(/СЕРТИФИКАТ\s+УЧАСТНИКА/);

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Заголовок', exact: true })).toHaveValue(
    'СЕРТИФИКАТ УЧАСТНИКА',
  );
});

test('issues a certificate to one participant of a group', async ({ page }) => {
  await openWithDemo(page);
  await goToSection(page, 'Сертификаты');
  const { count } = await openEcologyIssueForm(page);

  await page.getByRole('checkbox', { name: 'Выбрать всех' }).uncheck();
  await expect(page.getByRole('button', { name: 'Выдать сертификаты (0)' })).toBeDisabled();
  const one = page.getByRole('checkbox', { name: /^Выдать: / }).first();
  const fio = ((await one.getAttribute('aria-label')) ?? '').replace('Выдать: ', '');
  await one.check();
  await page.getByRole('button', { name: 'Выдать сертификаты (1)' }).click();
  await confirmIssue(page, 1);
  await expect(page.getByText('Выдано сертификатов: 1')).toBeVisible();

  // The others are still waiting; the one issued is now skipped as already certified.
  await expect(page.getByRole('button', { name: `Выдать сертификаты (${count - 1})` })).toBeVisible();
  const skippedRow = page
    .getByRole('table', { name: 'Участники, которым сертификат не выдаётся' })
    .getByRole('row')
    .filter({ hasText: fio });
  await expect(skippedRow).toContainText(/Уже есть сертификат по этой программе \(№ ИМП-\d{4}-0001\)/);
});

test('a batch of hundreds shows progress and arrives as one PDF with a page each', async ({ page }) => {
  mkdirSync(OUT, { recursive: true });
  await openWithDemo(page);
  await issueForEcologyGroup(page);
  // Test setup only: copies of an issued certificate under new numbers, written straight into IndexedDB.
  const extra = 300;
  await page.evaluate(
    (n) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('profproba');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const tx = idb.transaction('certificates', 'readwrite');
          const store = tx.objectStore('certificates');
          const all = store.getAll();
          all.onsuccess = () => {
            const base = all.result[0] as { number: string; seq: number };
            for (let i = 0; i < n; i++) {
              const seq = 1000 + i;
              store.put({
                ...base,
                id: `bulk-${i}`,
                seq,
                number: base.number.replace(/\d{4}$/, String(seq)),
              });
            }
          };
          tx.oncomplete = () => {
            idb.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    extra,
  );
  await page.reload();
  await goToSection(page, 'Сертификаты');
  const button = page.getByRole('button', { name: /^Скачать PDF действующих \(\d+\)$/ });
  // The journal counts while it loads: wait for the whole of it before reading the count.
  await expect(button).toHaveAccessibleName(/\(\d{3,}\)$/);
  const total = Number(/\((\d+)\)/.exec((await button.textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(extra);

  const download = page.waitForEvent('download', { timeout: 180_000 });
  await button.click();
  const progress = page.getByRole('dialog', { name: 'Формирование PDF' });
  await expect(progress).toBeVisible();
  await expect(progress.getByText(new RegExp(`из ${total}$`))).toBeVisible();
  // The window stays responsive while the worker builds the file: the search box still takes typing.
  await page.getByRole('textbox', { name: 'Поиск по ФИО и номеру' }).fill('ИМП');
  const file = `${OUT}/hundreds.pdf`;
  await (await download).saveAs(file);
  await expect(progress).toBeHidden();
  expect(pdfPages(file)).toBe(total);
});
