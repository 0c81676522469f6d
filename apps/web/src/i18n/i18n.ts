import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { FALLBACK_LANGUAGE, LANGUAGE_STORAGE_KEY, LANGUAGES, toLanguage } from './language';
import type { Language } from './language';

/**
 * Each language's strings are a chunk of their own, loaded before the first
 * render and on a switch: a visitor downloads one language, not both.
 */
const DICTIONARIES: Record<Language, () => Promise<object>> = {
  en: () => import('./locales/en').then((m) => m.en),
  'zh-CN': () => import('./locales/zh-CN').then((m) => m.zhCN),
};

/** Makes `language`'s strings available (once). */
export async function loadLanguage(language: Language): Promise<void> {
  if (i18n.hasResourceBundle(language, 'translation')) return;
  i18n.addResourceBundle(language, 'translation', await DICTIONARIES[language](), true, true);
}

function applyToPage(language: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

i18n.on('languageChanged', (tag) => applyToPage(toLanguage(tag) ?? FALLBACK_LANGUAGE));

const initialised = i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: {},
    partialBundledLanguages: true,
    supportedLngs: [...LANGUAGES],
    fallbackLng: FALLBACK_LANGUAGE,
    load: 'currentOnly',
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: [],
      convertDetectedLanguage: (tag: string) => toLanguage(tag) ?? tag,
    },
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });

/** Resolves once the detected language's strings are loaded: render after it. */
export const i18nReady: Promise<void> = initialised.then(() => loadLanguage(currentLanguage()));

export function currentLanguage(): Language {
  return toLanguage(i18n.resolvedLanguage ?? i18n.language) ?? FALLBACK_LANGUAGE;
}

/** An explicit choice by the person: switch now and remember it on this device. */
export async function chooseLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private mode or storage disabled: the choice still applies to this visit.
  }
  await loadLanguage(language);
  await i18n.changeLanguage(language);
}

export { i18n };
