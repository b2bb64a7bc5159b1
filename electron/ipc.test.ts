import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { channelName, ipcSchemas, type IpcChannel } from '../shared/ipc/contract';
import { registerIpcHandlers, type IpcDeps } from './ipc';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

let tmp: string;
let listeners: Map<string, Listener>;
let deps: IpcDeps;

const appFrame = {
  senderFrame: { url: 'app://profproba/index.html', parent: null },
} as unknown as IpcMainInvokeEvent;
const foreignFrame = {
  senderFrame: { url: 'https://evil.example/', parent: null },
} as unknown as IpcMainInvokeEvent;
const subFrame = {
  senderFrame: { url: 'app://profproba/index.html', parent: {} },
} as unknown as IpcMainInvokeEvent;

function call(channel: IpcChannel, event: IpcMainInvokeEvent, ...args: unknown[]) {
  return listeners.get(channelName(channel))!(event, ...args);
}

/** Begin, append every part, finish: what the renderer's platform adapter does. */
async function writeFile(event: IpcMainInvokeEvent, request: object, ...parts: Uint8Array[]) {
  const handle = (await call('beginFileWrite', event, request)) as string | null;
  if (handle === null) return null;
  for (const part of parts) await call('appendFileWrite', event, handle, part);
  return call('finishFileWrite', event, handle);
}

const autoCopy = (fileName: string, keep: number, keepDays?: number) => ({
  kind: 'auto',
  fileName,
  keep,
  keepDays,
});

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'profproba-ipc-'));
  listeners = new Map();
  deps = {
    ipcMain: {
      handle: (channel: string, fn: Listener) => listeners.set(channel, fn),
    } as unknown as IpcDeps['ipcMain'],
    dialog: {
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: path.join(tmp, 'chosen.xlsx') })),
      showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: [path.join(tmp, 'in.csv')] })),
    } as unknown as IpcDeps['dialog'],
    shell: { openPath: vi.fn(async () => '') },
    getWindow: () => null,
    folders: { data: tmp, backups: path.join(tmp, 'backups'), logs: path.join(tmp, 'logs') },
    appVersion: '1.2.3',
    printPdf: vi.fn(async () => true),
    log: vi.fn(),
  };
  registerIpcHandlers(deps);
});

afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('IPC handlers', () => {
  it('offer no channel to open links or render HTML: nothing in the app uses them', () => {
    expect(Object.keys(ipcSchemas)).not.toContain('openExternal');
    expect(Object.keys(ipcSchemas)).not.toContain('saveHtmlAsPdf');
    expect(listeners.has('profproba:openExternal')).toBe(false);
    expect(listeners.has('profproba:saveHtmlAsPdf')).toBe(false);
  });

  it('register exactly the channels of the contract', () => {
    expect([...listeners.keys()].sort()).toEqual(
      Object.keys(ipcSchemas)
        .map((c) => channelName(c as IpcChannel))
        .sort(),
    );
  });

  it('refuse calls from a foreign origin or a sub-frame', async () => {
    await expect(call('getAppVersion', foreignFrame)).rejects.toThrow('неизвестный источник');
    await expect(call('getAppVersion', subFrame)).rejects.toThrow('неизвестный источник');
    await expect(call('getAppVersion', appFrame)).resolves.toBe('1.2.3');
  });

  it('refuse malformed arguments before doing anything', async () => {
    await expect(call('beginFileWrite', appFrame, { kind: 'save', suggestedName: 7 })).rejects.toThrow(
      'неверные аргументы',
    );
    await expect(call('beginFileWrite', appFrame)).rejects.toThrow('неверные аргументы');
    await expect(call('openFolder', appFrame, '../../etc')).rejects.toThrow('неверные аргументы');
    await expect(call('beginFileWrite', appFrame, autoCopy('../evil.profproba-backup', 3))).rejects.toThrow(
      'неверные аргументы',
    );
    expect(deps.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('write a file only where the user chose in the save dialog', async () => {
    const result = await writeFile(
      appFrame,
      { kind: 'save', suggestedName: '../../отчёт.xlsx' },
      new Uint8Array([1, 2, 3]),
    );
    expect(result).toBe(path.join(tmp, 'chosen.xlsx'));
    expect([...fs.readFileSync(path.join(tmp, 'chosen.xlsx'))]).toEqual([1, 2, 3]);
    // The suggested name is reduced to a bare file name.
    expect(vi.mocked(deps.dialog.showSaveDialog).mock.calls[0]![0]).toMatchObject({
      defaultPath: 'отчёт.xlsx',
    });
  });

  it('write nothing when the dialog is cancelled', async () => {
    vi.mocked(deps.dialog.showSaveDialog).mockResolvedValueOnce({ canceled: true, filePath: '' } as never);
    await expect(
      call('beginFileWrite', appFrame, { kind: 'save', suggestedName: 'a.xlsx' }),
    ).resolves.toBeNull();
    expect(fs.readdirSync(tmp)).toEqual([]);
  });

  it('read the file chosen in the open dialog', async () => {
    fs.writeFileSync(path.join(tmp, 'in.csv'), 'Фамилия;Имя');
    const file = (await call('openFile', appFrame, { filters: [{ name: 'CSV', extensions: ['csv'] }] })) as {
      name: string;
      data: Uint8Array;
    };
    expect(file.name).toBe('in.csv');
    expect(new TextDecoder().decode(file.data)).toBe('Фамилия;Имя');
  });

  it('keep only the newest automatic backups inside the backups folder', async () => {
    for (const day of ['01', '02', '03', '04']) {
      await writeFile(appFrame, autoCopy(`auto-2026-11-${day}.profproba-backup`, 2), new Uint8Array([1]));
    }
    expect(fs.readdirSync(path.join(tmp, 'backups')).sort()).toEqual([
      'auto-2026-11-03.profproba-backup',
      'auto-2026-11-04.profproba-backup',
    ]);
  });

  describe('writing a file in parts', () => {
    const chosen = () => path.join(tmp, 'chosen.xlsx');
    const backups = () => path.join(tmp, 'backups');
    /** A sender whose page can go away (the window closing): `destroyed` fires once. */
    function window(id: number) {
      const gone: (() => void)[] = [];
      const sender = { id, once: (_event: string, listener: () => void) => gone.push(listener) };
      const event = { ...appFrame, sender } as unknown as IpcMainInvokeEvent;
      return { event, close: () => gone.splice(0).forEach((listener) => listener()) };
    }

    it('write exactly the bytes of every part, in order, and leave no temporary file', async () => {
      const parts = [new Uint8Array(8 * 1024 * 1024).fill(1), new Uint8Array([2, 3]), new Uint8Array([4])];
      await expect(
        writeFile(appFrame, { kind: 'save', suggestedName: 'копия.xlsx' }, ...parts),
      ).resolves.toBe(chosen());
      const written = fs.readFileSync(chosen());
      expect(written.byteLength).toBe(8 * 1024 * 1024 + 3);
      expect([...written.subarray(-4)]).toEqual([1, 2, 3, 4]);
      expect(fs.readdirSync(tmp)).toEqual(['chosen.xlsx']);
    });

    it('keep the bytes in a temporary file until finished, so the final name never holds half a file', async () => {
      const handle = (await call(
        'beginFileWrite',
        appFrame,
        autoCopy('auto-1.profproba-backup', 3),
      )) as string;
      await call('appendFileWrite', appFrame, handle, new Uint8Array([5]));
      expect(fs.readdirSync(backups())).toEqual([`auto-1.profproba-backup.${handle}.part`]);
      await call('finishFileWrite', appFrame, handle);
      expect(fs.readdirSync(backups())).toEqual(['auto-1.profproba-backup']);
    });

    it('refuse a part over 8 MiB, and an empty one', async () => {
      const handle = await call('beginFileWrite', appFrame, { kind: 'save', suggestedName: 'a.xlsx' });
      await expect(
        call('appendFileWrite', appFrame, handle, new Uint8Array(8 * 1024 * 1024 + 1)),
      ).rejects.toThrow('неверные аргументы');
      await expect(call('appendFileWrite', appFrame, handle, new Uint8Array(0))).rejects.toThrow(
        'неверные аргументы',
      );
      await call('abortFileWrite', appFrame, handle);
    });

    it("refuse another window's handle, an unknown one and a second finish", async () => {
      const mine = window(1);
      const other = window(2);
      const handle = await call('beginFileWrite', mine.event, { kind: 'save', suggestedName: 'a.xlsx' });
      await call('appendFileWrite', mine.event, handle, new Uint8Array([1]));
      await expect(call('appendFileWrite', other.event, handle, new Uint8Array([6]))).rejects.toThrow(
        'Неизвестная или завершённая',
      );
      await expect(call('finishFileWrite', other.event, handle)).rejects.toThrow('Неизвестная');
      await expect(call('abortFileWrite', other.event, handle)).rejects.toThrow('Неизвестная');
      await expect(call('finishFileWrite', mine.event, crypto.randomUUID())).rejects.toThrow('Неизвестная');
      await expect(call('finishFileWrite', mine.event, handle)).resolves.toBe(chosen());
      await expect(call('finishFileWrite', mine.event, handle)).rejects.toThrow('Неизвестная');
      await expect(call('appendFileWrite', mine.event, handle, new Uint8Array([7]))).rejects.toThrow(
        'Неизвестная',
      );
      // The other window's attempts changed nothing.
      expect([...fs.readFileSync(chosen())]).toEqual([1]);
      expect(vi.mocked(deps.log).mock.calls.map((c) => c[0])).toContain(
        'IPC appendFileWrite refused: unknown write handle',
      );
    });

    it('leave no file behind when aborted', async () => {
      const handle = await call('beginFileWrite', appFrame, autoCopy('auto-2.profproba-backup', 3));
      await call('appendFileWrite', appFrame, handle, new Uint8Array([1, 2]));
      await call('abortFileWrite', appFrame, handle);
      expect(fs.readdirSync(backups())).toEqual([]);
      await expect(call('finishFileWrite', appFrame, handle)).rejects.toThrow('Неизвестная');
    });

    it('delete the temporary files of a window that closes mid-write', async () => {
      const win = window(3);
      const handle = await call('beginFileWrite', win.event, autoCopy('auto-3.profproba-backup', 3));
      await call('appendFileWrite', win.event, handle, new Uint8Array([1]));
      expect(fs.readdirSync(backups())).toHaveLength(1);
      win.close();
      await vi.waitFor(() => expect(fs.readdirSync(backups())).toEqual([]));
      await expect(call('appendFileWrite', win.event, handle, new Uint8Array([1]))).rejects.toThrow(
        'Неизвестная',
      );
    });

    it('log a real file-system error by its name and code, without the path, and keep no temporary file', async () => {
      // The person picked an existing folder as the target: the rename into place fails (EISDIR).
      const folder = path.join(tmp, 'Иванова Анна');
      fs.mkdirSync(folder);
      vi.mocked(deps.dialog.showSaveDialog).mockResolvedValueOnce({
        canceled: false,
        filePath: folder,
      } as never);
      await expect(
        writeFile(appFrame, { kind: 'save', suggestedName: 'a.xlsx' }, new Uint8Array([1])),
      ).rejects.toThrow();
      const logged = vi.mocked(deps.log).mock.calls.map((c) => c.join(' '));
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatch(/^IPC finishFileWrite failed: Error E[A-Z]+$/);
      expect(logged[0]).not.toContain('Иванова');
      expect(logged[0]).not.toContain(tmp);
      expect(fs.readdirSync(tmp)).toEqual(['Иванова Анна']);
      expect(fs.readdirSync(folder)).toEqual([]);
    });
  });

  describe('reading a backup in parts', () => {
    const input = () => path.join(tmp, 'in.csv');
    function window(id: number) {
      const gone: (() => void)[] = [];
      const sender = { id, once: (_event: string, listener: () => void) => gone.push(listener) };
      const event = { ...appFrame, sender } as unknown as IpcMainInvokeEvent;
      return { event, close: () => gone.splice(0).forEach((listener) => listener()) };
    }

    it('hands byte ranges of the file picked in the open dialog, to the window that opened it only', async () => {
      const bytes = Uint8Array.from({ length: 1000 }, (_, i) => i & 0xff);
      fs.writeFileSync(input(), bytes);
      const mine = window(1);
      const other = window(2);
      const opened = (await call('openFileRead', mine.event, { filters: [] })) as {
        handle: string;
        name: string;
        size: number;
      };
      expect(opened).toMatchObject({ name: 'in.csv', size: 1000 });
      expect([...((await call('readFileRange', mine.event, opened.handle, 10, 14)) as Uint8Array)]).toEqual([
        10, 11, 12, 13,
      ]);
      // Cut at the file's end.
      expect((await call('readFileRange', mine.event, opened.handle, 990, 2000)) as Uint8Array).toHaveLength(
        10,
      );
      await expect(call('readFileRange', other.event, opened.handle, 0, 4)).rejects.toThrow('Неизвестное');
      await expect(call('readFileRange', mine.event, opened.handle, 0, 8 * 1024 * 1024 + 1)).rejects.toThrow(
        'неверные аргументы',
      );
      await expect(call('readFileRange', mine.event, opened.handle, 5, 5)).rejects.toThrow(
        'неверные аргументы',
      );
      await expect(call('readFileRange', mine.event, 'x', 0, 4)).rejects.toThrow('неверные аргументы');
      await call('closeFileRead', mine.event, opened.handle);
      await expect(call('readFileRange', mine.event, opened.handle, 0, 4)).rejects.toThrow('Неизвестное');
      await expect(call('closeFileRead', mine.event, opened.handle)).rejects.toThrow('Неизвестное');
    });

    it('closes the files of a window that goes away, and opens nothing when the dialog is cancelled', async () => {
      fs.writeFileSync(input(), 'x');
      const win = window(3);
      const { handle } = (await call('openFileRead', win.event, { filters: [] })) as { handle: string };
      win.close();
      await vi.waitFor(() =>
        expect(call('readFileRange', win.event, handle, 0, 1)).rejects.toThrow('Неизвестное'),
      );
      vi.mocked(deps.dialog.showOpenDialog).mockResolvedValueOnce({ canceled: true, filePaths: [] } as never);
      await expect(call('openFileRead', win.event, { filters: [] })).resolves.toBeNull();
    });
  });

  it('let the window close when the page reports its closing work done', async () => {
    deps.onCloseReady = vi.fn();
    await call('closeReady', appFrame);
    expect(deps.onCloseReady).toHaveBeenCalledTimes(1);
    await expect(call('closeReady', foreignFrame)).rejects.toThrow('неизвестный источник');
    await expect(call('closeReady', appFrame, 'extra')).rejects.toThrow('неверные аргументы');
    expect(deps.onCloseReady).toHaveBeenCalledTimes(1);
  });

  it('write errors of the app window to main.log as name, code and code locations only', async () => {
    const report = {
      kind: 'boundary',
      name: 'RuleError',
      code: 'participants.notFound',
      stack: 'at loadCard (app://profproba/assets/index-1a2b.js:10:20)\nat f (/home/maria/Иванова.js:1:1)',
    };
    await call('logRendererError', appFrame, report);
    expect(deps.log).toHaveBeenLastCalledWith(
      'Renderer boundary: RuleError [participants.notFound]\nat loadCard (index-1a2b.js:10:20)\nat f (.js:1:1)',
    );
    // A message never crosses: the schema has no place for it, and extra fields are dropped.
    await call('logRendererError', appFrame, { ...report, message: 'Иванова Анна' });
    expect(JSON.stringify(vi.mocked(deps.log).mock.calls)).not.toMatch(/Иванова|maria/);

    vi.mocked(deps.log).mockClear();
    await expect(call('logRendererError', foreignFrame, report)).rejects.toThrow('неизвестный источник');
    await expect(call('logRendererError', appFrame, { ...report, kind: 'other' })).rejects.toThrow(
      'неверные аргументы',
    );
    await expect(call('logRendererError', appFrame, { ...report, stack: 'x'.repeat(5000) })).rejects.toThrow(
      'неверные аргументы',
    );
    expect(vi.mocked(deps.log).mock.calls.map((c) => c[0])).toEqual([
      'IPC logRendererError refused: untrusted sender',
      'IPC logRendererError refused: malformed arguments',
      'IPC logRendererError refused: malformed arguments',
    ]);
  });

  it('open the network lock for the sync server the page names: an origin only, from the app frame only', async () => {
    deps.allowSyncServer = vi.fn();
    await call('setSyncServer', appFrame, 'https://couch.venue:6984');
    await call('setSyncServer', appFrame, null);
    expect(deps.allowSyncServer).toHaveBeenNthCalledWith(1, 'https://couch.venue:6984');
    expect(deps.allowSyncServer).toHaveBeenNthCalledWith(2, null);
    await expect(call('setSyncServer', foreignFrame, 'https://evil.example')).rejects.toThrow(
      'неизвестный источник',
    );
    for (const bad of [
      'https://couch.venue:6984/db',
      'http://u:p@couch.venue',
      'file:///C:/',
      'couch.venue',
      42,
    ]) {
      await expect(call('setSyncServer', appFrame, bad), String(bad)).rejects.toThrow('неверные аргументы');
    }
    expect(deps.allowSyncServer).toHaveBeenCalledTimes(2);
  });

  it('open only the app folders', async () => {
    await call('openFolder', appFrame, 'backups');
    expect(deps.shell.openPath).toHaveBeenCalledWith(path.join(tmp, 'backups'));
  });

  it('refuse calls from any window but the main one', async () => {
    const mainContents = { id: 1 };
    deps.getWindow = () => ({ isDestroyed: () => false, webContents: mainContents }) as never;
    const fromMain = { ...appFrame, sender: mainContents } as unknown as IpcMainInvokeEvent;
    const fromOther = { ...appFrame, sender: { id: 2 } } as unknown as IpcMainInvokeEvent;
    await expect(call('getAppVersion', fromMain)).resolves.toBe('1.2.3');
    await expect(call('getAppVersion', fromOther)).rejects.toThrow('неизвестный источник');
    await expect(
      call('beginFileWrite', fromOther, { kind: 'save', suggestedName: 'a.xlsx' }),
    ).rejects.toThrow();
    expect(deps.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuse a frame without a URL or a missing sender frame', async () => {
    const noFrame = { senderFrame: null } as unknown as IpcMainInvokeEvent;
    await expect(call('getAppVersion', noFrame)).rejects.toThrow('неизвестный источник');
    const blank = { senderFrame: { url: 'about:blank', parent: null } } as unknown as IpcMainInvokeEvent;
    await expect(call('getAppVersion', blank)).rejects.toThrow('неизвестный источник');
  });

  it('refuse malformed arguments on every channel', async () => {
    const bad: [IpcChannel, unknown[]][] = [
      ['beginFileWrite', [{ kind: 'save', suggestedName: '' }]],
      [
        'beginFileWrite',
        [{ kind: 'save', suggestedName: 'a', filters: [{ name: 'x', extensions: ['../exe'] }] }],
      ],
      ['beginFileWrite', [{ kind: 'other', suggestedName: 'a' }]],
      ['appendFileWrite', ['not-a-handle', new Uint8Array(1)]],
      ['appendFileWrite', [crypto.randomUUID(), [1, 2]]],
      ['finishFileWrite', ['../../etc/passwd']],
      ['abortFileWrite', [42]],
      ['openFile', ['not an object']],
      ['openFile', [{ filters: 'csv' }]],
      ['printPdf', [{ data: [1, 2, 3], title: 'x' }]],
      ['getAppVersion', ['extra']],
      ['openFolder', ['C:\\Windows']],
      ['beginFileWrite', [autoCopy('a b.profproba-backup', 3)]],
      ['beginFileWrite', [autoCopy('a.profproba-backup', 0)]],
    ];
    for (const [channel, args] of bad) {
      await expect(call(channel, appFrame, ...args), channel).rejects.toThrow('неверные аргументы');
    }
    expect(deps.dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(deps.dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(deps.printPdf).not.toHaveBeenCalled();
    expect(deps.shell.openPath).not.toHaveBeenCalled();
    expect(fs.readdirSync(tmp)).toEqual([]);
  });

  it('return null when the open dialog is cancelled', async () => {
    vi.mocked(deps.dialog.showOpenDialog).mockResolvedValueOnce({ canceled: true, filePaths: [] } as never);
    await expect(call('openFile', appFrame, { filters: [] })).resolves.toBeNull();
  });

  it('print a PDF through the print dialog', async () => {
    await expect(
      call('printPdf', appFrame, { data: new Uint8Array([37]), title: 'Сертификаты' }),
    ).resolves.toBe(true);
    expect(deps.printPdf).toHaveBeenCalledWith(new Uint8Array([37]), 'Сертификаты');
  });

  it('write automatic backups only as backup files inside the backups folder', async () => {
    await expect(call('beginFileWrite', appFrame, autoCopy('..', 3))).rejects.toThrow('Недопустимое имя');
    await expect(call('beginFileWrite', appFrame, autoCopy('evil.exe', 3))).rejects.toThrow(
      '.profproba-backup',
    );
    expect(fs.readdirSync(tmp).filter((f) => f !== 'backups')).toEqual([]);
    const written = await writeFile(appFrame, autoCopy('auto-1.profproba-backup', 3), new Uint8Array([9]));
    expect(written).toBe(path.join(tmp, 'backups', 'auto-1.profproba-backup'));
    // No half-written leftovers.
    expect(fs.readdirSync(path.join(tmp, 'backups'))).toEqual(['auto-1.profproba-backup']);
  });

  it('rotate only automatic backups, never backups the person saved there', async () => {
    fs.mkdirSync(path.join(tmp, 'backups'));
    fs.writeFileSync(path.join(tmp, 'backups', 'перед-обновлением.profproba-backup'), 'x');
    for (const n of [1, 2, 3]) {
      await writeFile(appFrame, autoCopy(`auto-${n}.profproba-backup`, 1), new Uint8Array(1));
    }
    expect(fs.readdirSync(path.join(tmp, 'backups')).sort()).toEqual([
      'auto-3.profproba-backup',
      'перед-обновлением.profproba-backup',
    ]);
  });

  it('prune before-restore copies older than keepDays (the newest kept) along with the automatic ones', async () => {
    deps.now = () => new Date(2026, 11, 4, 12);
    const backups = path.join(tmp, 'backups');
    fs.mkdirSync(backups);
    for (const name of [
      'before-restore-2026-09-01-100000.profproba-backup',
      'before-restore-2026-12-01-100000.profproba-backup',
      'profproba-2020-01-01-0900.profproba-backup',
    ])
      fs.writeFileSync(path.join(backups, name), 'x');
    await writeFile(
      appFrame,
      autoCopy('before-restore-2026-12-04-115959.profproba-backup', 5, 30),
      new Uint8Array(1),
    );
    expect(fs.readdirSync(backups).sort()).toEqual([
      'before-restore-2026-12-01-100000.profproba-backup',
      'before-restore-2026-12-04-115959.profproba-backup',
      'profproba-2020-01-01-0900.profproba-backup',
    ]);
  });

  it('purge the app’s own copies written before a moment, never hand-saved files', async () => {
    const backups = path.join(tmp, 'backups');
    fs.mkdirSync(backups);
    const names = [
      'auto-2026-12-01-0900.profproba-backup',
      'before-restore-2026-12-01-100000.profproba-backup',
      'profproba-2026-12-01-0900.profproba-backup',
    ];
    for (const name of names) fs.writeFileSync(path.join(backups, name), 'x');
    const later = new Date(Date.now() + 60_000).toISOString();
    await expect(call('purgeBackups', appFrame, { before: later })).resolves.toBe(2);
    expect(fs.readdirSync(backups)).toEqual(['profproba-2026-12-01-0900.profproba-backup']);
    await expect(call('purgeBackups', appFrame, { before: 'вчера' })).rejects.toThrow('неверные аргументы');
  });

  it('wrap a backup key with safeStorage for this PC and refuse to unwrap when it is unavailable', async () => {
    const key = new Uint8Array(32).fill(7);
    await expect(call('protectKey', appFrame, key)).resolves.toBeNull();
    deps.safeStorage = {
      isEncryptionAvailable: () => true,
      encryptString: (text: string) => Buffer.from(`dpapi:${text}`),
      decryptString: (data: Buffer) => {
        const text = data.toString();
        if (!text.startsWith('dpapi:')) throw new Error('Error while decrypting the ciphertext provided');
        return text.slice(6);
      },
    };
    const wrapped = (await call('protectKey', appFrame, key)) as Uint8Array;
    expect(Buffer.from(wrapped).toString()).not.toContain(String.fromCharCode(7));
    expect([...((await call('unprotectKey', appFrame, wrapped)) as Uint8Array)]).toEqual([...key]);
    await expect(call('unprotectKey', appFrame, new Uint8Array([1, 2, 3]))).rejects.toThrow('decrypting');
    await expect(call('protectKey', appFrame, new Uint8Array(5))).rejects.toThrow('неверные аргументы');
    expect(vi.mocked(deps.log).mock.calls.flat().join(' ')).not.toContain('dpapi');
  });

  it('open the data and logs folders, creating them first', async () => {
    await call('openFolder', appFrame, 'logs');
    expect(fs.existsSync(path.join(tmp, 'logs'))).toBe(true);
    expect(deps.shell.openPath).toHaveBeenCalledWith(path.join(tmp, 'logs'));
    await call('openFolder', appFrame, 'data');
    expect(deps.shell.openPath).toHaveBeenLastCalledWith(tmp);
  });

  it('never log arguments, file names, paths or contents — only channel names and error codes', async () => {
    const secret = 'Ёлкина Анна Петровна';
    const data = new TextEncoder().encode(secret);
    vi.mocked(deps.dialog.showSaveDialog).mockResolvedValue({
      canceled: false,
      filePath: path.join(tmp, 'нет-такой-папки', `${secret}.xlsx`),
    } as never);
    await expect(
      writeFile(appFrame, { kind: 'save', suggestedName: `${secret}.xlsx` }, data),
    ).rejects.toThrow();
    await expect(
      writeFile(foreignFrame, { kind: 'save', suggestedName: `${secret}.xlsx` }, data),
    ).rejects.toThrow();
    await expect(call('appendFileWrite', appFrame, secret, data)).rejects.toThrow();
    vi.mocked(deps.printPdf).mockRejectedValueOnce(new Error(`print failed for ${secret}`));
    await expect(call('printPdf', appFrame, { data, title: secret })).rejects.toThrow();
    const logged = vi.mocked(deps.log).mock.calls.map((c) => c.join(' '));
    expect(logged).toEqual([
      'IPC beginFileWrite failed: Error ENOENT',
      'IPC beginFileWrite refused: untrusted sender',
      'IPC appendFileWrite refused: malformed arguments',
      'IPC printPdf failed: Error',
    ]);
    for (const line of logged) {
      expect(line).not.toContain('Ёлкина');
      expect(line).not.toContain(tmp);
    }
  });
});
