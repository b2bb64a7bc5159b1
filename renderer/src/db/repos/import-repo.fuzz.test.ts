import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { todayIso } from '@shared/dates';
import { isRuleError } from '@shared/errors';
import { buildImportPlan, classifyRows } from '@shared/import/classify';
import { mappingProblem } from '@shared/import/fields';
import { buildImportRows } from '@shared/import/rows';
import { storedParticipantProblem } from '@shared/participants/stored-check';
import { readImportFile } from '../../features/participants/import/read-file';
import { wordsOf } from '../../i18n/test-words';
import { loadExistingData } from '../queries/participants';
import { freshDbFactory } from '../testing/test-db';
import { commitImport } from './import-repo';

/*
 * The import fed hostile files made from the fixtures, through the same functions the wizard's worker and
 * commit use, on a fresh fake-indexeddb. Seeded, so a failure names the seed and input that reproduce it.
 * A few dozen inputs by default; `FUZZ_COUNT=5000 npx vitest run renderer/src/db/repos/import-repo.fuzz.test.ts`
 * on demand (FUZZ_SEED picks another sequence).
 */
const COUNT = Number(process.env.FUZZ_COUNT ?? 120);
const SEED = Number(process.env.FUZZ_SEED ?? 16);
/** A file that takes longer than this to read, classify and commit counts as a hang. */
const PER_FILE_MS = 5_000;

const freshDb = freshDbFactory('import-fuzz');
const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../../tests/fixtures/${name}`, import.meta.url)));

/** mulberry32: a small seeded generator, enough to pick mutations reproducibly. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOSTILE_CELLS = [
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  '=HYPERLINK("http://x","y")',
  '+7 (900) 000-00-00',
  '-Иванов',
  '@SUM(A1)',
  'Иван\u0000ов\u0007',
  'Я'.repeat(5000),
  'Абpaмoв',
  'Cмирнова Oльга Пaвловна',
  '"',
  ';;;',
  '\r\n',
  '31.02.2012',
  '12Б',
  '',
];

type Mutation = (r: () => number, csv: string) => { bytes: Uint8Array; name: string };
const utf8 = (text: string) => new TextEncoder().encode(text);
const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

/** Text-level mutations of a CSV school list: cells, headers, rows. */
const csvMutations: Mutation[] = [
  // Hostile text in random cells (the header row included).
  (r, csv) => {
    const lines = csv.split('\n').map((l) => l.split(','));
    for (let i = 0; i < 1 + Math.floor(r() * 8); i++) {
      const line = pick(r, lines);
      line[Math.floor(r() * line.length)] = pick(r, HOSTILE_CELLS);
    }
    return { bytes: utf8(lines.map((l) => l.join(',')).join('\n')), name: 'cells.csv' };
  },
  // The header shifted down and right, and repeated further down.
  (r, csv) => {
    const lines = csv.split('\n');
    const pad = ','.repeat(Math.floor(r() * 4));
    const shifted = lines.map((l) => pad + l);
    shifted.splice(1 + Math.floor(r() * (lines.length - 1)), 0, shifted[0]!);
    return { bytes: utf8(`Список класса\n\n${shifted.join('\n')}`), name: 'shifted.csv' };
  },
  // Two columns with the same header.
  (r, csv) => {
    const lines = csv.split('\n').map((l) => l.split(','));
    const i = Math.floor(r() * lines[0]!.length);
    const out = lines.map((l) => [...l, l[i] ?? ''].join(','));
    return { bytes: utf8(out.join('\n')), name: 'duplicated.csv' };
  },
  // Mixed encodings: a cp1251 byte run inside UTF-8 text.
  (r, csv) => {
    const bytes = utf8(csv);
    const at = Math.floor(r() * bytes.length);
    const cp1251 = new Uint8Array([0xc8, 0xe2, 0xe0, 0xed, 0xee, 0xe2]);
    return {
      bytes: new Uint8Array([...bytes.slice(0, at), ...cp1251, ...bytes.slice(at)]),
      name: 'mixed.csv',
    };
  },
];

/** Byte-level mutations of any file. */
function flipBytes(r: () => number, bytes: Uint8Array): Uint8Array {
  const out = bytes.slice();
  for (let i = 0; i < 1 + Math.floor(r() * 16); i++)
    out[Math.floor(r() * out.length)] = Math.floor(r() * 256);
  return out;
}
const truncate = (r: () => number, bytes: Uint8Array) => bytes.slice(0, Math.floor(r() * bytes.length));

interface Bases {
  utf8: string;
  cp1251: Uint8Array;
  xlsx: Uint8Array;
  mergedXlsx: Uint8Array;
}

/** The platform sample with a merge A1:XFD1048576 added to its sheet. */
async function withWholeSheetMerge(xlsx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  const [sheet] = zip.file(/^xl\/worksheets\/[^/]+\.xml$/);
  const xml = await sheet!.async('string');
  zip.file(
    sheet!.name,
    xml.includes('<mergeCells')
      ? xml.replace(/<mergeCells[^>]*>/, '$&<mergeCell ref="A1:XFD1048576"/>')
      : xml.replace(
          '</sheetData>',
          '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
        ),
  );
  return zip.generateAsync({ type: 'uint8array' });
}

function hostileInput(r: () => number, bases: Bases) {
  const kind = Math.floor(r() * 6);
  if (kind <= 1) return pick(r, csvMutations)(r, bases.utf8);
  if (kind === 2)
    return { bytes: flipBytes(r, pick(r, [utf8(bases.utf8), bases.cp1251])), name: 'flipped.csv' };
  if (kind === 3)
    return {
      bytes: truncate(r, pick(r, [bases.cp1251, bases.xlsx])),
      name: pick(r, ['cut.csv', 'cut.xlsx']),
    };
  if (kind === 4) return { bytes: flipBytes(r, bases.xlsx), name: 'flipped.xlsx' };
  // The workbook as it is, or with a merge over the whole sheet (refused before it is loaded).
  return r() < 0.5
    ? { bytes: bases.xlsx, name: 'platform.xlsx' }
    : { bytes: bases.mergedXlsx, name: 'merged.xlsx' };
}

function withinLimit<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${PER_FILE_MS} ms`)), PER_FILE_MS);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

describe('import fuzz', () => {
  it(`every hostile text in every column, then ${COUNT} random hostile files (seed ${SEED}): only the import's own Russian errors, counts add up, every stored record passes the schema`, async () => {
    const xlsx = fixture('platform-export-sample.xlsx');
    const bases: Bases = {
      mergedXlsx: await withWholeSheetMerge(xlsx),
      // The school list with a «Пол» column added: a mapped column whose values are looked up by word.
      utf8: new TextDecoder()
        .decode(fixture('school-list-utf8.csv'))
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)
        .filter(Boolean)
        .map((line, i) => `${line},${i === 0 ? 'Пол' : i % 2 ? 'М' : 'Ж'}`)
        .join('\n'),
      cp1251: fixture('school-list-cp1251.csv'),
      xlsx,
    };
    // First every hostile text in every column of one row, then the seeded random inputs.
    const lines = bases.utf8.split('\n').map((l) => l.split(','));
    const everyCell = HOSTILE_CELLS.flatMap((text) =>
      lines[0]!.map((_, column) => ({
        bytes: utf8(
          lines
            .map((l, i) => (i === 1 ? l.map((c, j) => (j === column ? text : c)) : l).join(','))
            .join('\n'),
        ),
        name: `column-${column}.csv`,
      })),
    );
    const r = random(SEED);
    const db = freshDb();
    let committed = 0;
    for (let n = 0; n < everyCell.length + COUNT; n++) {
      const input = everyCell[n] ?? hostileInput(r, bases);
      const label = `input ${n} (${input.name}, seed ${SEED})`;
      const before = await db.participants.count();
      try {
        const counts = await withinLimit(
          (async () => {
            const read = await readImportFile(input.bytes, input.name);
            if (mappingProblem(read.mapping)) return null;
            const rows = buildImportRows(
              read.rows,
              read.headerIndex,
              read.mapping,
              todayIso(),
              read.isPlatform,
            );
            const existing = await loadExistingData(db);
            const plan = buildImportPlan(classifyRows(rows, existing), existing.schools);
            // What crosses from the worker and into IndexedDB must be plain data.
            structuredClone(plan);
            const result = await commitImport(plan, { fileName: input.name, source: 'school-import' }, db);
            expect(result.added, label).toBe(plan.adds.length);
            expect(result.invalid, label).toBe(rows.filter((x) => x.errors.length > 0).length);
            return result;
          })(),
          label,
        );
        if (counts) {
          committed += 1;
          expect(await db.participants.count(), label).toBe(before + counts.added);
        }
      } catch (error) {
        if (!isRuleError(error)) throw new Error(`${label}: ${String(error)}`, { cause: error });
        // The import's own error, said in Russian (wordsOf throws when the code has no words).
        expect(wordsOf(error), label).toMatch(/[А-Яа-яЁё]/);
        expect(await db.participants.count(), label).toBe(before);
      }
    }
    const stored = await db.participants.toArray();
    for (const p of stored) expect(storedParticipantProblem(p), `${p.lastName} ${p.firstName}`).toBeNull();
    expect(committed).toBeGreaterThan(0);
  }, 600_000);
});
