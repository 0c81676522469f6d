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

/**
 * Strings only some pages use, each language a chunk of its own, merged into
 * the same namespace when a page that needs them first opens.
 */
const PARTS = {
  budget: {
    en: () => import('./locales/budget-en').then((m) => m.budgetEn),
    'zh-CN': () => import('./locales/budget-zh-CN').then((m) => m.budgetZhCN),
  },
  templates: {
    en: () => import('./locales/templates-en').then((m) => m.templatesEn),
    'zh-CN': () => import('./locales/templates-zh-CN').then((m) => m.templatesZhCN),
  },
} satisfies Record<string, Record<Language, () => Promise<object>>>;
export type DictionaryPart = keyof typeof PARTS;

/** Parts asked for so far: a language switch loads them for the new language too. */
const wantedParts = new Set<DictionaryPart>();
const loadedParts = new Set<string>();

async function loadPart(language: Language, part: DictionaryPart): Promise<void> {
  const key = `${language}:${part}`;
  if (loadedParts.has(key)) return;
  i18n.addResourceBundle(language, 'translation', await PARTS[part][language](), true, true);
  loadedParts.add(key);
}

/** Makes `language`'s strings available (once), with every part asked for so far. */
export async function loadLanguage(language: Language): Promise<void> {
  if (!i18n.hasResourceBundle(language, 'translation')) i18n.addResourceBundle(language, 'translation', await DICTIONARIES[language](), true, true);
  await Promise.all([...wantedParts].map((part) => loadPart(language, part)));
}

/** Whether a part's strings are there for the current language. */
export function hasDictionaryPart(part: DictionaryPart): boolean {
  return loadedParts.has(`${currentLanguage()}:${part}`);
}

/** Loads a part's strings for `language` (the current one by default) and for any language chosen later. */
export function loadDictionaryPart(part: DictionaryPart, language: Language = currentLanguage()): Promise<void> {
  wantedParts.add(part);
  return loadPart(language, part);
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
