import { describe, expect, it, vi } from 'vitest';
import { IPC_EVENTS } from '../shared/ipc/contract';
import { BACKUP_EXTENSION, backupArgument, createBackupForwarder, type ForwardTarget } from './backup-file';

const exists = (file: string) => !file.includes('missing');

describe('backupArgument', () => {
  it('finds the backup file Windows passes after the exe, ignoring switches and other files', () => {
    const exe = 'C:\\Program Files\\ПрофПроба\\ProfProba.exe';
    expect(backupArgument([exe, 'D:\\Копии\\Вектор 24.11.profproba-backup'], exists)).toBe(
      'D:\\Копии\\Вектор 24.11.profproba-backup',
    );
    expect(backupArgument([exe, '--allow-file-access-from-files', 'D:\\a.PROFPROBA-BACKUP'], exists)).toBe(
      'D:\\a.PROFPROBA-BACKUP',
    );
    expect(backupArgument([exe, 'D:\\a.xlsx'], exists)).toBeUndefined();
    expect(backupArgument([exe, 'D:\\missing.profproba-backup'], exists)).toBeUndefined();
    expect(backupArgument([exe, '--x=a.profproba-backup'], exists)).toBeUndefined();
    // argv[0] is the program itself, never a file to open.
    expect(backupArgument([`C:\\evil${BACKUP_EXTENSION}`], exists)).toBeUndefined();
  });
});

function fakeWindow(loading: boolean) {
  const send = vi.fn();
  const win: ForwardTarget & { loading: boolean } = {
    loading,
    isDestroyed: () => false,
    webContents: { isLoading: () => win.loading, send },
  };
  return { win, send };
}

function forwarder(win: ForwardTarget | null, bytes = new Uint8Array([1, 2])) {
  const deps = {
    getWindow: () => win,
    readFile: vi.fn(async () => bytes),
    fileSize: vi.fn(async () => bytes.byteLength),
    logError: vi.fn(),
    showError: vi.fn(),
  };
  return { forward: createBackupForwarder(deps), deps };
}

describe('backup file forwarding', () => {
  it('sends the file to a loaded window at once', async () => {
    const { win, send } = fakeWindow(false);
    const { forward } = forwarder(win);
    await forward.deliver('/home/u/Копия.profproba-backup');
    expect(send).toHaveBeenCalledWith(IPC_EVENTS.openBackupFile, {
      name: 'Копия.profproba-backup',
      data: new Uint8Array([1, 2]),
    });
  });

  it('keeps a file that arrives while the page loads and sends it once loaded, exactly once', async () => {
    const { win, send } = fakeWindow(true);
    const { forward } = forwarder(win);
    await forward.deliver('/a/b.profproba-backup');
    expect(send).not.toHaveBeenCalled();
    expect(forward.hasPending()).toBe(true);
    win.loading = false;
    forward.flush();
    forward.flush();
    expect(send).toHaveBeenCalledTimes(1);
    expect(forward.hasPending()).toBe(false);
  });

  it('keeps a file that arrives before the window exists', async () => {
    const { forward } = forwarder(null);
    await forward.deliver('/a/b.profproba-backup');
    expect(forward.hasPending()).toBe(true);
  });

  it('tells the person when the file cannot be read, and logs no path', async () => {
    const { win, send } = fakeWindow(false);
    const { forward, deps } = forwarder(win);
    deps.readFile.mockRejectedValueOnce(new Error('EACCES'));
    await forward.deliver('/home/Ёлкина/b.profproba-backup');
    expect(send).not.toHaveBeenCalled();
    expect(deps.showError).toHaveBeenCalledWith(expect.stringContaining('«b.profproba-backup»'));
    expect(deps.logError.mock.calls[0]![0]).not.toContain('Ёлкина');
  });

  it('refuses files over 512 MB without reading them', async () => {
    const { win } = fakeWindow(false);
    const { forward, deps } = forwarder(win);
    deps.fileSize.mockResolvedValueOnce(600 * 1024 * 1024);
    await forward.deliver('/a/huge.profproba-backup');
    expect(deps.readFile).not.toHaveBeenCalled();
    expect(deps.showError).toHaveBeenCalledWith(expect.stringContaining('512 МБ'));
    // …and says where such a copy can be restored (read in parts from inside the app).
    expect(deps.showError).toHaveBeenCalledWith(expect.stringContaining('«Восстановить из файла…»'));
  });
});
