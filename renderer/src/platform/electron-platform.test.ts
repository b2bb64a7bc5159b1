import { describe, expect, it, vi } from 'vitest';
import { MAX_WRITE_CHUNK, type ProfprobaApi } from '@shared/ipc/contract';
import { createElectronPlatform } from './electron-platform';

/** A Blob that refuses to be read whole: only slices of it may be. */
class SliceOnlyBlob extends Blob {
  override arrayBuffer(): Promise<ArrayBuffer> {
    throw new Error('the whole file was read into memory');
  }
}

function fakeApi() {
  const files = new Map<string, { parts: Uint8Array[]; finished: boolean; aborted: boolean }>();
  const api = {
    beginFileWrite: vi.fn(async (request: { kind: string }) => {
      const handle = `${request.kind}-${files.size}`;
      files.set(handle, { parts: [], finished: false, aborted: false });
      return handle;
    }),
    appendFileWrite: vi.fn(async (handle: string, bytes: Uint8Array) => {
      expect(bytes.byteLength).toBeLessThanOrEqual(MAX_WRITE_CHUNK);
      files.get(handle)!.parts.push(bytes.slice());
    }),
    finishFileWrite: vi.fn(async (handle: string) => {
      files.get(handle)!.finished = true;
      return `C:/copies/${handle}`;
    }),
    abortFileWrite: vi.fn(async (handle: string) => {
      files.get(handle)!.aborted = true;
    }),
  };
  return { api, files, platform: createElectronPlatform(api as unknown as ProfprobaApi) };
}

const total = (parts: Uint8Array[]) => parts.reduce((n, p) => n + p.byteLength, 0);

describe('the desktop platform hands a file to the main process in parts', () => {
  it('writes a Blob of 20 MiB in 8 MiB slices, never reading it whole, with progress', async () => {
    const { api, files, platform } = fakeApi();
    const bytes = new Uint8Array(20 * 1024 * 1024);
    for (let i = 0; i < bytes.length; i += 4096) bytes[i] = (i / 4096) & 0xff;
    const progress: number[] = [];
    const saved = await platform.saveFile({
      suggestedName: 'копия.profproba-backup',
      data: new SliceOnlyBlob([bytes]),
      mimeType: 'application/octet-stream',
      onProgress: (written) => progress.push(written),
    });
    expect(saved).toBe(true);
    expect(api.beginFileWrite).toHaveBeenCalledWith({
      kind: 'save',
      suggestedName: 'копия.profproba-backup',
      filters: [],
    });
    const file = files.get('save-0')!;
    expect(file.parts.map((p) => p.byteLength)).toEqual([MAX_WRITE_CHUNK, MAX_WRITE_CHUNK, 4 * 1024 * 1024]);
    const joined = new Uint8Array(total(file.parts));
    let offset = 0;
    for (const part of file.parts) {
      joined.set(part, offset);
      offset += part.byteLength;
    }
    // Compared as one value: an element-wise diff of 20 MiB would drown the report.
    expect(Buffer.from(joined).equals(Buffer.from(bytes))).toBe(true);
    expect(file.finished).toBe(true);
    expect(progress).toEqual([MAX_WRITE_CHUNK, 2 * MAX_WRITE_CHUNK, bytes.byteLength]);
  });

  it('writes an automatic copy into the backups folder and returns its path', async () => {
    const { api, files, platform } = fakeApi();
    const path = await platform.writeAutoBackup!(
      'auto-1.profproba-backup',
      new Blob([new Uint8Array([1, 2])]),
      14,
      30,
    );
    expect(api.beginFileWrite).toHaveBeenCalledWith({
      kind: 'auto',
      fileName: 'auto-1.profproba-backup',
      keep: 14,
      keepDays: 30,
    });
    expect(path).toBe('C:/copies/auto-0');
    expect(files.get('auto-0')!.parts).toEqual([new Uint8Array([1, 2])]);
  });

  it('sends nothing when the save dialog is cancelled', async () => {
    const { api, platform } = fakeApi();
    api.beginFileWrite.mockResolvedValueOnce(null as never);
    await expect(
      platform.saveFile({ suggestedName: 'a.xlsx', data: new Uint8Array([1]), mimeType: 'x' }),
    ).resolves.toBe(false);
    expect(api.appendFileWrite).not.toHaveBeenCalled();
  });

  it('aborts the write when a part fails, so main deletes its temporary file', async () => {
    const { api, files, platform } = fakeApi();
    api.appendFileWrite.mockRejectedValueOnce(new Error('ENOSPC'));
    await expect(
      platform.saveFile({ suggestedName: 'a.xlsx', data: new Uint8Array([1, 2, 3]), mimeType: 'x' }),
    ).rejects.toThrow('ENOSPC');
    expect(files.get('save-0')).toMatchObject({ finished: false, aborted: true });
  });
});
