import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import ruCommon from './ru.json';
import enCommon from './en.json';

/**
 * Every error code the source can throw has words in both languages (`shared/errors.ts`). Codes are found
 * in the source text: `new RuleError('area.key'…)`, `notFound('area.key')`, and — in `shared/` and
 * `renderer/src/db/`, where no interface text lives — any string literal `'area.key'` (zod messages).
 * Write codes as literals so this test sees them.
 */
const AREAS = [
  'common',
  'attendance',
  'certificates',
  'home',
  'participants',
  'programs',
  'reports',
  'schedule',
  'settings',
];
const root = join(__dirname, '..', '..', '..');
const area = `(?:${AREAS.join('|')})`;
const thrown = new RegExp(`(?:RuleError|notFound)\\(\\s*'(${area}\\.[A-Za-z0-9_.]+)'`, 'g');
const literal = new RegExp(`'(${area}\\.[a-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)*)'`, 'g');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx)$/.test(name) && !/\.(test|spec)\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

function codesInSource(): Map<string, string> {
  const codes = new Map<string, string>();
  for (const file of [...sourceFiles(join(root, 'shared')), ...sourceFiles(join(root, 'renderer', 'src'))]) {
    const text = readFileSync(file, 'utf8');
    const rel = relative(root, file);
    for (const m of text.matchAll(thrown)) codes.set(m[1]!, rel);
    if (rel.startsWith('shared') || rel.startsWith(join('renderer', 'src', 'db'))) {
      for (const m of text.matchAll(literal)) codes.set(m[1]!, rel);
    }
  }
  return codes;
}

function locale(ns: string, lang: 'ru' | 'en'): Record<string, unknown> {
  if (ns === 'common') return (lang === 'ru' ? ruCommon : enCommon) as Record<string, unknown>;
  const path = join(root, 'renderer', 'src', 'features', ns, 'locales', `${lang}.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

function hasText(tree: Record<string, unknown>, key: string): boolean {
  const parts = key.split('.');
  const last = parts.pop()!;
  let node: unknown = tree;
  for (const p of parts) node = (node as Record<string, unknown> | undefined)?.[p];
  const leaf = node as Record<string, unknown> | undefined;
  if (!leaf) return false;
  // i18next plurals: `key_one`, `key_few`, `key_many`, `key_other`.
  return typeof leaf[last] === 'string' || typeof leaf[`${last}_other`] === 'string';
}

describe('error codes', () => {
  const codes = codesInSource();

  it('are found in the source', () => {
    expect(codes.size).toBeGreaterThan(0);
  });

  it('each has words in Russian and in English', () => {
    const missing: string[] = [];
    for (const [code, file] of codes) {
      const dot = code.indexOf('.');
      const ns = code.slice(0, dot);
      const key = `errors.${code.slice(dot + 1)}`;
      for (const lang of ['ru', 'en'] as const) {
        if (!hasText(locale(ns, lang), key)) missing.push(`${code} (${lang}) — ${file}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
