import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MainLogger } from 'electron-log';
import { LOG_FILE_NAME, configureLogging, describeError, redactText, redactValue } from './logging';

const home = 'C:\\Users\\elkina';

describe('log redaction', () => {
  it('replaces the home folder (it holds the Windows user name) in both slash styles', () => {
    expect(redactText('open C:\\Users\\elkina\\Desktop\\a.xlsx', home)).toBe('open ~\\Desktop\\a.xlsx');
    expect(redactText('at file:///C:/Users/elkina/AppData/x.js', home)).toBe('at file:///~/AppData/x.js');
  });

  it('shortens long texts so a stray payload cannot fill the log', () => {
    const text = 'Ё'.repeat(5000);
    const result = redactText(text, home);
    expect(result.length).toBeLessThan(700);
    expect(result).toContain('[5000 символов]');
  });

  it('logs bytes as their length, never their contents', () => {
    const bytes = new TextEncoder().encode('Ёлкина Анна');
    expect(redactValue(bytes, home)).toBe(`[${bytes.byteLength} байт]`);
    expect(redactValue({ file: bytes }, home)).toBe('{"file":"[bytes]"}');
  });

  it('describes an error by name, code and stack frames, never by its message (it holds paths)', () => {
    const error = Object.assign(new Error(`EACCES: permission denied, open '${home}\\x.pdf'`), {
      code: 'EACCES',
      syscall: 'open',
    });
    const text = describeError(error, home);
    expect(text).toMatch(/^Error \[EACCES\] open\n/);
    expect(text).not.toContain('x.pdf');
    expect(text).not.toContain('elkina');
    expect(describeError('a string', home)).toBe('Non-error thrown: string');
  });

  it('a real file-system error leaves neither the file name nor its folder in the log line', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'profproba-log-'));
    try {
      const file = path.join(folder, 'Ёлкина Анна (8 Б).profproba-backup');
      const error = await fs.promises.readFile(file).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(Error);
      // A message several lines long must not slip in through the stack's first lines either.
      (error as Error).stack = `Error: ENOENT\n${file}\n${(error as Error).stack ?? ''}`;
      for (const text of [describeError(error, os.homedir()), redactValue(error, os.homedir()) as string]) {
        expect(text).toMatch(/^Error \[ENOENT\] open/);
        expect(text).not.toContain('Ёлкина');
        expect(text).not.toContain(folder);
        expect(text).not.toContain(path.basename(folder));
      }
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('keeps the code locations of the stack, without their folders', () => {
    const error = new Error('x');
    error.stack = [
      'Error: x',
      `    at readBackup (${home}\\AppData\\Local\\Programs\\ПрофПроба\\resources\\app.asar\\dist\\electron\\main.cjs:12:34)`,
      '    at /opt/ПрофПроба/resources/app.asar/dist/electron/main.cjs:5:6',
      '    at async Promise.all (index 0)',
    ].join('\n');
    expect(describeError(error, home)).toBe(
      'Error\n    at readBackup (main.cjs:12:34)\n    at main.cjs:5:6\n    at async Promise.all (index 0)',
    );
  });
});

describe('configureLogging', () => {
  it('writes main.log into the logs folder, rotates at 2 MB and redacts every message', () => {
    const hooks: MainLogger['hooks'] = [];
    const log = {
      transports: { file: {} as Record<string, unknown>, console: {} as Record<string, unknown> },
      hooks,
    } as unknown as MainLogger;
    configureLogging(log, path.join('/data', 'logs'), home);
    const file = log.transports.file;
    expect(file.resolvePathFn({} as never)).toBe(path.join('/data', 'logs', LOG_FILE_NAME));
    expect(file.maxSize).toBe(2 * 1024 * 1024);
    expect(file.level).toBe('info');
    const message = {
      data: ['saved to C:\\Users\\elkina\\x', new Uint8Array(3), 42],
      date: new Date(),
      level: 'info' as const,
    };
    const result = hooks[0]!(message);
    expect(result && result.data).toEqual(['saved to ~\\x', '[3 байт]', 42]);
  });
});
