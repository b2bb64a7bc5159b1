import i18next from 'i18next';
import { isRuleError, parseCodedMessage, type ErrorCode, type ErrorParams } from '@shared/errors';
import ruCommon from './ru.json';
import enCommon from './en.json';

/**
 * For tests: the words an error code turns into, exactly as the interface shows them (a real i18next with
 * every locale file, Russian plurals included) — without a DOM, so data-layer and domain tests can still
 * check what a person reads.
 */
const featureLocales = import.meta.glob<{ default: Record<string, unknown> }>(
  '../features/*/locales/*.json',
  { eager: true },
);
const resources: Record<string, Record<string, Record<string, unknown>>> = {
  ru: { common: ruCommon },
  en: { common: enCommon },
};
for (const [path, module] of Object.entries(featureLocales)) {
  const match = /features\/([^/]+)\/locales\/(ru|en)\.json$/.exec(path);
  if (match) resources[match[2]!]![match[1]!] = module.default;
}
const instance = i18next.createInstance();
void instance.init({
  resources,
  lng: 'ru',
  fallbackLng: false,
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  initAsync: false,
});

/**
 * The words of a rule error, of a code with parameters, or of a zod message (`code|{json}`). Throws when the
 * code has no words, so a test cannot pass on a missing text.
 */
export function wordsOf(what: unknown, params: ErrorParams = {}, lang: 'ru' | 'en' = 'ru'): string {
  let code: ErrorCode;
  let all = params;
  if (isRuleError(what)) {
    code = what.code;
    all = { ...what.params, ...params };
  } else if (typeof what === 'string' && parseCodedMessage(what)) {
    const coded = parseCodedMessage(what)!;
    code = coded.code;
    all = { ...coded.params, ...params };
  } else {
    throw what instanceof Error ? what : new Error(`not an error code: ${String(what)}`);
  }
  const dot = code.indexOf('.');
  const ns = code.slice(0, dot);
  const key = `errors.${code.slice(dot + 1)}`;
  if (!instance.exists(key, { ns, lng: lang, ...all })) throw new Error(`no ${lang} words for ${code}`);
  return instance.t(key, { ns, lng: lang, ...all });
}
