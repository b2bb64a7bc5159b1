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

  it('describes an error by name, code, message and a short stack', () => {
    const error = Object.assign(new Error(`EACCES: permission denied, open '${home}\\x.pdf'`), {
      code: 'EACCES',
    });
    const text = describeError(error, home);
    expect(text).toMatch(/^Error \[EACCES\]: EACCES: permission denied, open '~\\x\.pdf'/);
    expect(text).not.toContain('elkina');
    expect(describeError('a string', home)).toBe('Non-error thrown: string');
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
