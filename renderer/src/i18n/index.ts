import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import ruCommon from './ru.json';
import enCommon from './en.json';

export type Language = 'ru' | 'en';
export const LANGUAGES: readonly Language[] = ['ru', 'en'];

/**
 * Russian is the default and the fallback. Each feature keeps its strings in
 * `features/<feature>/locales/{ru,en}.json`, loaded here as the namespace `<feature>`, so adding a feature
 * never touches this file.
 */
const featureLocales = import.meta.glob<{ default: Record<string, unknown> }>(
  '../features/*/locales/*.json',
  {
    eager: true,
  },
);

const resources: Record<Language, Record<string, Record<string, unknown>>> = {
  ru: { common: ruCommon },
  en: { common: enCommon },
};
for (const [path, module] of Object.entries(featureLocales)) {
  const match = /features\/([^/]+)\/locales\/(ru|en)\.json$/.exec(path);
  if (!match) continue;
  const [, feature, lang] = match as unknown as [string, string, Language];
  resources[lang][feature] = module.default;
}

const LANGUAGE_KEY = 'profproba.language';

export function storedLanguage(): Language {
  try {
    return localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'ru';
  } catch {
    return 'ru';
  }
}

export async function setLanguage(lang: Language): Promise<void> {
  try {
    localStorage.setItem(LANGUAGE_KEY, lang);
  } catch {
    // Storage may be unavailable; the choice then lasts until the window closes.
  }
  document.documentElement.lang = lang;
  await i18n.changeLanguage(lang);
}

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: 'ru',
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = storedLanguage();
// The window's title is the app's name in the interface language («ПрофПроба» / «ProfProba»).
document.title = i18n.t('appName');
i18n.on('languageChanged', () => {
  document.title = i18n.t('appName');
});

export default i18n;
