import path from 'node:path';
import type { MainLogger } from 'electron-log';

/**
 * The main process log (electron-log) in `<userData>\logs\main.log`. What may go in: event names, channel
 * names, error names and codes, and the stack's code locations (file name and line). What never goes in: IPC payloads, file contents, names of
 * pupils or schools. Two layers keep it so: callers log only fixed texts, and a hook shortens anything
 * else, replaces bytes by their length and the user's home folder by `~` (it holds the Windows user name).
 */

/** The smallest surface of electron-log the app uses, so tests can pass a fake. */
export type AppLogger = Pick<MainLogger, 'info' | 'warn' | 'error'>;

export const LOG_FILE_NAME = 'main.log';
const MAX_TEXT = 600;

export function redactText(text: string, homeDir: string): string {
  let result = text;
  if (homeDir.length > 1) {
    for (const variant of new Set([homeDir, homeDir.replaceAll('\\', '/'), homeDir.replaceAll('/', '\\')])) {
      result = result.split(variant).join('~');
    }
  }
  return result.length > MAX_TEXT ? `${result.slice(0, MAX_TEXT)}… [${result.length} символов]` : result;
}

/** A stack frame with its file's folders left out: `at fn (main.cjs:1:2)`, whatever folder the app is in. */
function frameLocation(line: string): string {
  const inParens = /^(\s+at .*\()(.*)\)$/.exec(line);
  const [prefix, location] = inParens
    ? [inParens[1]!, inParens[2]!]
    : [/^\s+at /.exec(line)![0], line.replace(/^\s+at /, '')];
  const short = location.split(/[\\/]/).pop() ?? '';
  return inParens ? `${prefix}${short})` : `${prefix}${short}`;
}

/**
 * One log line for an error: its name, its system code and call (ENOENT open, EACCES…) and the stack's
 * code locations. Never its message: a file-system error's message holds the file's path, and a file is
 * often named after a pupil or a school.
 */
export function describeError(error: unknown, homeDir: string): string {
  if (!(error instanceof Error)) return redactText(`Non-error thrown: ${typeof error}`, homeDir);
  const { code, syscall } = error as NodeJS.ErrnoException;
  const head = [error.name, code && `[${code}]`, syscall].filter(Boolean).join(' ');
  // Only the frame lines: a message (and so a path) may span several lines at the top of the stack.
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 7)
    .map(frameLocation)
    .join('\n');
  return redactText(head, homeDir) + (frames ? `\n${redactText(frames, homeDir)}` : '');
}

export function redactValue(value: unknown, homeDir: string): unknown {
  if (typeof value === 'string') return redactText(value, homeDir);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined)
    return value;
  if (value instanceof Error) return describeError(value, homeDir);
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return `[${value.byteLength} байт]`;
  try {
    return redactText(
      JSON.stringify(value, (_k, v: unknown) => (ArrayBuffer.isView(v) ? '[bytes]' : v)),
      homeDir,
    );
  } catch {
    return `[${typeof value}]`;
  }
}

export function configureLogging(log: MainLogger, logsFolder: string, homeDir: string): void {
  log.transports.file.resolvePathFn = () => path.join(logsFolder, LOG_FILE_NAME);
  log.transports.file.level = 'info';
  // Two files of at most 2 MB each (main.log and main.old.log): months of normal use.
  log.transports.file.maxSize = 2 * 1024 * 1024;
  log.transports.console.level = 'warn';
  log.hooks.push((message) => ({ ...message, data: message.data.map((d) => redactValue(d, homeDir)) }));
}
