import { describe, expect, it } from 'vitest';
import { isRuleError, type RuleError } from '../errors';
import settingsRu from '../../renderer/src/features/settings/locales/ru.json';
import {
  decodePayload,
  derivePasswordKey,
  encodeBackup,
  fromBase64,
  MAX_PBKDF2_ITERATIONS,
  opensWithoutPassword,
  parseBackup,
  passwordMatches,
  PBKDF2_ITERATIONS,
  type BackupHeader,
} from './format';

const TABLES = ['venue', 'participants', 'journal', 'settings'];
const DATA = {
  venue: [{ id: 'venue', shortName: 'ЦТТ «Вектор»', logoDataUrl: null }],
  participants: [
    {
      id: 'p1',
      lastName: 'Ёлкина',
      firstName: 'Анна',
      birthDate: '2011-03-04',
      searchWords: ['елкина', 'анна'],
    },
    { id: 'p2', lastName: 'Петров', firstName: 'Пётр', birthDate: null, note: 'строка\nс переводом' },
  ],
  journal: [
    {
      id: 1,
      at: '2026-11-24T06:00:00.000Z',
      action: 'demo-load',
      entity: 'venue',
      entityId: 'venue',
      summary: '',
    },
  ],
  settings: [],
} as Record<string, unknown[]>;

function chunks() {
  return TABLES.map((table) => ({ table, rows: DATA[table]! }));
}

async function makeBackup(password?: string, schemaVersion = 1): Promise<Uint8Array> {
  return encodeBackup(
    {
      appVersion: '0.1.0',
      schemaVersion,
      createdAt: '2026-11-24T06:30:00.000Z',
      chunks: chunks(),
      password,
      iterations: 1000,
    },
    TABLES,
  );
}

function headerOf(file: Uint8Array): BackupHeader {
  return parseBackup(file, 1).header;
}

async function refusal(run: () => unknown): Promise<RuleError> {
  try {
    await run();
  } catch (error) {
    if (isRuleError(error)) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

/** The Russian words the settings page shows for a refusal (the code's entry, parameters filled in). */
function words(error: RuleError): string {
  const key = error.code.replace(/^settings\./, '') as keyof typeof settingsRu.errors;
  return settingsRu.errors[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(error.params[name]));
}

async function expectRefused(run: () => unknown, code: string, text: RegExp) {
  const error = await refusal(run);
  expect(error.code).toBe(code);
  expect(words(error)).toMatch(text);
}

describe('backup file format', () => {
  it('round-trips every record, with a readable one-line JSON header', async () => {
    const file = await makeBackup();
    const firstLine = new TextDecoder().decode(file.subarray(0, file.indexOf(0x0a)));
    const header = JSON.parse(firstLine) as BackupHeader;
    expect(header).toMatchObject({
      format: 'profproba-backup',
      formatVersion: 2,
      appVersion: '0.1.0',
      schemaVersion: 1,
      createdAt: '2026-11-24T06:30:00.000Z',
      counts: { venue: 1, participants: 2, journal: 1, settings: 0 },
      payload: { content: 'ndjson', compression: 'gzip' },
      encryption: null,
    });
    const tables = await decodePayload(parseBackup(file, 1));
    expect(Object.fromEntries(tables)).toEqual(DATA);
  });

  it('encrypts with a password (AES-GCM, PBKDF2-SHA-256 ≥ 600 000 iterations by default)', async () => {
    const file = await encodeBackup(
      {
        appVersion: '0.1.0',
        schemaVersion: 1,
        createdAt: '2026-11-24T06:30:00.000Z',
        chunks: chunks(),
        password: 'Пароль-2026',
      },
      TABLES,
    );
    const { encryption } = headerOf(file);
    expect(encryption).toMatchObject({ algorithm: 'AES-GCM', keyLength: 256 });
    // Format 2: the random payload key is wrapped by the password-derived key (one slot for a manual copy).
    const slots = (encryption as unknown as { keys: Record<string, unknown>[] }).keys;
    expect(slots).toHaveLength(1);
    const slot = slots[0] as { kind: string; kdf: string; iterations: number; salt: string; iv: string };
    expect(slot).toMatchObject({ kind: 'password', kdf: 'PBKDF2-SHA-256' });
    expect(slot.iterations).toBeGreaterThanOrEqual(600_000);
    expect(slot.iterations).toBe(PBKDF2_ITERATIONS);
    expect(fromBase64(slot.salt)).toHaveLength(16);
    expect(fromBase64(slot.iv)).toHaveLength(12);
    expect(fromBase64(encryption!.iv)).toHaveLength(12);
    // No plaintext leaks into the file.
    expect(new TextDecoder().decode(file)).not.toContain('Ёлкина');
    const tables = await decodePayload(parseBackup(file, 1), 'Пароль-2026');
    expect(tables.get('participants')).toEqual(DATA.participants);
  });

  it('refuses a wrong or missing password with its own message', async () => {
    const file = await makeBackup('верный пароль');
    await expectRefused(
      () => decodePayload(parseBackup(file, 1), 'неверный'),
      'settings.backupWrongPassword',
      /^Неверный пароль/,
    );
    await expectRefused(
      () => decodePayload(parseBackup(file, 1)),
      'settings.backupPasswordRequired',
      /зашифрована паролем/,
    );
  });

  it('refuses a flipped byte in the payload by the checksum (encrypted or not)', async () => {
    for (const password of [undefined, 'пароль']) {
      const file = await makeBackup(password);
      file[file.length - 5] = file[file.length - 5]! ^ 0x01;
      await expectRefused(
        () => decodePayload(parseBackup(file, 1), password),
        'settings.backupChecksum',
        /Контрольная сумма.*не совпадает/,
      );
    }
  });

  it('refuses a flipped byte in the header', async () => {
    const file = await makeBackup();
    const text = new TextDecoder().decode(file.subarray(0, file.indexOf(0x0a)));
    // Break the JSON syntax, then change a count: both are caught.
    const brace = text.indexOf('"counts"') + 8;
    const broken = file.slice();
    broken[brace] = 0x3b; // ':' → ';'
    await expectRefused(
      () => parseBackup(broken, 1),
      'settings.backupHeaderNotJson',
      /Заголовок резервной копии повреждён/,
    );
    const count = text.indexOf('"participants":2') + '"participants":'.length;
    const miscounted = file.slice();
    miscounted[count] = 0x33; // 2 → 3
    await expectRefused(() => decodePayload(parseBackup(miscounted, 1)), 'settings.backupPayloadCount', /3/);
  });

  it('refuses a truncated file', async () => {
    const file = await makeBackup();
    await expectRefused(
      () => parseBackup(file.subarray(0, file.length - 10), 1),
      'settings.backupTruncated',
      /обрезан/,
    );
    await expectRefused(
      () => parseBackup(file.subarray(0, 40), 1),
      'settings.backupTruncatedHeader',
      /обрезан/,
    );
  });

  it('refuses a foreign JSON and other foreign files', async () => {
    const enc = new TextEncoder();
    for (const foreign of [
      enc.encode('{"formatName":"dexie","formatVersion":1,"data":{}}'),
      enc.encode('{"format":"other"}\n'),
      enc.encode('PK\u0003\u0004 zip'),
      new Uint8Array(0),
    ]) {
      await expectRefused(
        () => parseBackup(foreign, 1),
        'settings.backupNotBackup',
        /^Это не резервная копия ПрофПробы/,
      );
    }
  });

  it('refuses a newer schema and a newer format, naming the versions', async () => {
    const newer = await makeBackup(undefined, 3);
    await expectRefused(
      () => parseBackup(newer, 2),
      'settings.backupNewerSchema',
      /более новой версией ПрофПробы.*схема данных 3.*схема 2/,
    );
    const file = await makeBackup();
    const lf = file.indexOf(0x0a);
    const header = new TextDecoder()
      .decode(file.subarray(0, lf))
      .replace('"formatVersion":2', '"formatVersion":9');
    const bumped = new Uint8Array([...new TextEncoder().encode(header), ...file.subarray(lf)]);
    await expectRefused(
      () => parseBackup(bumped, 1),
      'settings.backupNewerFormat',
      /более новом формате \(версия 9/,
    );
  });
});

describe('format 2: wrapped keys and an authenticated header', () => {
  /** A stand-in for Electron's safeStorage: only "this PC" can undo it. */
  const thisPc = {
    protect: async (key: Uint8Array) => new Uint8Array([0x50, ...key.map((b) => b ^ 0x5a)]),
    unprotect: async (wrapped: Uint8Array) => {
      if (wrapped[0] !== 0x50) throw new Error('not this PC');
      return wrapped.subarray(1).map((b) => b ^ 0x5a);
    },
  };

  async function automatic(): Promise<Uint8Array> {
    const passwordKey = await derivePasswordKey('Пароль площадки', 1000);
    return encodeBackup(
      {
        appVersion: '0.1.0',
        schemaVersion: 1,
        createdAt: '2026-11-24T06:30:00.000Z',
        chunks: chunks(),
        lock: { passwordKey, protect: thisPc.protect },
      },
      TABLES,
    );
  }

  it('an automatic copy opens on this PC without a password and elsewhere with the venue password', async () => {
    const file = await automatic();
    const text = new TextDecoder().decode(file);
    expect(text).not.toContain('Ёлкина');
    const parsed = parseBackup(file, 1);
    expect(await opensWithoutPassword(parsed.header.encryption!, thisPc)).toBe(true);
    expect((await decodePayload(parsed, { unprotect: thisPc.unprotect })).get('participants')).toEqual(
      DATA.participants,
    );
    const otherPc = async () => Promise.reject(new Error('DPAPI: another user'));
    expect(await opensWithoutPassword(parsed.header.encryption!, { unprotect: otherPc })).toBe(false);
    await expectRefused(
      () => decodePayload(parsed, { unprotect: otherPc }),
      'settings.backupPasswordRequired',
      /зашифрована паролем/,
    );
    const tables = await decodePayload(parsed, { unprotect: otherPc, password: 'Пароль площадки' });
    expect(tables.get('participants')).toEqual(DATA.participants);
  });

  it('a copy with only this PC’s key says it opens only on the PC that made it', async () => {
    const file = await encodeBackup(
      {
        appVersion: '0.1.0',
        schemaVersion: 1,
        createdAt: '2026-11-24T06:30:00.000Z',
        chunks: chunks(),
        lock: { protect: thisPc.protect },
      },
      TABLES,
    );
    await expectRefused(
      () => decodePayload(parseBackup(file, 1), { password: 'любой' }),
      'settings.backupOtherComputer',
      /ключом другого компьютера/,
    );
  });

  it('a header changed after writing (counts, schema) fails authentication though the checksum matches', async () => {
    const file = await automatic();
    const lf = file.indexOf(0x0a);
    const header = new TextDecoder().decode(file.subarray(0, lf));
    for (const [from, to] of [
      ['"participants":2', '"participants":3'],
      ['"createdAt":"2026-11-24', '"createdAt":"2025-11-24'],
    ] as const) {
      const changed = new Uint8Array([
        ...new TextEncoder().encode(header.replace(from, to)),
        ...file.subarray(lf),
      ]);
      await expectRefused(
        () => decodePayload(parseBackup(changed, 1), { password: 'Пароль площадки' }),
        'settings.backupHeaderTampered',
        /заголовок.*изменён/i,
      );
    }
  });

  it('refuses an iteration count above the cap before deriving anything', async () => {
    const file = await makeBackup('пароль');
    const lf = file.indexOf(0x0a);
    const header = new TextDecoder()
      .decode(file.subarray(0, lf))
      .replace('"iterations":1000', '"iterations":2000000000');
    const hostile = new Uint8Array([...new TextEncoder().encode(header), ...file.subarray(lf)]);
    await expectRefused(() => parseBackup(hostile, 1), 'settings.backupTooManyIterations', /2000000000/);
    expect(MAX_PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(PBKDF2_ITERATIONS);
  });

  it('still reads format 1 files, encrypted and not', async () => {
    for (const password of [undefined, 'старый пароль']) {
      const file = await encodeBackup(
        {
          appVersion: '0.1.0',
          schemaVersion: 1,
          createdAt: '2026-11-24T06:30:00.000Z',
          chunks: chunks(),
          password,
          iterations: 1000,
          formatVersion: 1,
        },
        TABLES,
      );
      expect(headerOf(file).formatVersion).toBe(1);
      expect(Object.fromEntries(await decodePayload(parseBackup(file, 1), password))).toEqual(DATA);
    }
  });

  it('the venue password key is checked against a typed password', async () => {
    const stored = await derivePasswordKey('Пароль площадки', 1000);
    expect(await passwordMatches('Пароль площадки', stored)).toBe(true);
    expect(await passwordMatches('другой', stored)).toBe(false);
  });
});
