/**
 * What the app window tells the main process about an error, for `main.log` (docs tell venues to send that
 * file): the error's name, its code (a RuleError's `<area>.<key>` or a system code) and the stack's code
 * locations without folders. Never the message: it may hold a pupil's name or a file path. Pure and zod-free,
 * so the renderer and the main process share it; the main process applies it again (the renderer is never
 * trusted).
 */

export const RENDERER_ERROR_KINDS = ['boundary', 'error', 'rejection'] as const;
export type RendererErrorKind = (typeof RENDERER_ERROR_KINDS)[number];

export interface RendererErrorReport {
  kind: RendererErrorKind;
  name: string;
  code: string;
  stack: string;
}

export const REPORT_LIMITS = { name: 80, code: 80, frames: 8, stack: 2000 } as const;

/** Letters, digits and `._-:$` only, capped: an error name or code never carries free text. */
export function safeToken(value: unknown, max: number): string {
  return typeof value === 'string' ? value.replace(/[^\w.:$-]/g, '').slice(0, max) : '';
}

/** `at fn (app://profproba/assets/index-1a2b.js:1:2)` → `at fn (index-1a2b.js:1:2)`: the file, never its folder. */
function frameLocation(line: string): string {
  const trimmed = line.trim();
  const inParens = /^(at .*?\()(.*)\)$/.exec(trimmed);
  if (inParens) return `${inParens[1]!}${inParens[2]!.split(/[\\/]/).pop() ?? ''})`;
  return `at ${trimmed.replace(/^at /, '').split(/[\\/]/).pop() ?? ''}`;
}

/** The stack's frame lines only (the first lines repeat the message), folders dropped, counted and capped. */
export function stackFrames(stack: unknown): string {
  if (typeof stack !== 'string') return '';
  return (
    stack
      .split('\n')
      .filter((line) => /^\s*at /.test(line))
      .slice(0, REPORT_LIMITS.frames)
      .map(frameLocation)
      // Bundle frames are ASCII; anything else (a crafted report) is dropped rather than logged.
      .map((line) => line.replace(/[^\w.:$<>() @/-]/g, ''))
      .join('\n')
      .slice(0, REPORT_LIMITS.stack)
  );
}

/** The report of anything thrown: an Error's name, code and frames; for anything else its type only. */
export function rendererErrorReport(kind: RendererErrorKind, error: unknown): RendererErrorReport {
  if (!(error instanceof Error)) return { kind, name: `Non-error ${typeof error}`, code: '', stack: '' };
  return {
    kind,
    name: safeToken(error.name, REPORT_LIMITS.name),
    code: safeToken((error as { code?: unknown }).code, REPORT_LIMITS.code),
    stack: stackFrames(error.stack),
  };
}

/** One `main.log` line for a report, redacted again on the main side. */
export function rendererErrorLine(report: RendererErrorReport): string {
  const name = safeToken(report.name.replace(/\s+/g, '_'), REPORT_LIMITS.name) || 'Error';
  const code = safeToken(report.code, REPORT_LIMITS.code);
  const frames = stackFrames(report.stack);
  return `Renderer ${report.kind}: ${name}${code ? ` [${code}]` : ''}${frames ? `\n${frames}` : ''}`;
}
