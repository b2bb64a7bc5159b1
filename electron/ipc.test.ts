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
    shell: { openPath: vi.fn(async () => ''), openExternal: vi.fn(async () => undefined) },
    getWindow: () => null,
    folders: { data: tmp, backups: path.join(tmp, 'backups'), logs: path.join(tmp, 'logs') },
    appVersion: '1.2.3',
    htmlToPdf: vi.fn(async () => new Uint8Array([37, 80, 68, 70])),
    printPdf: vi.fn(async () => true),
    log: vi.fn(),
  };
  registerIpcHandlers(deps);
});

afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('IPC handlers', () => {
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
    await expect(call('saveFile', appFrame, { suggestedName: 'a.xlsx', data: 'not bytes' })).rejects.toThrow(
      'неверные аргументы',
    );
    await expect(call('saveFile', appFrame)).rejects.toThrow('неверные аргументы');
    await expect(call('openFolder', appFrame, '../../etc')).rejects.toThrow('неверные аргументы');
    await expect(
      call('writeAutoBackup', appFrame, {
        fileName: '../evil.profproba-backup',
        data: new Uint8Array(1),
        keep: 3,
      }),
    ).rejects.toThrow('неверные аргументы');
    expect(deps.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('write a file only where the user chose in the save dialog', async () => {
    const result = await call('saveFile', appFrame, {
      suggestedName: '../../отчёт.xlsx',
      data: new Uint8Array([1, 2, 3]),
    });
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
      call('saveFile', appFrame, { suggestedName: 'a.xlsx', data: new Uint8Array([1]) }),
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
      await call('writeAutoBackup', appFrame, {
        fileName: `auto-2026-11-${day}.profproba-backup`,
        data: new Uint8Array([1]),
        keep: 2,
      });
    }
    expect(fs.readdirSync(path.join(tmp, 'backups')).sort()).toEqual([
      'auto-2026-11-03.profproba-backup',
      'auto-2026-11-04.profproba-backup',
    ]);
  });

  it('open only http(s) links externally', async () => {
    await call('openExternal', appFrame, 'https://bvbinfo.ru/');
    expect(deps.shell.openExternal).toHaveBeenCalledWith('https://bvbinfo.ru/');
    await expect(call('openExternal', appFrame, 'file:///C:/Windows/calc.exe')).rejects.toThrow();
    await expect(call('openExternal', appFrame, 'javascript:alert(1)')).rejects.toThrow();
    expect(deps.shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('open only the app folders', async () => {
    await call('openFolder', appFrame, 'backups');
    expect(deps.shell.openPath).toHaveBeenCalledWith(path.join(tmp, 'backups'));
  });
});
