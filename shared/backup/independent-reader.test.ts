import { createCipheriv, createDecipheriv, createHash, pbkdf2Sync, randomBytes } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodePayload, encodeBackup, parseBackup } from './format';
import { openStreamWriter, streamKeys } from './stream';

/**
 * docs/backup-format.md says another program can read and write backups. This is that other program, built
 * only from the document with Node's zlib and crypto (no WebCrypto, no code of format.ts).
 */
function writeLikeTheDocs(tables: Record<string, unknown[]>, password?: string): Uint8Array {
  const ndjson = Object.entries(tables)
    .filter(([, rows]) => rows.length > 0)
    .map(([table, rows]) => `${JSON.stringify({ table, rows })}\n`)
    .join('');
  let payload = gzipSync(Buffer.from(ndjson, 'utf8'));
  let encryption = null;
  if (password) {
    const salt = randomBytes(16);
    const iv = randomBytes(12);
    const key = pbkdf2Sync(Buffer.from(password.normalize('NFC'), 'utf8'), salt, 1000, 32, 'sha256');
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    payload = Buffer.concat([cipher.update(payload), cipher.final(), cipher.getAuthTag()]);
    encryption = {
      algorithm: 'AES-GCM',
      keyLength: 256,
      tagLength: 128,
      kdf: 'PBKDF2-SHA-256',
      iterations: 1000,
      salt: salt.toString('base64'),
      iv: iv.toString('base64'),
    };
  }
  const header = {
    format: 'profproba-backup',
    formatVersion: 1,
    appVersion: 'external',
    schemaVersion: 1,
    createdAt: '2026-11-24T06:30:00.000Z',
    counts: Object.fromEntries(Object.entries(tables).map(([t, rows]) => [t, rows.length])),
    payload: {
      content: 'ndjson',
      compression: 'gzip',
      byteLength: payload.length,
      sha256: createHash('sha256').update(payload).digest('hex'),
    },
    encryption,
  };
  return new Uint8Array(Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), payload]));
}

function readLikeTheDocs(file: Uint8Array, password?: string): Record<string, unknown[]> {
  const data = Buffer.from(file);
  const lf = data.indexOf(0x0a);
  const header = JSON.parse(data.subarray(0, lf).toString('utf8')) as {
    payload: { byteLength: number; sha256: string };
    encryption: {
      iv: string;
      keys: { kind: string; salt: string; iv: string; iterations: number; wrapped: string }[];
    } | null;
  };
  let payload = data.subarray(lf + 1);
  expect(payload.length).toBe(header.payload.byteLength);
  expect(createHash('sha256').update(payload).digest('hex')).toBe(header.payload.sha256);
  const open = (key: Buffer, iv: string, sealed: Buffer, aad?: Buffer) => {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
    if (aad) decipher.setAAD(aad);
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]);
  };
  if (header.encryption) {
    // Format 2 (§4): derive the wrapping key, unwrap the payload key, open the payload with the header
    // (checksum replaced by 64 zeros) as additional data.
    const slot = header.encryption.keys.find((k) => k.kind === 'password')!;
    const wrapping = pbkdf2Sync(
      password!.normalize('NFC'),
      Buffer.from(slot.salt, 'base64'),
      slot.iterations,
      32,
      'sha256',
    );
    const payloadKey = open(wrapping, slot.iv, Buffer.from(slot.wrapped, 'base64'));
    const aad = Buffer.from(
      data.subarray(0, lf).toString('utf8').replace(header.payload.sha256, '0'.repeat(64)),
      'utf8',
    );
    payload = open(payloadKey, header.encryption.iv, payload, aad);
  }
  const out: Record<string, unknown[]> = {};
  for (const line of gunzipSync(payload).toString('utf8').split('\n')) {
    if (!line) continue;
    const chunk = JSON.parse(line) as { table: string; rows: unknown[] };
    (out[chunk.table] ??= []).push(...chunk.rows);
  }
  return out;
}

const TABLES = {
  venue: [{ id: 'venue', shortName: 'ЦТТ «Вектор»', logoDataUrl: null }],
  participants: [{ id: 'p1', lastName: 'Ёлкина', searchWords: ['елкина'] }],
  settings: [],
};

describe('the documented format, implemented independently', () => {
  for (const password of [undefined, 'Пароль с пробелами и ё']) {
    const kind = password ? 'encrypted' : 'plain';
    it(`a ${kind} format-1 file written from the docs is read by ПрофПроба`, async () => {
      const tables = await decodePayload(parseBackup(writeLikeTheDocs(TABLES, password), 1), password);
      expect(Object.fromEntries(tables)).toEqual(TABLES);
    });

    it(`a ${kind} format-2 file written by ПрофПроба is read from the docs`, async () => {
      const file = await encodeBackup(
        {
          appVersion: '0.1.0',
          schemaVersion: 1,
          createdAt: '2026-11-24T06:30:00.000Z',
          chunks: Object.entries(TABLES).map(([table, rows]) => ({ table, rows })),
          password,
          iterations: 1000,
        },
        Object.keys(TABLES),
      );
      expect(new TextDecoder().decode(file.subarray(0, 29))).toBe('{"format":"profproba-backup",');
      const { settings: _empty, ...withRows } = TABLES;
      expect(readLikeTheDocs(file, password)).toEqual(withRows);
    });
  }
});

describe('format 3 read by the other program, from docs/backup-format.md §8 alone', () => {
  it('walks the framed records, checks each SHA-256, unseals each with its counter IV and AAD, gunzips', async () => {
    const password = 'Пароль площадки 2026';
    const rows = Array.from({ length: 40 }, (_, i) => ({
      id: `c${i}`,
      noise: randomBytes(40_000).toString('base64'),
    }));
    const parts: Uint8Array[] = [];
    const writer = await openStreamWriter(
      { appVersion: 't', schemaVersion: 3, createdAt: '2026-11-24T06:30:00.000Z', counts: { consents: 40 } },
      await streamKeys({ password, iterations: 1000 }),
      async (p) => {
        parts.push(p);
      },
    );
    for (const row of rows)
      await writer.writeLine(
        new TextEncoder().encode(`${JSON.stringify({ table: 'consents', rows: [row] })}\n`),
      );
    await writer.finish();

    const data = Buffer.concat(parts);
    const lf = data.indexOf(0x0a);
    const headerLine = data.subarray(0, lf);
    const header = JSON.parse(headerLine.toString('utf8')) as {
      formatVersion: number;
      payload: { framing: string };
      encryption: {
        iv: string;
        keys: { kind: string; salt: string; iv: string; iterations: number; wrapped: string }[];
      };
    };
    expect(header.formatVersion).toBe(3);
    expect(header.payload.framing).toBe('records');
    const slot = header.encryption.keys.find((k) => k.kind === 'password')!;
    const wrapping = pbkdf2Sync(
      Buffer.from(password.normalize('NFC'), 'utf8'),
      Buffer.from(slot.salt, 'base64'),
      slot.iterations,
      32,
      'sha256',
    );
    const open = (key: Buffer, iv: Buffer, sealed: Buffer, aad?: Buffer) => {
      const d = createDecipheriv('aes-256-gcm', key, iv);
      if (aad) d.setAAD(aad);
      d.setAuthTag(sealed.subarray(sealed.length - 16));
      return Buffer.concat([d.update(sealed.subarray(0, sealed.length - 16)), d.final()]);
    };
    const key = open(wrapping, Buffer.from(slot.iv, 'base64'), Buffer.from(slot.wrapped, 'base64'));
    const baseIv = Buffer.from(header.encryption.iv, 'base64');
    const payload = data.subarray(lf + 1);
    const plain: Buffer[] = [];
    let pos = 0;
    for (let index = 0; ; index++) {
      const length = payload.readUInt32BE(pos);
      const flags = payload[pos + 4]!;
      const body = payload.subarray(pos + 37, pos + 37 + length);
      expect(
        createHash('sha256')
          .update(body)
          .digest()
          .equals(payload.subarray(pos + 5, pos + 37)),
      ).toBe(true);
      const iv = Buffer.from(baseIv);
      iv.writeUInt32BE((baseIv.readUInt32BE(8) ^ index) >>> 0, 8);
      const tail = Buffer.alloc(5);
      tail.writeUInt32BE(index, 0);
      tail[4] = flags;
      plain.push(open(key, iv, body, Buffer.concat([headerLine, tail])));
      pos += 37 + length;
      if (flags & 1) break;
    }
    expect(pos).toBe(payload.length);
    const lines = gunzipSync(Buffer.concat(plain)).toString('utf8').split('\n').filter(Boolean);
    expect(lines.map((l) => (JSON.parse(l) as { rows: { id: string }[] }).rows[0]!.id)).toEqual(
      rows.map((r) => r.id),
    );
  });
});
