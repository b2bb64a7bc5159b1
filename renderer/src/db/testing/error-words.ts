import { createInstance } from 'i18next';
import { isRuleError } from '@shared/errors';
import ruCommon from '../../i18n/ru.json';

/**
 * For database tests: the Russian words a rule error shows in the interface, read from the locale files the
 * app uses (without the UI's i18n module, which needs a document). Lets a test check both the code and the
 * sentence a person reads.
 */
const featureLocales = import.meta.glob<{ default: Record<string, unknown> }>(
  '../../features/*/locales/ru.json',
  {
    eager: true,
  },
);
const resources: Record<string, Record<string, unknown>> = { common: ruCommon };
for (const [path, module] of Object.entries(featureLocales)) {
  const feature = /features\/([^/]+)\/locales/.exec(path)?.[1];
  if (feature) resources[feature] = module.default;
}
const i18n = createInstance();
void i18n.init({
  resources: { ru: resources },
  lng: 'ru',
  interpolation: { escapeValue: false },
  initAsync: false,
});

export function ruWords(error: unknown): string {
  if (!isRuleError(error)) throw new Error(`expected a rule error, got ${String(error)}`);
  const dot = error.code.indexOf('.');
  return i18n.t(`errors.${error.code.slice(dot + 1)}`, { ns: error.code.slice(0, dot), ...error.params });
}
