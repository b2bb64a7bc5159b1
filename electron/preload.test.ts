import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channelName, ipcSchemas, IPC_EVENTS } from '../shared/ipc/contract';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async (..._args: unknown[]) => undefined);
const on = vi.fn();
const removeListener = vi.fn();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: { invoke, on, removeListener },
}));

beforeEach(async () => {
  vi.resetModules();
  invoke.mockClear();
  await import('./preload');
});

describe('preload', () => {
  it('exposes named functions only, one per contract channel, and no ipcRenderer', () => {
    const api = exposed.profproba as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...Object.keys(ipcSchemas), 'onOpenBackupFile'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(exposed).not.toHaveProperty('ipcRenderer');
  });

  it('calls the contract channel names', async () => {
    const api = exposed.profproba as Record<string, (...a: unknown[]) => Promise<unknown>>;
    for (const channel of Object.keys(ipcSchemas)) {
      await api[channel]!({});
      expect(invoke).toHaveBeenLastCalledWith(
        channelName(channel as keyof typeof ipcSchemas),
        ...(channel === 'getAppVersion' ? [] : [{}]),
      );
    }
  });

  it('subscribes to and unsubscribes from backup files opened by double-click', () => {
    const api = exposed.profproba as { onOpenBackupFile: (l: () => void) => () => void };
    const off = api.onOpenBackupFile(() => undefined);
    expect(on).toHaveBeenCalledWith(IPC_EVENTS.openBackupFile, expect.any(Function));
    off();
    expect(removeListener).toHaveBeenCalledWith(IPC_EVENTS.openBackupFile, on.mock.calls[0]![1]);
  });
});
