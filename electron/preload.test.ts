import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channelName, ipcSchemas, IPC_EVENTS, type OpenedFile } from '../shared/ipc/contract';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async (..._args: unknown[]) => undefined);
const on = vi.fn();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: { invoke, on, removeListener: vi.fn() },
}));

type Api = Record<string, (...a: unknown[]) => Promise<unknown>> & {
  onOpenBackupFile: (listener: (file: OpenedFile) => void) => () => void;
};

function sendFromMain(file: OpenedFile) {
  const [channel, listener] = on.mock.calls.at(-1)! as [string, (event: unknown, file: OpenedFile) => void];
  expect(channel).toBe(IPC_EVENTS.openBackupFile);
  listener({}, file);
}

beforeEach(async () => {
  vi.resetModules();
  invoke.mockClear();
  on.mockClear();
  await import('./preload');
});

describe('preload', () => {
  it('exposes named functions only, one per contract channel, and no ipcRenderer', () => {
    const api = exposed.profproba as Record<string, unknown>;
    expect(Object.keys(exposed)).toEqual(['profproba']);
    expect(Object.keys(api).sort()).toEqual(
      [...Object.keys(ipcSchemas), 'onOpenBackupFile', 'onBeforeClose'].sort(),
    );
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('calls the contract channel names', async () => {
    const api = exposed.profproba as Api;
    for (const channel of Object.keys(ipcSchemas)) {
      await api[channel]!({}, 'second');
      const args = {
        getAppVersion: [],
        closeReady: [],
        // Two arguments: a write handle and a part of the file.
        appendFileWrite: [{}, 'second'],
        // Three: a read handle and a byte range.
        readFileRange: [{}, 'second', undefined],
      }[channel] ?? [{}];
      expect(invoke).toHaveBeenLastCalledWith(channelName(channel as keyof typeof ipcSchemas), ...args);
    }
  });

  it('hands a double-clicked backup file to the page, even one that arrived before the page subscribed', () => {
    const api = exposed.profproba as Api;
    const early = { name: 'раньше.profproba-backup', data: new Uint8Array([1]) };
    const later = { name: 'позже.profproba-backup', data: new Uint8Array([2]) };
    sendFromMain(early);
    const received: string[] = [];
    const off = api.onOpenBackupFile((file) => received.push(file.name));
    expect(received).toEqual([early.name]);
    sendFromMain(later);
    expect(received).toEqual([early.name, later.name]);
    off();
    sendFromMain(early);
    expect(received).toHaveLength(2);
    // Kept for the next subscriber (the restore screen mounting again).
    api.onOpenBackupFile((file) => received.push(file.name));
    expect(received).toEqual([early.name, later.name, early.name]);
  });

  it("runs the page's closing work when the window is about to close, then reports closeReady", async () => {
    const api = exposed.profproba as Api & { onBeforeClose: (l: () => Promise<unknown>) => () => void };
    const beforeClose = on.mock.calls.find((c) => c[0] === IPC_EVENTS.beforeClose)![1] as () => void;
    let finishBackup: () => void = () => undefined;
    api.onBeforeClose(() => new Promise<void>((resolve) => (finishBackup = resolve)));
    beforeClose();
    await Promise.resolve();
    expect(invoke).not.toHaveBeenCalledWith(channelName('closeReady'));
    finishBackup();
    await vi.waitFor(() => expect(invoke).toHaveBeenCalledWith(channelName('closeReady')));
  });

  it('reports closeReady even when the closing work fails or nobody subscribed', async () => {
    const api = exposed.profproba as Api & { onBeforeClose: (l: () => Promise<unknown>) => () => void };
    const beforeClose = on.mock.calls.find((c) => c[0] === IPC_EVENTS.beforeClose)![1] as () => void;
    const off = api.onBeforeClose(() => Promise.reject(new Error('disk full')));
    beforeClose();
    await vi.waitFor(() => expect(invoke).toHaveBeenCalledTimes(1));
    off();
    beforeClose();
    await vi.waitFor(() => expect(invoke).toHaveBeenCalledTimes(2));
    expect(invoke).toHaveBeenLastCalledWith(channelName('closeReady'));
  });
});
