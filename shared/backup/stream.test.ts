import { describe, expect, it } from 'vitest';
import { concatBytes, toBase64 } from './bytes';
import { decodePayload, parseBackup, verifyPayload } from './format';
import { openStreamWriter, RECORD_BYTES, RECORD_HEAD_BYTES, streamKeys } from './stream';

const password = 'Пароль площадки 2026';

/** A format-3 file of `rows` random (incompressible) records, so the payload spans several records. */
async function streamedFile(rows: number, encrypted = true) {
  const parts: Uint8Array[] = [];
  const keys = await streamKeys(encrypted ? { password, iterations: 1000 } : undefined);
  const writer = await openStreamWriter(
    {
      appVersion: 'test',
      schemaVersion: 3,
      createdAt: '2026-11-24T06:30:00.000Z',
      counts: { venue: 1, consents: rows },
    },
    keys,
    async (part) => {
      parts.push(part);
    },
  );
  const encoder = new TextEncoder();
  await writer.writeLine(encoder.encode(`${JSON.stringify({ table: 'venue', rows: [{ id: 'venue' }] })}\n`));
  for (let i = 0; i < rows; i++) {
    const noise = toBase64(crypto.getRandomValues(new Uint8Array(48 * 1024)));
    await writer.writeLine(
      encoder.encode(`${JSON.stringify({ table: 'consents', rows: [{ id: `c${i}`, noise }] })}\n`),
    );
  }
  await writer.finish();
  return { parts, file: concatBytes(parts) };
}

/** Offsets of the records in the payload (after the header line). */
function recordOffsets(parts: Uint8Array[]) {
  const headerLength = parts[0]!.byteLength;
  let at = headerLength;
  return parts.slice(1).map((p) => {
    const start = at;
    at += p.byteLength;
    return { start, end: at };
  });
}

describe('backup format 3: framed, individually sealed records', () => {
  it('writes a part per record of at most 1 MiB and reads every row back', async () => {
    const { parts, file } = await streamedFile(60);
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts.slice(1))
      expect(part.byteLength).toBeLessThanOrEqual(RECORD_HEAD_BYTES + RECORD_BYTES + 16);
    const parsed = parseBackup(file, 3);
    expect(parsed.header).toMatchObject({ formatVersion: 3, payload: { framing: 'records', sha256: null } });
    const tables = await decodePayload(parsed, password);
    expect(tables.get('consents')).toHaveLength(60);
    expect((tables.get('consents')![59] as { id: string }).id).toBe('c59');
  });

  it('reads an unencrypted file too', async () => {
    const { file } = await streamedFile(30, false);
    expect((await decodePayload(parseBackup(file, 3))).get('consents')).toHaveLength(30);
  });

  it('refuses a file cut after a whole record (no end record) before any password is asked for', async () => {
    const { parts, file } = await streamedFile(60);
    const [, second] = recordOffsets(parts);
    const cut = parseBackup(file.subarray(0, second!.end), 3);
    await expect(verifyPayload(cut)).rejects.toMatchObject({ code: 'settings.backupTruncated' });
  });

  it('refuses a damaged record by its checksum, and bytes after the end record', async () => {
    const { parts, file } = await streamedFile(40);
    const damaged = file.slice();
    damaged[recordOffsets(parts)[1]!.start + RECORD_HEAD_BYTES + 10]! ^= 0x01;
    await expect(verifyPayload(parseBackup(damaged, 3))).rejects.toMatchObject({
      code: 'settings.backupChecksum',
    });
    const longer = concatBytes([file, new Uint8Array([0])]);
    await expect(verifyPayload(parseBackup(longer, 3))).rejects.toMatchObject({
      code: 'settings.backupTrailingBytes',
    });
  });

  it('refuses swapped records and a changed header though every checksum matches', async () => {
    const { parts } = await streamedFile(60);
    const swapped = concatBytes([parts[0]!, parts[2]!, parts[1]!, ...parts.slice(3)]);
    await expect(decodePayload(parseBackup(swapped, 3), password)).rejects.toMatchObject({
      code: 'settings.backupHeaderTampered',
    });
    const header = new TextDecoder().decode(parts[0]!).replace('"consents":60', '"consents":61');
    const edited = concatBytes([new TextEncoder().encode(header), ...parts.slice(1)]);
    await expect(decodePayload(parseBackup(edited, 3), password)).rejects.toMatchObject({
      code: 'settings.backupHeaderTampered',
    });
    await expect(decodePayload(parseBackup(concatBytes(parts), 3), 'не тот')).rejects.toMatchObject({
      code: 'settings.backupWrongPassword',
    });
  });
});
